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
});
