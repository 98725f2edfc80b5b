import { environment, experimentConfig, vpcConfig } from './common.properties';
import { type ObjectShape, bool, int, list, obj, str, strings, time } from './shape';
import { declaredBy, mapKeys, namedItems, suggestedBy } from './step-members';

const outputs = declaredBy(
  'output',
  namedItems(['Arguments', 'ProcessingOutputConfig', 'Outputs'], 'OutputName'),
  'unknown-output',
);
const inputs = declaredBy(
  'input',
  namedItems(['Arguments', 'ProcessingInputs'], 'InputName'),
  'unknown-property-path',
);

const processingInput = obj({
  InputName: str('Input name'),
  AppManaged: bool('Whether the input is managed by the application'),
  S3Input: obj({
    S3Uri: str('S3 URI the input is downloaded from'),
    LocalPath: str('Path in the container the input is copied to'),
    S3DataType: str('ManifestFile or S3Prefix'),
    S3InputMode: str('Pipe or File'),
    S3DataDistributionType: str('FullyReplicated or ShardedByS3Key'),
    S3CompressionType: str('None or Gzip'),
  }),
  DatasetDefinition: obj({
    LocalPath: str('Path in the container the dataset is copied to'),
    DataDistributionType: str('FullyReplicated or ShardedByS3Key'),
    InputMode: str('Pipe or File'),
    AthenaDatasetDefinition: obj({
      Catalog: str('Name of the data catalog used in Athena query execution'),
      Database: str('Name of the database used in the Athena query execution'),
      QueryString: str('SQL query statements, to be executed'),
      WorkGroup: str('Name of the workgroup in which the Athena query is being started'),
      OutputS3Uri: str('Location in Amazon S3 where Athena query results are stored'),
      KmsKeyId: str('Amazon Web Services Key Management Service (Amazon Web Services KMS)…'),
      OutputFormat: str('Data storage format for Athena query results'),
      OutputCompression: str('Compression used for Athena query results'),
    }),
    RedshiftDatasetDefinition: obj({
      ClusterId: str('Redshift cluster Identifier'),
      Database: str('Name of the Redshift database used in Redshift query execution'),
      DbUser: str('Database user name used in Redshift query execution'),
      QueryString: str('SQL query statements to be executed'),
      ClusterRoleArn: str('IAM role attached to your Redshift cluster that Amazon SageMaker uses…'),
      OutputS3Uri: str('Location in Amazon S3 where the Redshift query results are stored'),
      KmsKeyId: str('Amazon Web Services Key Management Service (Amazon Web Services KMS)…'),
      OutputFormat: str('Data storage format for Redshift query results'),
      OutputCompression: str('Compression used for Redshift query results'),
    }),
  }),
});

const processingOutput = obj({
  OutputName: str('Output name'),
  S3Output: obj({
    S3Uri: str('S3 URI the output is uploaded to'),
    LocalPath: str('Path in the container the output is read from'),
    S3UploadMode: str('Continuous or EndOfJob'),
  }),
  FeatureStoreOutput: obj({ FeatureGroupName: str('Feature group the output is ingested into') }),
  AppManaged: bool('Whether the output is managed by the application'),
});

/** `DescribeProcessingJobResponse`, plus the step's property files. */
export const processingProperties: ObjectShape = obj({
  ProcessingJobName: str('Processing job name'),
  ProcessingJobArn: str('Processing job ARN'),
  ProcessingJobStatus: str('InProgress, Completed, Failed, Stopping or Stopped'),
  ExitMessage: str('Exit message of the job'),
  FailureReason: str('Why the job failed'),
  ProcessingOutputConfig: obj({
    Outputs: list(processingOutput, { keyField: 'OutputName', members: outputs }),
    KmsKeyId: str('KMS key used to encrypt the outputs'),
  }),
  ProcessingInputs: list(processingInput, { keyField: 'InputName', members: inputs }),
  ProcessingResources: obj({
    ClusterConfig: obj({
      InstanceCount: int('Number of instances'),
      InstanceType: str('Instance type'),
      VolumeSizeInGB: int('Storage volume size in GB'),
      VolumeKmsKeyId: str('KMS key for the storage volume'),
    }),
  }),
  StoppingCondition: obj({ MaxRuntimeInSeconds: int('Maximum run time in seconds') }),
  AppSpecification: obj({
    ImageUri: str('Container image URI'),
    ContainerEntrypoint: strings('Container entrypoint element'),
    ContainerArguments: strings('Container argument'),
  }),
  Environment: environment(
    suggestedBy('environment variable', mapKeys(['Arguments', 'Environment'])),
  ),
  NetworkConfig: obj({
    EnableInterContainerTrafficEncryption: bool('Whether traffic between containers is encrypted'),
    EnableNetworkIsolation: bool('Whether network access is disabled'),
    VpcConfig: vpcConfig,
  }),
  RoleArn: str('IAM role the job runs as'),
  ExperimentConfig: experimentConfig,
  ProcessingStartTime: time('When the job started'),
  ProcessingEndTime: time('When the job ended'),
  CreationTime: time('When the job was created'),
  LastModifiedTime: time('When the job was last modified'),
  MonitoringScheduleArn: str('Monitoring schedule that started the job'),
  AutoMLJobArn: str('AutoML job that started the job'),
  TrainingJobArn: str('Training job that started the job'),
  PropertyFiles: {
    kind: 'property-files',
    members: declaredBy(
      'property file',
      namedItems(['PropertyFiles'], 'PropertyFileName'),
      'unknown-property-file',
    ),
  },
});
