import type { Parameter } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import {
  checkParameter,
  initialTexts,
  parameterErrors,
  parameterFields,
  parameterValues,
} from './parameter-form';

const parameters: Parameter[] = [
  { Name: 'Epochs', Type: 'Integer', DefaultValue: 10 },
  { Name: 'Rate', Type: 'Float', DefaultValue: 0.1 },
  { Name: 'Dry', Type: 'Boolean', DefaultValue: false },
  { Name: 'Mode', Type: 'String', EnumValues: ['fast', 'slow'], DefaultValue: 'fast' },
  { Name: 'Input' },
];
const fields = parameterFields(parameters);
const field = (name: string) => fields.find((candidate) => candidate.name === name)!;

describe('parameterFields', () => {
  it('types each field, String when Type is missing, with typed defaults and choices', () => {
    expect(fields).toEqual([
      { name: 'Epochs', type: 'Integer', defaultValue: 10 },
      { name: 'Rate', type: 'Float', defaultValue: 0.1 },
      { name: 'Dry', type: 'Boolean', defaultValue: false },
      { name: 'Mode', type: 'String', defaultValue: 'fast', options: ['fast', 'slow'] },
      { name: 'Input', type: 'String' },
    ]);
  });

  it('reads defaults written as text (as SageMaker definitions often have them)', () => {
    const [epochs] = parameterFields([{ Name: 'Epochs', Type: 'Integer', DefaultValue: '5' }]);
    expect(epochs?.defaultValue).toBe(5);
  });
});

describe('initialTexts', () => {
  it('starts from the defaults and lets an earlier run’s values override them', () => {
    expect(initialTexts(fields)).toEqual({
      Epochs: '10',
      Rate: '0.1',
      Dry: 'false',
      Mode: 'fast',
      Input: '',
    });
    expect(initialTexts(fields, { Epochs: 3, Dry: 'True', Gone: 'x' })).toMatchObject({
      Epochs: '3',
      Dry: 'true',
    });
    expect(initialTexts(fields, { Gone: 'x' })).not.toHaveProperty('Gone');
  });
});

describe('checkParameter', () => {
  it.each([
    ['Epochs', '12', { ok: true, value: 12 }],
    ['Epochs', ' 12 ', { ok: true, value: 12 }],
    ['Epochs', '1.5', { ok: false, message: 'Give a whole number such as 1.' }],
    ['Epochs', 'ten', { ok: false, message: 'Give a whole number such as 1.' }],
    ['Epochs', '', { ok: true, value: null }],
    ['Rate', '1e-3', { ok: true, value: 0.001 }],
    ['Rate', 'NaN', { ok: false, message: 'Give a number such as 6.0.' }],
    ['Dry', 'true', { ok: true, value: true }],
    ['Mode', 'slow', { ok: true, value: 'slow' }],
    ['Mode', 'medium', { ok: false, message: 'Choose one of fast, slow.' }],
    ['Input', ' s3://b/k ', { ok: true, value: ' s3://b/k ' }],
    ['Input', '', { ok: false, message: 'A value is required: this parameter has no default.' }],
  ])('%s = %j → %j', (name, text, expected) => {
    expect(checkParameter(field(name), text)).toEqual(expected);
  });
});

describe('the values sent', () => {
  it('lists every wrong field, and sends typed values with null for a default', () => {
    const texts = { ...initialTexts(fields), Epochs: 'x' };
    expect(parameterErrors(fields, texts)).toEqual({
      Epochs: 'Give a whole number such as 1.',
      Input: 'A value is required: this parameter has no default.',
    });
    expect(
      parameterValues(fields, { ...texts, Epochs: '', Rate: '0.5', Input: 's3://data/' }),
    ).toEqual({ Epochs: null, Rate: 0.5, Dry: false, Mode: 'fast', Input: 's3://data/' });
  });
});
