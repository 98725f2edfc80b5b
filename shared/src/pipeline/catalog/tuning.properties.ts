import {
  algorithmSpecification,
  channel,
  outputDataConfig,
  resourceConfig,
  stoppingCondition,
  vpcConfig,
} from './common.properties';
import { type ObjectShape, bool, int, list, map, num, obj, str, strings, time } from './shape';
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

/** The three kinds of hyperparameter range, as a tuning job and its training definition both hold them. */
const parameterRanges = obj({
  IntegerParameterRanges: list(
    obj({
      Name: str('Name of the hyperparameter to search'),
      MinValue: str('Minimum value of the hyperparameter to search'),
      MaxValue: str('Maximum value of the hyperparameter to search'),
      ScalingType: str('Scale that hyperparameter tuning uses to search the hyperparameter range'),
    }),
    { keyField: 'Name' },
  ),
  ContinuousParameterRanges: list(
    obj({
      Name: str('Name of the continuous hyperparameter to tune'),
      MinValue: str('Minimum value for the hyperparameter'),
      MaxValue: str('Maximum value for the hyperparameter'),
      ScalingType: str('Scale that hyperparameter tuning uses to search the hyperparameter range'),
    }),
    { keyField: 'Name' },
  ),
  CategoricalParameterRanges: list(
    obj({
      Name: str('Name of the categorical hyperparameter to tune'),
      Values: strings('A list of the categories for the hyperparameter'),
    }),
    { keyField: 'Name' },
  ),
  AutoParameters: list(
    obj({
      Name: str('Name of the hyperparameter to optimize using Autotune'),
      ValueHint: str('An example value of the hyperparameter to optimize using Autotune'),
    }),
    { keyField: 'Name' },
  ),
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
  TuningObjective: obj({
    Type: str('Whether to minimize or maximize the objective metric'),
    MetricName: str('Name of the metric to use for the objective metric'),
  }),
  HyperParameterRanges: parameterRanges,
  HyperParameterTuningResourceConfig: obj({
    InstanceType: str('Instance type used to run hyperparameter optimization tuning jobs'),
    InstanceCount: int('Number of compute instances of type InstanceType to use'),
    VolumeSizeInGB: int('Volume size in GB for the storage volume to be used in processing…'),
    VolumeKmsKeyId: str('A key used by Amazon Web Services Key Management Service to encrypt…'),
    AllocationStrategy: str('Strategy that determines the order of preference for resources…'),
    InstanceConfigs: list(
      obj({
        InstanceType: str('Instance type used for processing of hyperparameter optimization jobs'),
        InstanceCount: int('Number of instances of the type specified by InstanceType'),
        VolumeSizeInGB: int('Volume size in GB of the data to be processed for hyperparameter…'),
      }),
    ),
  }),
  EnableNetworkIsolation: bool('Isolates the training container'),
  EnableInterContainerTrafficEncryption: bool(
    'To encrypt all communications between ML compute instances in…',
  ),
  EnableManagedSpotTraining: bool(
    'A Boolean indicating whether managed spot training is enabled (True)…',
  ),
  CheckpointConfig: obj({
    S3Uri: str('Identifies the S3 path where you want SageMaker to store checkpoints'),
    LocalPath: str('(Optional) The local directory where checkpoints are written'),
  }),
  RetryStrategy: obj({
    MaximumRetryAttempts: int('Number of times to retry the job'),
  }),
  Environment: map(str('Environment value')),
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
    StrategyConfig: obj({
      HyperbandStrategyConfig: obj({
        MinResource: int('Minimum number of resources (such as epochs) that can be used by a…'),
        MaxResource: int('Maximum number of resources (such as epochs) that can be used by a…'),
      }),
    }),
    ParameterRanges: parameterRanges,
    TuningJobCompletionCriteria: obj({
      TargetObjectiveMetricValue: num('Value of the objective metric'),
      BestObjectiveNotImproving: obj({
        MaxNumberOfTrainingJobsNotImproving: int(
          'Number of training jobs that have failed to improve model performance…',
        ),
      }),
      ConvergenceDetected: obj({
        CompleteOnConvergence: str(
          'A flag to stop a tuning job once AMT has detected that the job has…',
        ),
      }),
    }),
    RandomSeed: int('A value used to initialize a pseudo-random number generator'),
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
  WarmStartConfig: obj({
    ParentHyperParameterTuningJobs: list(
      obj({
        HyperParameterTuningJobName: str(
          'Name of the hyperparameter tuning job to be used as a starting point…',
        ),
      }),
    ),
    WarmStartType: str('Specifies one of the following: IDENTICAL_DATA_AND_ALGORITHM The new…'),
  }),
  Autotune: obj({
    Mode: str('Set Mode to Enabled if you want to use Autotune'),
  }),
});
