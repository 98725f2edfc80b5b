import { outputDataConfig } from './common.properties';
import { type ObjectShape, bool, int, list, map, num, obj, str, strings, time } from './shape';

const objectiveMetric = obj({
  Type: str('Maximize or Minimize'),
  MetricName: str('Objective metric name'),
  Value: num('Objective metric value'),
  StandardMetricName: str('Standard metric name'),
});

const bestCandidate = obj({
  CandidateName: str('Candidate name'),
  FinalAutoMLJobObjectiveMetric: objectiveMetric,
  ObjectiveStatus: str('Succeeded, Pending or Failed'),
  CandidateSteps: list(
    obj({
      CandidateStepType: str('Processing, training or transform job'),
      CandidateStepArn: str('ARN of the job of the step'),
      CandidateStepName: str('Name of the job of the step'),
    }),
  ),
  CandidateStatus: str('Completed, InProgress, Failed, Stopped or Stopping'),
  InferenceContainerDefinitions: map(
    list(
      obj({
        Image: str('Amazon Elastic Container Registry (Amazon ECR) path of the container'),
        ModelDataUrl: str('Location of the model artifacts'),
        Environment: map(str('Environment value')),
      }),
    ),
  ),
  InferenceContainers: list(
    obj({
      Image: str('Inference image URI'),
      ModelDataUrl: str('S3 URI of the model artifacts'),
      Environment: map(str('Environment variable value')),
    }),
  ),
  CreationTime: time('When the candidate was created'),
  EndTime: time('When the candidate finished'),
  LastModifiedTime: time('When the candidate was last modified'),
  FailureReason: str('Why the candidate failed'),
  CandidateProperties: obj({
    CandidateArtifactLocations: obj({
      Explainability: str('S3 prefix of the explainability artifacts'),
      ModelInsights: str('S3 prefix of the model insights artifacts'),
      BacktestResults: str('S3 prefix of the backtest results'),
    }),
    CandidateMetrics: list(
      obj({
        MetricName: str('Metric name'),
        Value: num('Metric value'),
        Set: str('Train, Validation or Test'),
        StandardMetricName: str('Standard metric name'),
      }),
      { keyField: 'MetricName' },
    ),
  }),
});

/**
 * `DescribeAutoMLJobResponse` plus `BestCandidateProperties`, which the SDK's `AutoMLStep` adds
 * for the best candidate's JSON reports.
 */
export const autoMLProperties: ObjectShape = obj({
  AutoMLJobName: str('AutoML job name'),
  AutoMLJobArn: str('AutoML job ARN'),
  OutputDataConfig: outputDataConfig,
  RoleArn: str('IAM role the job runs as'),
  AutoMLJobObjective: obj({ MetricName: str('Objective metric name') }),
  ProblemType: str('BinaryClassification, MulticlassClassification or Regression'),
  CreationTime: time('When the job was created'),
  EndTime: time('When the job ended'),
  LastModifiedTime: time('When the job was last modified'),
  FailureReason: str('Why the job failed'),
  BestCandidate: bestCandidate,
  AutoMLJobStatus: str('Completed, InProgress, Failed, Stopped or Stopping'),
  AutoMLJobSecondaryStatus: str('Detailed status of the job'),
  GenerateCandidateDefinitionsOnly: bool('Whether only candidate definitions were generated'),
  AutoMLJobArtifacts: obj({
    CandidateDefinitionNotebookLocation: str('S3 URI of the candidate definition notebook'),
    DataExplorationNotebookLocation: str('S3 URI of the data exploration notebook'),
  }),
  ResolvedAttributes: obj({
    AutoMLJobObjective: obj({ MetricName: str('Resolved objective metric name') }),
    ProblemType: str('Resolved problem type'),
    CompletionCriteria: obj({
      MaxCandidates: int('Maximum number of times a training job is allowed to run'),
      MaxRuntimePerTrainingJobInSeconds: int(
        'Maximum time, in seconds, that each training job executed inside…',
      ),
      MaxAutoMLJobRuntimeInSeconds: int(
        'Maximum runtime, in seconds, an AutoML job has to complete',
      ),
    }),
  }),
  BestCandidateProperties: obj({
    ModelInsightsJsonReportPath: str('S3 URI of the best candidate’s model insights report'),
    ExplainabilityJsonReportPath: str('S3 URI of the best candidate’s explainability report'),
  }),
  InputDataConfig: list(
    obj({
      DataSource: obj({
        S3DataSource: obj({
          S3DataType: str('Data type'),
          S3Uri: str('URL to the Amazon S3 data source'),
        }),
      }),
      CompressionType: str('You can use Gzip or None'),
      TargetAttributeName: str('Name of the target variable in supervised learning, usually…'),
      ContentType: str('Content type of the data from the input source'),
      ChannelType: str('Channel type (optional) is an enum string'),
      SampleWeightAttributeName: str(
        'If specified, this column name indicates which column of the dataset…',
      ),
    }),
  ),
  AutoMLJobConfig: obj({
    CompletionCriteria: obj({
      MaxCandidates: int('Maximum number of times a training job is allowed to run'),
      MaxRuntimePerTrainingJobInSeconds: int(
        'Maximum time, in seconds, that each training job executed inside…',
      ),
      MaxAutoMLJobRuntimeInSeconds: int(
        'Maximum runtime, in seconds, an AutoML job has to complete',
      ),
    }),
    SecurityConfig: obj({
      VolumeKmsKeyId: str('Key used to encrypt stored data'),
      EnableInterContainerTrafficEncryption: bool(
        'Whether to use traffic encryption between the container layers',
      ),
      VpcConfig: obj({
        SecurityGroupIds: strings('VPC security group IDs, in the form sg-xxxxxxxx'),
        Subnets: strings('ID of the subnets in the VPC to which you want to connect your…'),
      }),
    }),
    CandidateGenerationConfig: obj({
      FeatureSpecificationS3Uri: str(
        'A URL to the Amazon S3 data source containing selected features from…',
      ),
      AlgorithmsConfig: list(
        obj({
          AutoMLAlgorithms: strings(
            'Selection of algorithms trained on your dataset to generate the model…',
          ),
        }),
      ),
    }),
    DataSplitConfig: obj({
      ValidationFraction: num(
        'Validation fraction (optional) is a float that specifies the portion…',
      ),
    }),
    Mode: str('Method that Autopilot uses to train the data'),
  }),
  PartialFailureReasons: list(
    obj({
      PartialFailureMessage: str(
        'Message containing the reason for a partial failure of an AutoML job',
      ),
    }),
  ),
  ModelDeployConfig: obj({
    AutoGenerateEndpointName: bool('Set to True to automatically generate an endpoint name for a…'),
    EndpointName: str('Specifies the endpoint name to use for a one-click Autopilot model…'),
  }),
  ModelDeployResult: obj({
    EndpointName: str('Name of the endpoint to which the model has been deployed'),
  }),
});
