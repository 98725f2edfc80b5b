import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import { abaloneContext } from './abalone-context.fixture';
import { evaluateExpression } from './evaluate';

const join = (On: string, Values: unknown[]) => ({ 'Std:Join': { On, Values } });
const reportGet = (Path: string) => ({
  'Std:JsonGet': {
    PropertyFile: { Get: 'Steps.AbaloneEval.PropertyFiles.EvaluationReport' },
    Path,
  },
});

describe('evaluateExpression: values', () => {
  it.each<[string, unknown, unknown]>([
    ['a parameter', { Get: 'Parameters.MseThreshold' }, 6],
    ['a false boolean parameter', { Get: 'Parameters.UseSpot' }, false],
    ['an execution variable', { Get: 'Execution.PipelineExecutionId' }, 'x1'],
    ['the experiment config', { Get: 'PipelineExperimentConfig.TrialName' }, 'x1'],
    [
      'a processing output by name',
      { Get: "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['test'].S3Output.S3Uri" },
      's3://bucket/abalone/test',
    ],
    [
      'a training metric by name',
      { Get: "Steps.AbaloneTrain.FinalMetricDataList['validation:rmse'].Value" },
      2.1,
    ],
    ['a condition outcome', { Get: 'Steps.AbaloneMSECond.Outcome' }, false],
    ['a callback output', { Get: "Steps.NotifyOwner.OutputParameters['ticket']" }, 'OPS-42'],
    ['a property file value', reportGet('regression_metrics.mse.value'), 4.6],
    ['a property file key with a dash', reportGet("$['f1-score'].macro"), 0.8],
    [
      'a property file object',
      reportGet('regression_metrics.mse'),
      { value: 4.6, standard_deviation: 0.31 },
    ],
    [
      'an S3 JSON built with a Join',
      {
        'Std:JsonGet': {
          S3Uri: join('/', ['s3://bucket/abalone', 'train-output', 'results.json']),
          Path: 'Return[1].best',
        },
      },
      'xgb',
    ],
    [
      'literals unchanged',
      { a: [1, 'two', null, true], b: {} },
      { a: [1, 'two', null, true], b: {} },
    ],
    [
      'an object with Get and another key as plain data',
      { Get: 'Parameters.Nope', Other: 1 },
      { Get: 'Parameters.Nope', Other: 1 },
    ],
  ])('resolves %s', (_, value, expected) => {
    expect(evaluateExpression(value, abaloneContext())).toEqual({ ok: true, value: expected });
  });
});

describe('evaluateExpression: Std:Join', () => {
  it.each<[string, unknown[], string, string]>([
    ['strings', ['s3:/', 'bucket', 'key'], '/', 's3://bucket/key'],
    ['a Float parameter', ['MSE >', { Get: 'Parameters.MseThreshold' }], ' ', 'MSE > 6'],
    ['an Integer parameter', [{ Get: 'Parameters.ProcessingInstanceCount' }], '', '1'],
    [
      'a boolean in lowercase',
      ['outcome:', { Get: 'Steps.AbaloneMSECond.Outcome' }],
      ' ',
      'outcome: false',
    ],
    [
      'null, a list and an object as JSON',
      [null, [1, 'a'], { k: true }],
      '|',
      'null|[1,"a"]|{"k":true}',
    ],
    ['a nested Join', ['a', join('-', ['b', 'c'])], '/', 'a/b-c'],
    ['no values', [], '/', ''],
  ])('joins %s', (_, values, on, expected) => {
    expect(evaluateExpression(join(on, values), abaloneContext())).toEqual({
      ok: true,
      value: expected,
    });
  });

  it('joins with "" when On is missing, as the SDK does by default', () => {
    const value = { 'Std:Join': { Values: ['a', 1] } };
    expect(evaluateExpression(value, abaloneContext())).toEqual({ ok: true, value: 'a1' });
  });
});

describe('evaluateExpression: errors', () => {
  it.each<[string, unknown, string, string]>([
    ['an unset parameter', { Get: 'Parameters.Missing' }, '', 'Parameter "Missing" has no value'],
    [
      'an unknown execution variable',
      { Get: 'Execution.JobName' },
      '',
      '"Execution.JobName" is not an execution variable: expected one of StartDateTime, CurrentDateTime, PipelineName, PipelineArn, PipelineExecutionId, PipelineExecutionArn, TrainingJobName, ProcessingJobName',
    ],
    [
      'an execution variable without a value',
      { Get: 'Execution.TrainingJobName' },
      '',
      'Execution variable "TrainingJobName" has no value in this run',
    ],
    [
      'an unknown experiment config field',
      { Get: 'PipelineExperimentConfig.Trial' },
      '',
      '"Trial" is not a PipelineExperimentConfig field: expected ExperimentName or TrialName',
    ],
    [
      'a missing step property',
      { Get: 'Steps.AbaloneTrain.X' },
      '',
      'Step "AbaloneTrain" has no property "X"',
    ],
    [
      'a misspelt output name',
      { Get: "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['tset'].S3Output.S3Uri" },
      '',
      `Step "AbaloneProcess" has no property "ProcessingOutputConfig.Outputs['tset'].S3Output.S3Uri": "ProcessingOutputConfig.Outputs" has no element named "tset" (names: "train", "validation", "test")`,
    ],
    [
      'a step that has not run',
      { Get: 'Steps.AbaloneRegister.ModelPackageArn' },
      '',
      'Step "AbaloneRegister" has no properties yet: it has not run, or no step has that name',
    ],
    [
      'a property file read with Get',
      { Get: 'Steps.AbaloneEval.PropertyFiles.EvaluationReport' },
      '',
      '"Steps.AbaloneEval.PropertyFiles.EvaluationReport" is a property file: read a value from it with Std:JsonGet',
    ],
    [
      'a malformed Get',
      { Get: 'Steps.AbaloneTrain' },
      '',
      '"Steps.AbaloneTrain" is not a valid reference: the reference to step "AbaloneTrain" names no property',
    ],
    ['a Get that is not a string', { Get: 3 }, '', '"Get" must be a string, not a number'],
    [
      'a missing property file key',
      reportGet('regression_metrics.mse.valu'),
      '',
      'Property file "EvaluationReport" of step "AbaloneEval" has no "regression_metrics.mse.valu": "regression_metrics.mse" has no "valu"',
    ],
    [
      'a property file that was not written',
      {
        'Std:JsonGet': {
          PropertyFile: { Get: 'Steps.AbaloneTrain.PropertyFiles.Report' },
          Path: 'a',
        },
      },
      '/Std:JsonGet/PropertyFile',
      'Property file "Report" of step "AbaloneTrain" has no content: the step has not run or did not write it',
    ],
    [
      'a PropertyFile that is not a property file reference',
      { 'Std:JsonGet': { PropertyFile: { Get: 'Parameters.X' }, Path: 'a' } },
      '/Std:JsonGet/PropertyFile',
      '"PropertyFile" must be {"Get": "Steps.<Step>.PropertyFiles.<Name>"}',
    ],
    [
      'S3 JSON that cannot be read',
      { 'Std:JsonGet': { S3Uri: 's3://bucket/missing.json', Path: 'a' } },
      '/Std:JsonGet/S3Uri',
      'No JSON could be read at "s3://bucket/missing.json"',
    ],
    [
      'both a file and an S3 URI',
      { 'Std:JsonGet': { S3Uri: 's3://b/k', PropertyFile: 'x', Path: 'a' } },
      '',
      '"Std:JsonGet" needs exactly one of "PropertyFile" or "S3Uri"',
    ],
    [
      'a bad JsonGet path',
      reportGet('a..b'),
      '',
      'The JsonGet path "a..b" is not valid: expected a key at ".b"',
    ],
    ['a Join without Values', { 'Std:Join': { On: '/' } }, '', '"Std:Join" needs "Values", a list'],
    [
      'a Join with a number for On',
      { 'Std:Join': { On: 1, Values: [] } },
      '',
      '"On" of "Std:Join" must be a string, not a number',
    ],
  ])('reports %s', (_, value, pointer, message) => {
    expect(evaluateExpression(value, abaloneContext())).toEqual({
      ok: false,
      error: { pointer, message },
    });
  });

  it('points at the unresolvable value inside a Join, under the base pointer', () => {
    const value = { Prefix: join('/', ['s3:/', 'bucket', { Get: 'Parameters.Bucket' }]) };
    expect(evaluateExpression(value, abaloneContext(), '/Steps/0/Arguments')).toEqual({
      ok: false,
      error: {
        pointer: '/Steps/0/Arguments/Prefix/Std:Join/Values/2',
        message: 'Parameter "Bucket" has no value',
      },
    });
  });

  it('escapes "/" and "~" in pointers', () => {
    const value = { 'a/b': [{ 'c~d': { Get: 'Parameters.X' } }] };
    expect(evaluateExpression(value, abaloneContext())).toMatchObject({
      error: { pointer: '/a~1b/0/c~0d' },
    });
  });

  it('reports a loader that throws instead of throwing', () => {
    const context = abaloneContext({
      stepProperties: () => {
        throw new Error('disk unplugged');
      },
    });
    expect(evaluateExpression({ Get: 'Steps.AbaloneTrain.TrainingJobName' }, context)).toEqual({
      ok: false,
      error: {
        pointer: '',
        message: 'Reading the properties of step "AbaloneTrain" failed: disk unplugged',
      },
    });
  });

  it('reports a pipeline without experiment config', () => {
    const context = abaloneContext({ experimentConfig: undefined });
    expect(
      evaluateExpression({ Get: 'PipelineExperimentConfig.ExperimentName' }, context),
    ).toMatchObject({
      error: {
        message:
          'The pipeline has no PipelineExperimentConfig, so "PipelineExperimentConfig.ExperimentName" has no value',
      },
    });
  });

  it('turns a value nested too deep into an error, not a stack overflow', () => {
    let value: unknown = { Get: 'Parameters.MseThreshold' };
    for (let depth = 0; depth < 600; depth += 1) value = [value];
    const result = evaluateExpression(value, abaloneContext());
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'The value is nested more than 500 levels deep' },
    });
  });
});

describe('evaluateExpression on the abalone definition', () => {
  const steps = abalone.Steps;

  it('resolves the training channels to the processing outputs', () => {
    const train = steps.find((step) => step.Name === 'AbaloneTrain');
    const result = evaluateExpression(train?.Arguments.InputDataConfig, abaloneContext());
    expect(result.ok && result.value).toMatchObject([
      {
        ChannelName: 'train',
        DataSource: { S3DataSource: { S3Uri: 's3://bucket/abalone/train' } },
      },
      {
        ChannelName: 'validation',
        DataSource: { S3DataSource: { S3Uri: 's3://bucket/abalone/validation' } },
      },
    ]);
  });

  it('renders the Fail step message', () => {
    const condition = steps.find((step) => step.Name === 'AbaloneMSECond');
    const fail = condition?.Arguments.ElseSteps?.[0];
    expect(evaluateExpression(fail?.Arguments.ErrorMessage, abaloneContext())).toEqual({
      ok: true,
      value: 'Execution failed due to MSE > 6',
    });
  });

  it('resolves the experiment config from execution variables', () => {
    expect(evaluateExpression(abalone.PipelineExperimentConfig, abaloneContext())).toEqual({
      ok: true,
      value: { ExperimentName: 'abalone', TrialName: 'x1' },
    });
  });
});
