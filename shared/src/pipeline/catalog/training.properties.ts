import {
  algorithmSpecification,
  channel,
  environment,
  experimentConfig,
  metricValue,
  outputDataConfig,
  resourceConfig,
  stoppingCondition,
  vpcConfig,
} from './common.properties';
import { type ObjectShape, bool, int, list, map, obj, str, time } from './shape';
import { declaredBy, mapKeys, namedItems, suggestedBy } from './step-members';

const channels = declaredBy(
  'input channel',
  namedItems(['Arguments', 'InputDataConfig'], 'ChannelName'),
  'unknown-property-path',
);
// Built-in algorithms emit metrics without MetricDefinitions, so these only feed the picker.
const metrics = suggestedBy(
  'metric',
  namedItems(['Arguments', 'AlgorithmSpecification', 'MetricDefinitions'], 'Name'),
);
// The SDK and the service add hyperparameters (sagemaker_*), so keys are not checked.
const hyperParameters = suggestedBy('hyperparameter', mapKeys(['Arguments', 'HyperParameters']));

const ruleStatus = obj({
  RuleConfigurationName: str('Rule configuration name'),
  RuleEvaluationJobArn: str('Processing job that evaluates the rule'),
  RuleEvaluationStatus: str('InProgress, NoIssuesFound, IssuesFound, Error, Stopping or Stopped'),
  StatusDetails: str('Details of the rule evaluation status'),
  LastModifiedTime: time('When the status last changed'),
});

/** `DescribeTrainingJobResponse`. */
export const trainingProperties: ObjectShape = obj({
  TrainingJobName: str('Training job name'),
  TrainingJobArn: str('Training job ARN'),
  TuningJobArn: str('Tuning job that started the job'),
  LabelingJobArn: str('Labeling job that created the input manifest'),
  AutoMLJobArn: str('AutoML job that started the job'),
  ModelArtifacts: obj({ S3ModelArtifacts: str('S3 URI of the model artifacts (model.tar.gz)') }),
  TrainingJobStatus: str('InProgress, Completed, Failed, Stopping or Stopped'),
  SecondaryStatus: str('Detailed status, e.g. Training, Uploading, Completed'),
  FailureReason: str('Why the job failed'),
  HyperParameters: map(str('Hyperparameter value'), hyperParameters),
  AlgorithmSpecification: algorithmSpecification,
  RoleArn: str('IAM role the job runs as'),
  InputDataConfig: list(channel, { keyField: 'ChannelName', members: channels }),
  OutputDataConfig: outputDataConfig,
  ResourceConfig: resourceConfig,
  WarmPoolStatus: obj({
    Status: str('Available, Terminated, Reused or InUse'),
    ResourceRetainedBillableTimeInSeconds: int('Billable time the warm pool was retained'),
    ReusedByJob: str('Job that reused the warm pool'),
  }),
  VpcConfig: vpcConfig,
  StoppingCondition: stoppingCondition,
  CreationTime: time('When the job was created'),
  TrainingStartTime: time('When training started'),
  TrainingEndTime: time('When training ended'),
  LastModifiedTime: time('When the job was last modified'),
  SecondaryStatusTransitions: list(
    obj({
      Status: str('Secondary status'),
      StartTime: time('When the status started'),
      EndTime: time('When the status ended'),
      StatusMessage: str('Status details'),
    }),
  ),
  FinalMetricDataList: list(metricValue, { keyField: 'MetricName', members: metrics }),
  EnableNetworkIsolation: bool('Whether network access is disabled'),
  EnableInterContainerTrafficEncryption: bool('Whether traffic between containers is encrypted'),
  EnableManagedSpotTraining: bool('Whether managed spot training is used'),
  CheckpointConfig: obj({
    S3Uri: str('S3 URI checkpoints are saved to'),
    LocalPath: str('Path in the container checkpoints are written to'),
  }),
  TrainingTimeInSeconds: int('Training time in seconds'),
  BillableTimeInSeconds: int('Billable time in seconds'),
  DebugHookConfig: obj({
    LocalPath: str('Path in the container tensors are written to'),
    S3OutputPath: str('S3 URI debugger output is written to'),
    HookParameters: map(str('HookParameters value')),
    CollectionConfigurations: list(
      obj({
        CollectionName: str('Name of the tensor collection'),
        CollectionParameters: map(str('CollectionParameters value')),
      }),
    ),
  }),
  ExperimentConfig: experimentConfig,
  TensorBoardOutputConfig: obj({
    LocalPath: str('Path in the container TensorBoard data is written to'),
    S3OutputPath: str('S3 URI TensorBoard data is written to'),
  }),
  DebugRuleEvaluationStatuses: list(ruleStatus, { keyField: 'RuleConfigurationName' }),
  ProfilerConfig: obj({
    S3OutputPath: str('S3 URI profiler output is written to'),
    ProfilingIntervalInMilliseconds: int('Profiling interval in milliseconds'),
    DisableProfiler: bool('Whether the profiler is off'),
    ProfilingParameters: map(str('ProfilingParameters value')),
  }),
  ProfilerRuleEvaluationStatuses: list(ruleStatus, { keyField: 'RuleConfigurationName' }),
  ProfilingStatus: str('Enabled or Disabled'),
  Environment: environment(
    suggestedBy('environment variable', mapKeys(['Arguments', 'Environment'])),
  ),
  RetryStrategy: obj({ MaximumRetryAttempts: int('Maximum number of retries') }),
  DebugRuleConfigurations: list(
    obj({
      RuleConfigurationName: str('Name of the rule configuration'),
      LocalPath: str('Path to local storage location for output of rules'),
      S3OutputPath: str('Path to Amazon S3 storage location for rules'),
      RuleEvaluatorImage: str(
        'Amazon Elastic Container (ECR) Image for the managed rule evaluation',
      ),
      InstanceType: str('Instance type to deploy a custom rule for debugging a training job'),
      VolumeSizeInGB: int('Size, in GB, of the ML storage volume attached to the processing…'),
      RuleParameters: map(str('RuleParameters value')),
    }),
    { keyField: 'RuleConfigurationName' },
  ),
  ProfilerRuleConfigurations: list(
    obj({
      RuleConfigurationName: str('Name of the rule configuration'),
      LocalPath: str('Path to local storage location for output of rules'),
      S3OutputPath: str('Path to Amazon S3 storage location for rules'),
      RuleEvaluatorImage: str(
        'Amazon Elastic Container Registry Image for the managed rule evaluation',
      ),
      InstanceType: str('Instance type to deploy a custom rule for profiling a training job'),
      VolumeSizeInGB: int('Size, in GB, of the ML storage volume attached to the processing…'),
      RuleParameters: map(str('RuleParameters value')),
    }),
    { keyField: 'RuleConfigurationName' },
  ),
  RemoteDebugConfig: obj({
    EnableRemoteDebug: bool('If set to True, enables remote debugging'),
  }),
  InfraCheckConfig: obj({
    EnableInfraCheck: bool('Enables an infrastructure health check'),
  }),
  OutputModelPackageArn: str('Amazon Resource Name (ARN) of the output model package containing…'),
  BillableTokenCount: int('Billable token count for eligible serverless training jobs'),
  ModelPackageConfig: obj({
    ModelPackageGroupArn: str(
      'Amazon Resource Name (ARN) of the model package group of output model…',
    ),
    SourceModelPackageArn: str('Amazon Resource Name (ARN) of the source model package used for…'),
  }),
  MlflowConfig: obj({
    MlflowResourceArn: str('Amazon Resource Name (ARN) of the MLflow resource'),
    MlflowExperimentName: str('MLflow experiment name used for this job'),
    MlflowRunName: str('MLflow run name used for this job'),
  }),
  MlflowDetails: obj({
    MlflowExperimentId: str('MLflow experiment ID used for this job'),
    MlflowRunId: str('MLflow run ID used for this job'),
  }),
  ProgressInfo: obj({
    TotalStepCountPerEpoch: int('Total step count per epoch'),
    CurrentStep: int('Current step number'),
    CurrentEpoch: int('Current epoch number'),
    MaxEpoch: int('Maximum number of epochs for this job'),
  }),
  ServerlessJobConfig: obj({
    BaseModelArn: str('Base model Amazon Resource Name (ARN) in SageMaker Public Hub'),
    AcceptEula: bool('Specifies agreement to the model end-user license agreement (EULA)'),
    JobType: str('Serverless training job type'),
    CustomizationTechnique: str('Model customization technique'),
    Peft: str('Parameter-efficient fine-tuning configuration'),
    EvaluationType: str('Evaluation job type'),
    EvaluatorArn: str('Evaluator Amazon Resource Name (ARN) used as reward function or…'),
  }),
});
