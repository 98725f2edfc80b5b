import { environment, experimentConfig } from './common.properties';
import { type ObjectShape, bool, int, obj, str, time } from './shape';
import { mapKeys, suggestedBy } from './step-members';

/** `DescribeTransformJobResponse`. */
export const transformProperties: ObjectShape = obj({
  TransformJobName: str('Transform job name'),
  TransformJobArn: str('Transform job ARN'),
  TransformJobStatus: str('InProgress, Completed, Failed, Stopping or Stopped'),
  FailureReason: str('Why the job failed'),
  ModelName: str('Model the job ran'),
  MaxConcurrentTransforms: int('Maximum parallel requests per instance'),
  ModelClientConfig: obj({
    InvocationsTimeoutInSeconds: int('Timeout of each invocation in seconds'),
    InvocationsMaxRetries: int('Maximum retries of each invocation'),
  }),
  MaxPayloadInMB: int('Maximum payload size in MB'),
  BatchStrategy: str('MultiRecord or SingleRecord'),
  Environment: environment(
    suggestedBy('environment variable', mapKeys(['Arguments', 'Environment'])),
  ),
  TransformInput: obj({
    DataSource: obj({
      S3DataSource: obj({
        S3DataType: str('ManifestFile, S3Prefix or AugmentedManifestFile'),
        S3Uri: str('S3 URI of the input data'),
      }),
    }),
    ContentType: str('MIME type of the input data'),
    CompressionType: str('None or Gzip'),
    SplitType: str('None, Line, RecordIO or TFRecord'),
  }),
  TransformOutput: obj({
    S3OutputPath: str('S3 prefix the results are written under'),
    Accept: str('MIME type of the results'),
    AssembleWith: str('None or Line'),
    KmsKeyId: str('KMS key used to encrypt the results'),
  }),
  DataCaptureConfig: obj({
    DestinationS3Uri: str('S3 URI captured data is written to'),
    KmsKeyId: str('KMS key used to encrypt captured data'),
    GenerateInferenceId: bool('Whether an inference ID is generated'),
  }),
  TransformResources: obj({
    InstanceType: str('Instance type'),
    InstanceCount: int('Number of instances'),
    VolumeKmsKeyId: str('KMS key for the storage volume'),
    TransformAmiVersion: str(
      'Specifies an option from a collection of preconfigured Amazon Machine…',
    ),
  }),
  CreationTime: time('When the job was created'),
  TransformStartTime: time('When the job started'),
  TransformEndTime: time('When the job ended'),
  LabelingJobArn: str('Labeling job that created the input manifest'),
  AutoMLJobArn: str('AutoML job that started the job'),
  DataProcessing: obj({
    InputFilter: str('JSONPath applied to each input record'),
    OutputFilter: str('JSONPath applied to each output record'),
    JoinSource: str('Input or None'),
  }),
  ExperimentConfig: experimentConfig,
});
