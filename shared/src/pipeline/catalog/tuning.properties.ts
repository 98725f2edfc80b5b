import {
  algorithmSpecification,
  channel,
  outputDataConfig,
  resourceConfig,
  stoppingCondition,
  vpcConfig,
} from './common.properties';
import { type ObjectShape, int, list, map, num, obj, str, time } from './shape';
import { namedItems, suggestedBy } from './step-members';

const definitionNames = suggestedBy(
  'training job definition',
  namedItems(['Arguments', 'TrainingJobDefinitions'], 'DefinitionName'),
);

/** `HyperParameterTrainingJobSummary`: best job and each entry of `TrainingJobSummaries`. */
const trainingJobSummary = obj({
  TrainingJobDefinitionName: str('Training job definition the job came from'),
  TrainingJobName: str('Training job name'),
  TrainingJobArn: str('Training job ARN'),
  TuningJobName: str('Tuning job that launched the job'),
  CreationTime: time('When the job was created'),
  TrainingStartTime: time('When training started'),
  TrainingEndTime: time('When training ended'),
  TrainingJobStatus: str('InProgress, Completed, Failed, Stopping or Stopped'),
  TunedHyperParameters: map(str('Hyperparameter value chosen by the tuner')),
  FailureReason: str('Why the job failed'),
  FinalHyperParameterTuningJobObjectiveMetric: obj({
    Type: str('Maximize or Minimize'),
    MetricName: str('Objective metric name'),
    Value: num('Objective metric value'),
  }),
  ObjectiveStatus: str('Succeeded, Pending or Failed'),
});

const trainingJobDefinition = obj({
  DefinitionName: str('Training job definition name'),
  StaticHyperParameters: map(str('Static hyperparameter value')),
  AlgorithmSpecification: algorithmSpecification,
  RoleArn: str('IAM role the training jobs run as'),
  InputDataConfig: list(channel, { keyField: 'ChannelName' }),
  VpcConfig: vpcConfig,
  OutputDataConfig: outputDataConfig,
  ResourceConfig: resourceConfig,
  StoppingCondition: stoppingCondition,
});

/**
 * `DescribeHyperParameterTuningJobResponse` plus `TrainingJobSummaries` from
 * `ListTrainingJobsForHyperParameterTuningJobResponse` (SDK `TuningStep.properties`). The SDK's
 * `get_top_model_s3_uri` joins `TrainingJobSummaries[i].TrainingJobName` into an S3 path.
 */
export const tuningProperties: ObjectShape = obj({
  HyperParameterTuningJobName: str('Tuning job name'),
  HyperParameterTuningJobArn: str('Tuning job ARN'),
  HyperParameterTuningJobStatus: str('Completed, InProgress, Failed, Stopped or Stopping'),
  HyperParameterTuningJobConfig: obj({
    Strategy: str('Bayesian, Random, Hyperband or Grid'),
    HyperParameterTuningJobObjective: obj({
      Type: str('Maximize or Minimize'),
      MetricName: str('Objective metric name'),
    }),
    ResourceLimits: obj({
      MaxNumberOfTrainingJobs: int('Maximum number of training jobs'),
      MaxParallelTrainingJobs: int('Maximum number of concurrent training jobs'),
      MaxRuntimeInSeconds: int('Maximum run time of the tuning job in seconds'),
    }),
    TrainingJobEarlyStoppingType: str('Off or Auto'),
  }),
  TrainingJobDefinition: trainingJobDefinition,
  TrainingJobDefinitions: list(trainingJobDefinition, {
    keyField: 'DefinitionName',
    members: definitionNames,
  }),
  CreationTime: time('When the tuning job was created'),
  HyperParameterTuningEndTime: time('When the tuning job ended'),
  LastModifiedTime: time('When the tuning job was last modified'),
  TrainingJobStatusCounters: obj({
    Completed: int('Completed training jobs'),
    InProgress: int('Training jobs in progress'),
    RetryableError: int('Training jobs failed with a retryable error'),
    NonRetryableError: int('Training jobs failed with a non-retryable error'),
    Stopped: int('Stopped training jobs'),
  }),
  ObjectiveStatusCounters: obj({
    Succeeded: int('Jobs whose objective metric was evaluated'),
    Pending: int('Jobs whose objective metric is pending'),
    Failed: int('Jobs whose objective metric could not be evaluated'),
  }),
  BestTrainingJob: trainingJobSummary,
  OverallBestTrainingJob: trainingJobSummary,
  FailureReason: str('Why the tuning job failed'),
  TuningJobCompletionDetails: obj({
    NumberOfTrainingJobsObjectiveNotImproving: int('Jobs that did not improve the objective'),
    ConvergenceDetectedTime: time('When convergence was detected'),
  }),
  ConsumedResources: obj({ RuntimeInSeconds: int('Wall-clock run time in seconds') }),
  TrainingJobSummaries: list(trainingJobSummary),
});
