import { describe, expect, it } from 'vitest';
import abalone from '../../../test/fixtures/sagemaker/abalone-train-eval-transform-register.json';
import type { Parameter } from '../schema/parameter.schema';
import { resolveParameterValues, type SuppliedParameterValues } from './parameter-values';

const parameters: Parameter[] = [
  { Name: 'ProcessingInstanceCount', Type: 'Integer', DefaultValue: 1 },
  { Name: 'MseThreshold', Type: 'Float', DefaultValue: 6.0 },
  { Name: 'UseSpot', Type: 'Boolean', DefaultValue: false },
  {
    Name: 'Region',
    Type: 'String',
    EnumValues: ['eu-west-1', 'us-east-1'],
    DefaultValue: 'eu-west-1',
  },
  { Name: 'RunLabel' },
];

describe('resolveParameterValues', () => {
  it('uses the defaults of the abalone pipeline', () => {
    expect(resolveParameterValues(abalone.Parameters as Parameter[])).toEqual({
      ok: true,
      values: {
        ProcessingInstanceCount: 1,
        TrainingInstanceType: 'ml.m5.xlarge',
        ModelApprovalStatus: 'PendingManualApproval',
        InputData: 's3://sagemaker-us-west-2-000000000000/abalone/abalone-dataset.csv',
        BatchData: 's3://sagemaker-us-west-2-000000000000/abalone/abalone-dataset-batch',
        MseThreshold: 6,
      },
    });
  });

  it.each<[string, SuppliedParameterValues]>([
    [
      'the SageMaker start form',
      [
        { Name: 'ProcessingInstanceCount', Value: '2' },
        { Name: 'MseThreshold', Value: '7.5' },
        { Name: 'UseSpot', Value: 'True' },
        { Name: 'Region', Value: 'us-east-1' },
        { Name: 'RunLabel', Value: 'nightly' },
      ],
    ],
    [
      'typed values',
      {
        ProcessingInstanceCount: 2,
        MseThreshold: 7.5,
        UseSpot: true,
        Region: 'us-east-1',
        RunLabel: 'nightly',
      },
    ],
  ])('coerces %s', (_, supplied) => {
    expect(resolveParameterValues(parameters, supplied)).toEqual({
      ok: true,
      values: {
        ProcessingInstanceCount: 2,
        MseThreshold: 7.5,
        UseSpot: true,
        Region: 'us-east-1',
        RunLabel: 'nightly',
      },
    });
  });

  it('falls back to the default when a typed value is null', () => {
    const result = resolveParameterValues(parameters, { MseThreshold: null, RunLabel: 'x' });
    expect(result.ok && result.values.MseThreshold).toBe(6);
  });

  it.each<[string, Parameter[], SuppliedParameterValues, object]>([
    [
      'a misspelt name',
      parameters,
      { MseTreshold: 5, RunLabel: 'x' },
      {
        code: 'unknown-parameter',
        name: 'MseTreshold',
        message: 'The pipeline has no parameter "MseTreshold"',
        hint: 'Did you mean "MseThreshold"?',
      },
    ],
    [
      'a name supplied twice',
      parameters,
      [
        { Name: 'RunLabel', Value: 'a' },
        { Name: 'RunLabel', Value: 'b' },
      ],
      {
        code: 'duplicate-parameter',
        name: 'RunLabel',
        message: 'Parameter "RunLabel" is supplied more than once',
        hint: 'Supply each parameter once.',
      },
    ],
    [
      'a number for a String parameter',
      parameters,
      { RunLabel: 5 },
      {
        code: 'wrong-type',
        name: 'RunLabel',
        message: 'Parameter "RunLabel" is a String, but got the number 5',
        hint: 'Write it as text: "5".',
      },
    ],
    [
      'a fraction for an Integer parameter',
      parameters,
      [
        { Name: 'ProcessingInstanceCount', Value: '1.5' },
        { Name: 'RunLabel', Value: 'x' },
      ],
      {
        code: 'wrong-type',
        name: 'ProcessingInstanceCount',
        message: 'Parameter "ProcessingInstanceCount" is an Integer, but got "1.5"',
        hint: 'Give a whole number such as 1.',
      },
    ],
    [
      'a word for a Boolean parameter',
      parameters,
      { UseSpot: 'yes', RunLabel: 'x' },
      {
        code: 'wrong-type',
        name: 'UseSpot',
        message: 'Parameter "UseSpot" is a Boolean, but got "yes"',
        hint: 'Give true or false.',
      },
    ],
    [
      'a parameter without value or default',
      parameters,
      {},
      {
        code: 'missing-value',
        name: 'RunLabel',
        message: 'Parameter "RunLabel" has no value: it has no default and none was supplied',
        hint: 'Supply a value for "RunLabel" when starting the run, or give it a DefaultValue.',
      },
    ],
    [
      'a value outside EnumValues',
      parameters,
      { Region: 'ap-south-1', RunLabel: 'x' },
      {
        code: 'not-in-enum',
        name: 'Region',
        message: 'Parameter "Region" must be one of "eu-west-1", "us-east-1", but got "ap-south-1"',
        hint: 'Use one of: "eu-west-1", "us-east-1".',
      },
    ],
    [
      'a default of the wrong type',
      [{ Name: 'Epochs', Type: 'Integer', DefaultValue: 'ten' }],
      {},
      {
        code: 'wrong-type',
        name: 'Epochs',
        message: 'Parameter "Epochs" is an Integer, but its DefaultValue is "ten"',
        hint: 'Fix the DefaultValue, or supply a value. Give a whole number such as 1.',
      },
    ],
  ])('reports %s', (_, declared, supplied, expected) => {
    expect(resolveParameterValues(declared, supplied)).toEqual({ ok: false, errors: [expected] });
  });

  it('reports every problem at once', () => {
    const result = resolveParameterValues(parameters, { Nope: 1, UseSpot: 'maybe' });
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.name])).toEqual([
      ['unknown-parameter', 'Nope'],
      ['wrong-type', 'UseSpot'],
      ['missing-value', 'RunLabel'],
    ]);
  });

  it('lists the parameters when a name is nowhere close', () => {
    const result = resolveParameterValues([{ Name: 'Alpha' }, { Name: 'Beta' }], {
      Alpha: 'a',
      Beta: 'b',
      Completely: 'x',
    });
    expect(result.ok ? undefined : result.errors[0]?.hint).toBe(
      'Defined parameters: "Alpha", "Beta".',
    );
  });
});
