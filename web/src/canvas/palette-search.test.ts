import { knownStepTypes } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { searchStepTypes } from './palette-search';

describe('searching step types', () => {
  it('lists every type for an empty search', () => {
    expect(searchStepTypes('  ')).toEqual([...knownStepTypes]);
  });

  it.each([
    ['train', ['Training', 'Tuning', 'Model', 'AutoML']],
    [
      'model',
      [
        'Model',
        'RegisterModel',
        'Processing',
        'Training',
        'Transform',
        'QualityCheck',
        'AutoML',
        'EndpointConfig',
        'Endpoint',
      ],
    ],
    ['check', ['QualityCheck', 'ClarifyCheck']],
    ['branch', ['Condition']],
    ['register model', ['RegisterModel']],
    ['xyz', []],
  ])('finds %j', (query, expected) => {
    expect(searchStepTypes(query)).toEqual(expected);
  });
});
