import { outputDataConfig } from './common.properties';
import { type ObjectShape, bool, list, map, num, obj, str, time } from './shape';

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
  }),
  BestCandidateProperties: obj({
    ModelInsightsJsonReportPath: str('S3 URI of the best candidate’s model insights report'),
    ExplainabilityJsonReportPath: str('S3 URI of the best candidate’s explainability report'),
  }),
});
