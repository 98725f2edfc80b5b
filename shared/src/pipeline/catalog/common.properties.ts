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
});

export const resourceConfig = obj({
  InstanceType: str('Training instance type'),
  InstanceCount: int('Number of training instances'),
  VolumeSizeInGB: int('Storage volume size in GB'),
  VolumeKmsKeyId: str('KMS key for the storage volume'),
  KeepAlivePeriodInSeconds: int('Warm pool keep-alive period in seconds'),
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
    }),
    FileSystemDataSource: obj({
      FileSystemId: str('File system ID'),
      FileSystemAccessMode: str('rw or ro'),
      FileSystemType: str('EFS or FSxLustre'),
      DirectoryPath: str('Directory path on the file system'),
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
  ImageConfig: obj({ RepositoryAccessMode: str('Platform or Vpc') }),
  Mode: str('SingleModel or MultiModel'),
  ModelDataUrl: str('S3 URI of the model artifacts'),
  Environment: environment(),
  ModelPackageName: str('Model package the container comes from'),
  InferenceSpecificationName: str('Inference specification name'),
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
