import type { EvaluationContext } from './evaluation-context';

/**
 * Test data: a finished run of the abalone pipeline
 * (shared/test/fixtures/sagemaker/abalone-train-eval-transform-register.json), with
 * Describe-shaped step properties as the runner would hand them to the engine.
 */
export const abaloneStepProperties: Record<string, unknown> = {
  AbaloneProcess: {
    ProcessingJobName: 'pipelines-x1-AbaloneProcess',
    ProcessingOutputConfig: {
      Outputs: [
        { OutputName: 'train', S3Output: { S3Uri: 's3://bucket/abalone/train' } },
        { OutputName: 'validation', S3Output: { S3Uri: 's3://bucket/abalone/validation' } },
        { OutputName: 'test', S3Output: { S3Uri: 's3://bucket/abalone/test' } },
      ],
    },
  },
  AbaloneTrain: {
    TrainingJobName: 'pipelines-x1-AbaloneTrain',
    ModelArtifacts: { S3ModelArtifacts: 's3://bucket/abalone/model.tar.gz' },
    FinalMetricDataList: [{ MetricName: 'validation:rmse', Value: 2.1 }],
  },
  AbaloneMSECond: { Outcome: false },
  NotifyOwner: { OutputParameters: [{ Name: 'ticket', Value: 'OPS-42' }] },
};

export const evaluationReport = {
  regression_metrics: { mse: { value: 4.6, standard_deviation: 0.31 } },
  'f1-score': { macro: 0.8 },
};

/** A context for the run above; `overrides` replaces single members. */
export function abaloneContext(overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    parameters: {
      ProcessingInstanceCount: 1,
      TrainingInstanceType: 'ml.m5.xlarge',
      InputData: 's3://bucket/abalone/abalone-dataset.csv',
      MseThreshold: 6,
      UseSpot: false,
    },
    execution: {
      PipelineName: 'abalone',
      PipelineExecutionId: 'x1',
      StartDateTime: '2024-05-01T10:00:00Z',
    },
    experimentConfig: { ExperimentName: 'abalone', TrialName: 'x1' },
    stepProperties: (stepName) => abaloneStepProperties[stepName],
    propertyFile: (stepName, fileName) =>
      stepName === 'AbaloneEval' && fileName === 'EvaluationReport' ? evaluationReport : undefined,
    readJson: (uri) =>
      uri === 's3://bucket/abalone/train-output/results.json'
        ? { Return: [0.5, { best: 'xgb' }] }
        : undefined,
    ...overrides,
  };
}
