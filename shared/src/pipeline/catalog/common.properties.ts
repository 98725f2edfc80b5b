import { type MemberRule, type Shape, bool, int, list, map, num, obj, str, strings } from './shape';

/** Sub-shapes several Describe responses share ([API] botocore sagemaker service-2.json). */

export const vpcConfig = obj({
  SecurityGroupIds: strings('VPC security group ID'),
  Subnets: strings('VPC subnet ID'),
});

export const experimentConfig = obj({
  ExperimentName: str('Experiment the job is associated with'),
  TrialName: str('Trial the job is associated with'),
  TrialComponentDisplayName: str('Display name of the trial component'),
  RunName: str('Experiment run name'),
});

export const environment = (members?: MemberRule): Shape =>
  map(str('Environment variable value'), members);

export const stoppingCondition = obj({
  MaxRuntimeInSeconds: int('Maximum run time in seconds'),
  MaxWaitTimeInSeconds: int('Maximum wait time for managed spot training, in seconds'),
  MaxPendingTimeInSeconds: int('Maximum time the job may stay pending, in seconds'),
});

export const algorithmSpecification = obj({
  TrainingImage: str('Training container image URI'),
  AlgorithmName: str('Algorithm resource name or ARN'),
  TrainingInputMode: str('Input mode: Pipe, File or FastFile'),
  MetricDefinitions: list(
    obj({ Name: str('Metric name'), Regex: str('Regex that finds the metric in the logs') }),
    { keyField: 'Name' },
  ),
  EnableSageMakerMetricsTimeSeries: bool('Whether metrics are published as time series'),
  ContainerEntrypoint: strings('Container entrypoint element'),
  ContainerArguments: strings('Container argument'),
  TrainingImageConfig: obj({
    TrainingRepositoryAccessMode: str(
      'Method that your training job will use to gain access to the images…',
    ),
    TrainingRepositoryAuthConfig: obj({
      TrainingRepositoryCredentialsProviderArn: str(
        'Amazon Resource Name (ARN) of an Amazon Web Services Lambda function…',
      ),
    }),
  }),
});

export const resourceConfig = obj({
  InstanceType: str('Training instance type'),
  InstanceCount: int('Number of training instances'),
  VolumeSizeInGB: int('Storage volume size in GB'),
  VolumeKmsKeyId: str('KMS key for the storage volume'),
  KeepAlivePeriodInSeconds: int('Warm pool keep-alive period in seconds'),
  InstanceGroups: list(
    obj({
      InstanceType: str('Specifies the instance type of the instance group'),
      InstanceCount: int('Specifies the number of instances of the instance group'),
      InstanceGroupName: str('Specifies the name of the instance group'),
    }),
    { keyField: 'InstanceGroupName' },
  ),
  TrainingPlanArn: str('Amazon Resource Name (ARN); of the training plan to use for this…'),
  InstancePlacementConfig: obj({
    EnableMultipleJobs: bool('If set to true, allows multiple jobs to share the same UltraServer…'),
    PlacementSpecifications: list(
      obj({
        UltraServerId: str('Unique identifier of the UltraServer where instances should be placed'),
        InstanceCount: int('Number of ML compute instances required to be placed together on the…'),
      }),
    ),
  }),
});

export const outputDataConfig = obj({
  KmsKeyId: str('KMS key used to encrypt the output'),
  S3OutputPath: str('S3 prefix the job writes its output under'),
  CompressionType: str('Output compression: GZIP or NONE'),
});

/** A training input channel (`Channel`). */
export const channel = obj({
  ChannelName: str('Channel name'),
  DataSource: obj({
    S3DataSource: obj({
      S3DataType: str('S3Prefix, ManifestFile or AugmentedManifestFile'),
      S3Uri: str('S3 URI of the channel data'),
      S3DataDistributionType: str('FullyReplicated or ShardedByS3Key'),
      AttributeNames: strings('Attribute name (augmented manifest)'),
      InstanceGroupNames: strings('Instance group name'),
      ModelAccessConfig: obj({
        AcceptEula: bool('Specifies agreement to the model end-user license agreement (EULA)'),
      }),
      HubAccessConfig: obj({
        HubContentArn: str('ARN of your private model hub content'),
      }),
    }),
    FileSystemDataSource: obj({
      FileSystemId: str('File system ID'),
      FileSystemAccessMode: str('rw or ro'),
      FileSystemType: str('EFS or FSxLustre'),
      DirectoryPath: str('Directory path on the file system'),
    }),
    DatasetSource: obj({
      DatasetArn: str('Amazon Resource Name (ARN) of the dataset resource'),
    }),
  }),
  ContentType: str('MIME type of the channel data'),
  CompressionType: str('None or Gzip'),
  RecordWrapperType: str('None or RecordIO'),
  InputMode: str('Pipe, File or FastFile'),
  ShuffleConfig: obj({ Seed: int('Shuffle seed') }),
});

/** One container of a model (`ContainerDefinition`). */
export const containerDefinition = obj({
  ContainerHostname: str('Container host name'),
  Image: str('Inference image URI'),
  ImageConfig: obj({
    RepositoryAccessMode: str(
      'Set this to one of the following values: Platform - The model image…',
    ),
    RepositoryAuthConfig: obj({
      RepositoryCredentialsProviderArn: str(
        'Amazon Resource Name (ARN) of an Amazon Web Services Lambda function…',
      ),
    }),
  }),
  Mode: str('SingleModel or MultiModel'),
  ModelDataUrl: str('S3 URI of the model artifacts'),
  Environment: environment(),
  ModelPackageName: str('Model package the container comes from'),
  InferenceSpecificationName: str('Inference specification name'),
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
  MultiModelConfig: obj({
    ModelCacheSetting: str('Whether to cache models for a multi-model endpoint'),
  }),
});

/** A metrics or baseline file reference (`MetricsSource`, `FileSource`). */
export const metricsSource = obj({
  ContentType: str('MIME type of the file'),
  ContentDigest: str('Digest of the file'),
  S3Uri: str('S3 URI of the file'),
});

export const metricValue = obj({
  MetricName: str('Metric name'),
  Value: num('Metric value'),
  Timestamp: str('When the metric was recorded (timestamp)'),
});
