import { describe, expect, it } from 'vitest';
import { parsePropertyPath } from '../expressions/property-path';
import { checkPropertyPath } from './check-property-path';

const segments = (path: string) => {
  const parsed = parsePropertyPath(path);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
};
const check = (type: string, path: string, step?: unknown) =>
  checkPropertyPath(type, segments(path), step);

const processing = {
  Name: 'Prep',
  Type: 'Processing',
  Arguments: {
    ProcessingInputs: [{ InputName: 'code', S3Input: {} }],
    ProcessingOutputConfig: {
      Outputs: [
        { OutputName: 'train', S3Output: {} },
        { OutputName: 'test', S3Output: {} },
      ],
    },
  },
  PropertyFiles: [{ PropertyFileName: 'Metrics', OutputName: 'test', FilePath: 'm.json' }],
};
const training = {
  Name: 'Train',
  Type: 'Training',
  Arguments: {
    InputDataConfig: [{ ChannelName: 'train' }],
    HyperParameters: { eta: '0.2' },
  },
};
const lambda = {
  Name: 'Fn',
  Type: 'Lambda',
  OutputParameters: [
    { OutputName: 'count', OutputType: 'Integer' },
    { OutputName: 'status', OutputType: 'String' },
  ],
};

describe('checkPropertyPath accepts what SageMaker can resolve', () => {
  it.each([
    ['Processing', 'ProcessingJobName'],
    ['Processing', 'ProcessingJobArn'],
    ['Processing', 'ProcessingJobStatus'],
    ['Processing', "ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri"],
    ['Processing', "ProcessingOutputConfig.Outputs['test'].S3Output.LocalPath"],
    ['Processing', 'ProcessingOutputConfig.Outputs[1].S3Output.S3UploadMode'],
    ['Processing', "ProcessingInputs['code'].S3Input.S3Uri"],
    ['Processing', 'AppSpecification.ImageUri'],
    ['Processing', 'AppSpecification.ContainerEntrypoint[0]'],
    ['Processing', "Environment['ANY_KEY']"],
    ['Processing', 'PropertyFiles.Metrics'],
    ['Training', 'ModelArtifacts.S3ModelArtifacts'],
    ['Training', 'TrainingJobName'],
    ['Training', 'TrainingJobArn'],
    ['Training', 'OutputDataConfig.S3OutputPath'],
    ['Training', "FinalMetricDataList['validation:rmse'].Value"],
    ['Training', 'FinalMetricDataList[0].Timestamp'],
    ['Training', "HyperParameters['eta']"],
    ['Training', "HyperParameters['sagemaker_program']"],
    ['Training', "InputDataConfig['train'].DataSource.S3DataSource.S3Uri"],
    ['Training', 'InputDataConfig[0].DataSource.S3DataSource.S3Uri'],
    ['Tuning', 'BestTrainingJob.TrainingJobName'],
    ['Tuning', 'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric.Value'],
    ['Tuning', "BestTrainingJob.TunedHyperParameters['eta']"],
    ['Tuning', 'TrainingJobSummaries[3].TrainingJobName'],
    ['Tuning', 'HyperParameterTuningJobName'],
    ['Transform', 'TransformOutput.S3OutputPath'],
    ['Transform', 'TransformJobName'],
    ['Transform', 'TransformJobArn'],
    ['Model', 'ModelName'],
    ['Model', 'ModelArn'],
    ['Model', 'PrimaryContainer.ModelDataUrl'],
    ['RegisterModel', 'ModelPackageArn'],
    ['RegisterModel', 'ModelPackageGroupName'],
    ['RegisterModel', 'ModelPackageVersion'],
    ['RegisterModel', 'ModelApprovalStatus'],
    ['RegisterModel', 'InferenceSpecification.Containers[0].ModelDataUrl'],
    ['Condition', 'Outcome'],
    ['Lambda', "OutputParameters['anything']"],
    ['Callback', "OutputParameters['anything']"],
    ['QualityCheck', 'CalculatedBaselineConstraints'],
    ['QualityCheck', 'CalculatedBaselineStatistics'],
    ['QualityCheck', 'BaselineUsedForDriftCheckConstraints'],
    ['QualityCheck', 'BaselineUsedForDriftCheckStatistics'],
    ['ClarifyCheck', 'CalculatedBaselineConstraints'],
    ['ClarifyCheck', 'BaselineUsedForDriftCheckConstraints'],
    ['EMR', 'ClusterId'],
    ['EMR', 'Id'],
    ['EMR', 'Status.State'],
    ['EMR', 'Status.FailureDetails.Reason'],
    ['EMR', 'Config.MainClass'],
    ['AutoML', 'BestCandidate.InferenceContainers[0].ModelDataUrl'],
    ['AutoML', "BestCandidate.InferenceContainers[0].Environment['SAGEMAKER_PROGRAM']"],
    ['AutoML', 'BestCandidate.FinalAutoMLJobObjectiveMetric.Value'],
    ['AutoML', 'BestCandidateProperties.ModelInsightsJsonReportPath'],
    ['AutoML', 'OutputDataConfig.S3OutputPath'],
    ['EndpointConfig', 'EndpointConfigName'],
    ['EndpointConfig', 'EndpointConfigArn'],
    ['Endpoint', 'EndpointName'],
    ['Endpoint', 'EndpointArn'],
    ['Endpoint', 'EndpointStatus'],
    ['EMRServerless', 'anything.at[0].all'],
    ['BedrockModelImport', 'Whatever'],
    // Describe-response fields the catalog lacked. The first is asserted by sagemaker-python-sdk
    // test_properties.py::test_properties_describe_model_package_output; the rest are members of
    // the same botocore Describe* shapes that pipelines reference.
    ['RegisterModel', 'ValidationSpecification.ValidationRole'],
    ['RegisterModel', 'ModelPackageStatusDetails.ValidationStatuses[0].Status'],
    ['RegisterModel', 'ModelLifeCycle.Stage'],
    ['RegisterModel', "AdditionalInferenceSpecifications['extra'].Containers[0].Image"],
    ['RegisterModel', 'InferenceSpecification.Containers[0].ModelDataSource.S3DataSource.S3Uri'],
    ['Training', 'OutputModelPackageArn'],
    ['Training', "DebugRuleConfigurations['LossNotDecreasing'].RuleEvaluatorImage"],
    ['Training', 'ProfilerRuleConfigurations[0].RuleConfigurationName'],
    ['Training', "ResourceConfig.InstanceGroups['train'].InstanceType"],
    ['Training', 'InputDataConfig[0].DataSource.S3DataSource.ModelAccessConfig.AcceptEula'],
    ['Training', "DebugHookConfig.HookParameters['save_interval']"],
    ['Tuning', 'WarmStartConfig.WarmStartType'],
    ['Tuning', 'HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.Type'],
    ['Tuning', 'HyperParameterTuningJobConfig.StrategyConfig.HyperbandStrategyConfig.MinResource'],
    ['Tuning', 'TrainingJobDefinition.TuningObjective.MetricName'],
    ['Tuning', "TrainingJobDefinitions[0].Environment['MY_VAR']"],
    ['Tuning', 'TrainingJobDefinition.HyperParameterTuningResourceConfig.InstanceType'],
    ['Tuning', 'ObjectiveStatusCounters.Succeeded'],
    ['Transform', 'TransformResources.TransformAmiVersion'],
    ['Model', 'PrimaryContainer.ModelDataSource.S3DataSource.S3Uri'],
    ['AutoML', 'AutoMLJobConfig.Mode'],
    ['AutoML', 'InputDataConfig[0].DataSource.S3DataSource.S3Uri'],
    ['AutoML', "BestCandidate.InferenceContainerDefinitions['text'][0].Image"],
    ['EndpointConfig', 'DataCaptureConfig.DestinationS3Uri'],
    ['EndpointConfig', "ProductionVariants['AllTraffic'].ServerlessConfig.MemorySizeInMB"],
    ['Endpoint', 'DataCaptureConfig.CurrentSamplingPercentage'],
    ['Endpoint', 'ProductionVariants[0].DeployedImages[0].ResolvedImage'],
    ['EMR', 'LogUri'],
  ])('%s: %s', (type, path) => {
    expect(check(type, path)).toEqual({ ok: true });
  });

  it.each([
    ['Processing', "ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri", processing],
    ['Processing', "ProcessingInputs['code'].S3Input.LocalPath", processing],
    ['Processing', 'PropertyFiles.Metrics', processing],
    ['Training', "HyperParameters['not_declared_but_added_by_the_service']", training],
    ['Training', "InputDataConfig['train'].ChannelName", training],
    ['Lambda', "OutputParameters['count']", lambda],
  ])('%s: %s, checked against the step', (type, path, step) => {
    expect(check(type, path, step)).toEqual({ ok: true });
  });
});

describe('checkPropertyPath rejects what cannot resolve', () => {
  const stepsByType: Record<string, unknown> = { Lambda: lambda, Training: training };

  it.each([
    ['Processing', 'ProcessingJobNam', 'unknown-property-path', 'ProcessingJobName'],
    ['Processing', 'ProcessingOutputConfig.Outputs.S3Output.S3Uri', 'unknown-property-path', null],
    ['Processing', 'ProcessingOutputConfig', 'unknown-property-path', null],
    ['Processing', 'ProcessingJobName.Length', 'unknown-property-path', 'ProcessingJobName'],
    ['Processing', 'AppSpecification.ContainerEntrypoint', 'unknown-property-path', null],
    [
      'Training',
      'ModelArtifacts.S3ModelArtifact',
      'unknown-property-path',
      'ModelArtifacts.S3ModelArtifacts',
    ],
    [
      'Training',
      'modelartifacts.S3ModelArtifacts',
      'unknown-property-path',
      'ModelArtifacts.S3ModelArtifacts',
    ],
    ['Training', 'HyperParameters.eta', 'unknown-property-path', "HyperParameters['eta']"],
    ['Training', 'HyperParameters[0]', 'unknown-property-path', null],
    ['Training', 'PropertyFiles.Report', 'unknown-property-file', null],
    [
      'Tuning',
      'BestTrainingJob.FinalHyperParameterTuningJobObjectiveMetric',
      'unknown-property-path',
      null,
    ],
    [
      'Tuning',
      'TrainingJobSummaries.TrainingJobName',
      'unknown-property-path',
      'TrainingJobSummaries[0].TrainingJobName',
    ],
    [
      'Tuning',
      "TrainingJobSummaries['best'].TrainingJobName",
      'unknown-property-path',
      'TrainingJobSummaries[0].TrainingJobName',
    ],
    ['Transform', 'TransformOutput.S3Uri', 'unknown-property-path', null],
    ['Model', 'ModelArtifacts.S3ModelArtifacts', 'unknown-property-path', null],
    ['Condition', 'Result', 'unknown-property-path', null],
    ['Lambda', 'OutputParameters.count', 'unknown-property-path', "OutputParameters['count']"],
    ['EMR', 'Step.Status.State', 'unknown-property-path', null],
    ['Fail', 'ErrorMessage', 'unknown-property-path', null],
  ])('%s: %s', (type, path, code, suggestion) => {
    const result = check(type, path, stepsByType[type]);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok && suggestion) expect(result.suggestions).toContain(suggestion);
  });

  it('names the outputs a Processing step has when an output does not exist', () => {
    const result = check(
      'Processing',
      "ProcessingOutputConfig.Outputs['nope'].S3Output.S3Uri",
      processing,
    );
    expect(result).toEqual({
      ok: false,
      code: 'unknown-output',
      reason:
        'Processing step "Prep" has no output named "nope"; its outputs are "train" and "test"',
      suggestions: [
        "ProcessingOutputConfig.Outputs['test'].S3Output.S3Uri",
        "ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
      ],
    });
  });

  it('puts the closest output first', () => {
    const result = check(
      'Processing',
      "ProcessingOutputConfig.Outputs['trian'].S3Output.S3Uri",
      processing,
    );
    expect(!result.ok && result.suggestions[0]).toBe(
      "ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
    );
  });

  it('rejects an output index past the declared outputs', () => {
    expect(
      check('Processing', 'ProcessingOutputConfig.Outputs[2].S3Output.S3Uri', processing),
    ).toMatchObject({
      ok: false,
      code: 'unknown-output',
      reason: expect.stringContaining('declares only 2 outputs'),
    });
  });

  it('says when a step declares no outputs at all', () => {
    const bare = { Name: 'Bare', Type: 'Processing', Arguments: {} };
    expect(
      check('Processing', "ProcessingOutputConfig.Outputs['x'].S3Output.S3Uri", bare),
    ).toMatchObject({
      ok: false,
      code: 'unknown-output',
      reason: 'Processing step "Bare" has no output named "x"; it declares no outputs',
    });
  });

  it('rejects an input the Processing step does not declare', () => {
    expect(check('Processing', "ProcessingInputs['data'].S3Input.S3Uri", processing)).toMatchObject(
      {
        ok: false,
        code: 'unknown-property-path',
        reason: 'Processing step "Prep" has no input named "data"; its input is "code"',
      },
    );
  });

  it('rejects a property file the Processing step does not declare', () => {
    expect(check('Processing', 'PropertyFiles.Evaluation', processing)).toEqual({
      ok: false,
      code: 'unknown-property-file',
      reason:
        'Processing step "Prep" has no property file named "Evaluation"; its property file is "Metrics"',
      suggestions: ['PropertyFiles.Metrics'],
    });
  });

  it('rejects an output parameter the Lambda step does not declare', () => {
    expect(check('Lambda', "OutputParameters['cnt']", lambda)).toMatchObject({
      ok: false,
      code: 'unknown-output',
      reason:
        'Lambda step "Fn" has no output parameter named "cnt"; its output parameters are "count" and "status"',
      suggestions: ["OutputParameters['count']", "OutputParameters['status']"],
    });
  });

  it('does not judge names it cannot know, such as outputs built from an expression', () => {
    const dynamic = {
      Name: 'Dyn',
      Type: 'Processing',
      Arguments: { ProcessingOutputConfig: { Get: 'Parameters.Outputs' } },
    };
    expect(
      check('Processing', "ProcessingOutputConfig.Outputs['any'].S3Output.S3Uri", dynamic),
    ).toEqual({
      ok: true,
    });
  });

  it('rejects an empty path and survives a malformed step', () => {
    expect(checkPropertyPath('Training', [])).toMatchObject({
      ok: false,
      code: 'unknown-property-path',
    });
    expect(
      check('Processing', "ProcessingOutputConfig.Outputs['x'].S3Output.S3Uri", 'not a step'),
    ).toEqual({
      ok: true,
    });
    expect(check('Processing', 'constructor')).toMatchObject({ ok: false });
    expect(checkPropertyPath(42, segments('Anything'))).toEqual({ ok: true });
  });
});

describe('checkPropertyPath with the reference usage', () => {
  const withUsage = (path: string, usage: 'value' | 'property-file', type = 'Processing') =>
    checkPropertyPath(type, segments(path), processing, { usage });

  it('accepts a property file as the PropertyFile of a Std:JsonGet only', () => {
    expect(withUsage('PropertyFiles.Metrics', 'property-file')).toEqual({ ok: true });
    expect(withUsage('PropertyFiles.Metrics', 'value')).toMatchObject({
      ok: false,
      code: 'unknown-property-path',
    });
  });

  it('rejects a plain value as a Std:JsonGet PropertyFile and offers the step’s files', () => {
    expect(withUsage('ProcessingJobName', 'property-file')).toMatchObject({
      ok: false,
      code: 'unknown-property-file',
      suggestions: ['PropertyFiles.Metrics'],
    });
  });

  it('rejects a property file on a step type that has none', () => {
    expect(withUsage('PropertyFiles.Metrics', 'property-file', 'Training')).toMatchObject({
      ok: false,
      code: 'unknown-property-file',
    });
  });

  it('does not let a reference reach inside a property file', () => {
    expect(withUsage('PropertyFiles.Metrics.mse', 'property-file')).toMatchObject({
      ok: false,
      suggestions: ['PropertyFiles.Metrics'],
    });
  });
});
