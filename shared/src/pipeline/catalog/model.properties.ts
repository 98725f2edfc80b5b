import { containerDefinition, environment, metricsSource, vpcConfig } from './common.properties';
import { type ObjectShape, bool, int, list, map, obj, str, strings, time } from './shape';

/** `DescribeModelOutput` (step type `Model`). */
export const modelProperties: ObjectShape = obj({
  ModelName: str('Model name'),
  ModelArn: str('Model ARN'),
  PrimaryContainer: containerDefinition,
  Containers: list(containerDefinition, { keyField: 'ContainerHostname' }),
  InferenceExecutionConfig: obj({ Mode: str('Serial or Direct') }),
  ExecutionRoleArn: str('IAM role the model runs as'),
  VpcConfig: vpcConfig,
  CreationTime: time('When the model was created'),
  EnableNetworkIsolation: bool('Whether network access is disabled'),
  DeploymentRecommendation: obj({
    RecommendationStatus: str('Status of the deployment recommendation'),
    RealTimeInferenceRecommendations: list(
      obj({
        RecommendationId: str('Recommendation ID which uniquely identifies each recommendation'),
        InstanceType: str('Recommended instance type for Real-Time Inference'),
        Environment: map(str('Environment value')),
      }),
    ),
  }),
});

const statisticsAndConstraints = obj({ Statistics: metricsSource, Constraints: metricsSource });

const packageContainer = obj({
  ContainerHostname: str('Container host name'),
  Image: str('Inference image URI'),
  ImageDigest: str('Image digest'),
  ModelDataUrl: str('S3 URI of the model artifacts'),
  ProductId: str('Marketplace product ID'),
  Environment: environment(),
  Framework: str('Machine learning framework'),
  FrameworkVersion: str('Framework version'),
  NearestModelName: str('Nearest model name in the model zoo'),
  ModelDataSource: obj({
    S3DataSource: obj({
      S3Uri: str('Specifies the S3 path of ML model data to deploy'),
      S3DataType: str('Specifies the type of ML model data to deploy'),
      CompressionType: str('Specifies how the ML model data is prepared'),
      ModelAccessConfig: obj({
        AcceptEula: bool('Specifies agreement to the model end-user license agreement (EULA)'),
      }),
      HubAccessConfig: obj({
        HubContentArn: str('ARN of the hub content for which deployment access is allowed'),
      }),
      ManifestS3Uri: str('Amazon S3 URI of the manifest file'),
      ETag: str('ETag associated with S3 URI'),
      ManifestEtag: str('ETag associated with Manifest S3 URI'),
    }),
  }),
  ModelInput: obj({
    DataInputConfig: str('Input configuration object for the model'),
  }),
  AdditionalModelDataSources: list(
    obj({
      ChannelName: str('A custom name for this AdditionalModelDataSource object'),
      S3DataSource: obj({
        S3Uri: str('Specifies the S3 path of ML model data to deploy'),
        S3DataType: str('Specifies the type of ML model data to deploy'),
        CompressionType: str('Specifies how the ML model data is prepared'),
        ModelAccessConfig: obj({
          AcceptEula: bool('Specifies agreement to the model end-user license agreement (EULA)'),
        }),
        HubAccessConfig: obj({
          HubContentArn: str('ARN of the hub content for which deployment access is allowed'),
        }),
        ManifestS3Uri: str('Amazon S3 URI of the manifest file'),
        ETag: str('ETag associated with S3 URI'),
        ManifestEtag: str('ETag associated with Manifest S3 URI'),
      }),
    }),
    { keyField: 'ChannelName' },
  ),
  AdditionalS3DataSource: obj({
    S3DataType: str('Data type of the additional data source that you specify for use in…'),
    S3Uri: str('Uniform resource identifier (URI) used to identify an additional data…'),
    CompressionType: str('Type of compression used for an additional data source used in…'),
    ETag: str('ETag associated with S3 URI'),
  }),
  ModelDataETag: str('ETag associated with Model Data URL'),
  IsCheckpoint: bool('Specifies whether the model data is a training checkpoint'),
  BaseModel: obj({
    HubContentName: str('Hub content name of the base model'),
    HubContentVersion: str('Hub content version of the base model'),
    RecipeName: str('Recipe name of the base model'),
  }),
});

/** `DescribeModelPackageOutput` (step type `RegisterModel`). */
export const registerModelProperties: ObjectShape = obj({
  ModelPackageName: str('Model package name'),
  ModelPackageGroupName: str('Model package group the version belongs to'),
  ModelPackageVersion: int('Version number within the group'),
  ModelPackageArn: str('Model package ARN'),
  ModelPackageDescription: str('Model package description'),
  CreationTime: time('When the package was created'),
  InferenceSpecification: obj({
    Containers: list(packageContainer, { keyField: 'ContainerHostname' }),
    SupportedTransformInstanceTypes: strings('Instance type for batch transform'),
    SupportedRealtimeInferenceInstanceTypes: strings('Instance type for real-time inference'),
    SupportedContentTypes: strings('Supported input MIME type'),
    SupportedResponseMIMETypes: strings('Supported output MIME type'),
  }),
  ModelPackageStatus: str('Pending, InProgress, Completed, Failed or Deleting'),
  ModelApprovalStatus: str('Approved, Rejected or PendingManualApproval'),
  ApprovalDescription: str('Why the package was approved or rejected'),
  CertifyForMarketplace: bool('Whether the package is certified for Marketplace'),
  MetadataProperties: obj({
    CommitId: str('Commit ID'),
    Repository: str('Repository'),
    GeneratedBy: str('Entity that generated the package'),
    ProjectId: str('Project ID'),
  }),
  ModelMetrics: obj({
    ModelQuality: statisticsAndConstraints,
    ModelDataQuality: statisticsAndConstraints,
    Bias: obj({
      Report: metricsSource,
      PreTrainingReport: metricsSource,
      PostTrainingReport: metricsSource,
    }),
    Explainability: obj({ Report: metricsSource }),
  }),
  DriftCheckBaselines: obj({
    Bias: obj({
      ConfigFile: metricsSource,
      PreTrainingConstraints: metricsSource,
      PostTrainingConstraints: metricsSource,
    }),
    Explainability: obj({ Constraints: metricsSource, ConfigFile: metricsSource }),
    ModelQuality: statisticsAndConstraints,
    ModelDataQuality: statisticsAndConstraints,
  }),
  LastModifiedTime: time('When the package was last modified'),
  Domain: str('Machine learning domain'),
  Task: str('Machine learning task'),
  SamplePayloadUrl: str('S3 URI of a sample payload'),
  CustomerMetadataProperties: map(str('Customer metadata value')),
  SkipModelValidation: str('All or None'),
  SourceUri: str('URI of the model source'),
  ModelPackageRegistrationType: str('Package registration type of the model package output'),
  SourceAlgorithmSpecification: obj({
    SourceAlgorithms: list(
      obj({
        ModelDataUrl: str('Amazon S3 path where the model artifacts, which result from model…'),
        ModelDataSource: obj({
          S3DataSource: obj({
            S3Uri: str('Specifies the S3 path of ML model data to deploy'),
            S3DataType: str('Specifies the type of ML model data to deploy'),
            CompressionType: str('Specifies how the ML model data is prepared'),
            ModelAccessConfig: obj({
              AcceptEula: bool(
                'Specifies agreement to the model end-user license agreement (EULA)',
              ),
            }),
            HubAccessConfig: obj({
              HubContentArn: str('ARN of the hub content for which deployment access is allowed'),
            }),
            ManifestS3Uri: str('Amazon S3 URI of the manifest file'),
            ETag: str('ETag associated with S3 URI'),
            ManifestEtag: str('ETag associated with Manifest S3 URI'),
          }),
        }),
        ModelDataETag: str('ETag associated with Model Data URL'),
        AlgorithmName: str('Name of an algorithm that was used to create the model package'),
      }),
    ),
  }),
  ValidationSpecification: obj({
    ValidationRole: str('IAM roles to be used for the validation of the model package'),
    ValidationProfiles: list(
      obj({
        ProfileName: str('Name of the profile for the model package'),
        TransformJobDefinition: obj({
          MaxConcurrentTransforms: int(
            'Maximum number of parallel requests that can be sent to each instance…',
          ),
          MaxPayloadInMB: int('Maximum payload size allowed, in MB'),
          BatchStrategy: str(
            'A string that determines the number of records included in a single…',
          ),
          Environment: map(str('Environment value')),
          TransformInput: obj({
            ContentType: str('Multipurpose internet mail extension (MIME) type of the data'),
            CompressionType: str(
              'If your transform data is compressed, specify the compression type',
            ),
            SplitType: str('Method to use to split the transform job’s data files into smaller…'),
          }),
          TransformOutput: obj({
            S3OutputPath: str(
              'Amazon S3 path where you want Amazon SageMaker to store the results…',
            ),
            Accept: str('MIME type used to specify the output data'),
            AssembleWith: str(
              'Defines how to assemble the results of the transform job as a single…',
            ),
            KmsKeyId: str('Amazon Web Services Key Management Service (Amazon Web Services KMS)…'),
          }),
          TransformResources: obj({
            InstanceType: str('ML compute instance type for the transform job'),
            InstanceCount: int('Number of ML compute instances to use in the transform job'),
            VolumeKmsKeyId: str(
              'Amazon Web Services Key Management Service (Amazon Web Services KMS)…',
            ),
            TransformAmiVersion: str(
              'Specifies an option from a collection of preconfigured Amazon Machine…',
            ),
          }),
        }),
      }),
    ),
  }),
  ModelPackageStatusDetails: obj({
    ValidationStatuses: list(
      obj({
        Name: str('Name of the model package for which the overall status is being reported'),
        Status: str('Current status'),
        FailureReason: str('If the overall status is Failed, the reason for the failure'),
      }),
      { keyField: 'Name' },
    ),
    ImageScanStatuses: list(
      obj({
        Name: str('Name of the model package for which the overall status is being reported'),
        Status: str('Current status'),
        FailureReason: str('If the overall status is Failed, the reason for the failure'),
      }),
      { keyField: 'Name' },
    ),
  }),
  CreatedBy: obj({
    UserProfileArn: str('Amazon Resource Name (ARN) of the user’s profile'),
    UserProfileName: str('Name of the user’s profile'),
    DomainId: str('Domain associated with the user'),
    IamIdentity: obj({
      Arn: str('Amazon Resource Name (ARN) of the IAM identity'),
      PrincipalId: str('ID of the principal that assumes the IAM identity'),
      SourceIdentity: str('Person or application which assumes the IAM identity'),
    }),
  }),
  LastModifiedBy: obj({
    UserProfileArn: str('Amazon Resource Name (ARN) of the user’s profile'),
    UserProfileName: str('Name of the user’s profile'),
    DomainId: str('Domain associated with the user'),
    IamIdentity: obj({
      Arn: str('Amazon Resource Name (ARN) of the IAM identity'),
      PrincipalId: str('ID of the principal that assumes the IAM identity'),
      SourceIdentity: str('Person or application which assumes the IAM identity'),
    }),
  }),
  AdditionalInferenceSpecifications: list(
    obj({
      Name: str('A unique name to identify the additional inference specification'),
      Description: str('A description of the additional Inference specification'),
      Containers: list(
        obj({
          ContainerHostname: str('DNS host name for the Docker container'),
          Image: str('Amazon Elastic Container Registry (Amazon ECR) path where inference…'),
          ImageDigest: str('An MD5 hash of the training algorithm that identifies the Docker…'),
          ModelDataUrl: str('Amazon S3 path where the model artifacts, which result from model…'),
          ModelDataSource: obj({
            S3DataSource: obj({
              S3Uri: str('Specifies the S3 path of ML model data to deploy'),
              S3DataType: str('Specifies the type of ML model data to deploy'),
              CompressionType: str('Specifies how the ML model data is prepared'),
              ManifestS3Uri: str('Amazon S3 URI of the manifest file'),
              ETag: str('ETag associated with S3 URI'),
              ManifestEtag: str('ETag associated with Manifest S3 URI'),
            }),
          }),
          ProductId: str('Amazon Web Services Marketplace product ID of the model package'),
          Environment: map(str('Environment value')),
          ModelInput: obj({
            DataInputConfig: str('Input configuration object for the model'),
          }),
          Framework: str('Machine learning framework of the model package container image'),
          FrameworkVersion: str('Framework version of the Model Package Container Image'),
          NearestModelName: str('Name of a pre-trained machine learning benchmarked by Amazon…'),
          AdditionalModelDataSources: list(
            obj({
              ChannelName: str('A custom name for this AdditionalModelDataSource object'),
            }),
            { keyField: 'ChannelName' },
          ),
          AdditionalS3DataSource: obj({
            S3DataType: str('Data type of the additional data source that you specify for use in…'),
            S3Uri: str('Uniform resource identifier (URI) used to identify an additional data…'),
            CompressionType: str('Type of compression used for an additional data source used in…'),
            ETag: str('ETag associated with S3 URI'),
          }),
          ModelDataETag: str('ETag associated with Model Data URL'),
          IsCheckpoint: bool('Specifies whether the model data is a training checkpoint'),
          BaseModel: obj({
            HubContentName: str('Hub content name of the base model'),
            HubContentVersion: str('Hub content version of the base model'),
            RecipeName: str('Recipe name of the base model'),
          }),
        }),
        { keyField: 'ContainerHostname' },
      ),
      SupportedTransformInstanceTypes: strings(
        'A list of the instance types on which a transformation job can be run…',
      ),
      SupportedRealtimeInferenceInstanceTypes: strings(
        'A list of the instance types that are used to generate inferences in…',
      ),
      SupportedContentTypes: strings('Supported MIME types for the input data'),
      SupportedResponseMIMETypes: strings('Supported MIME types for the output data'),
    }),
    { keyField: 'Name' },
  ),
  SecurityConfig: obj({
    KmsKeyId: str('KMS Key ID (KMSKeyId) used for encryption of model package information'),
  }),
  ModelCard: obj({
    ModelCardContent: str('Content of the model card'),
    ModelCardStatus: str('Approval status of the model card within your organization'),
  }),
  ModelLifeCycle: obj({
    Stage: str('Current stage in the model life cycle'),
    StageStatus: str('Current status of a stage in model life cycle'),
    StageDescription: str('Describes the stage related details'),
  }),
  ManagedStorageType: str('Storage type of the model package'),
});
