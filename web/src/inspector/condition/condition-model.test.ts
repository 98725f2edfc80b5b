import { type Condition, ConditionSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import {
  type ConditionKind,
  changeConditionKind,
  conditionKinds,
  newCondition,
} from './condition-model';

const left = { Get: 'Steps.Eval.PropertyFiles.Report' };

describe('the condition builder model', () => {
  it.each([
    ['Equals', { Type: 'Equals', LeftValue: '', RightValue: '' }],
    ['GreaterThan', { Type: 'GreaterThan', LeftValue: '', RightValue: '' }],
    ['GreaterThanOrEqualTo', { Type: 'GreaterThanOrEqualTo', LeftValue: '', RightValue: '' }],
    ['LessThan', { Type: 'LessThan', LeftValue: '', RightValue: '' }],
    ['LessThanOrEqualTo', { Type: 'LessThanOrEqualTo', LeftValue: '', RightValue: '' }],
    ['In', { Type: 'In', QueryValue: '', Values: [''] }],
    ['Not', { Type: 'Not', Condition: { Type: 'Equals', LeftValue: '', RightValue: '' } }],
    ['Or', { Type: 'Or', Conditions: [{ Type: 'Equals', LeftValue: '', RightValue: '' }] }],
  ] as [ConditionKind, Condition][])(
    'a new %s condition is what SageMaker reads',
    (kind, expected) => {
      const condition = newCondition(kind);
      expect(condition).toEqual(expected);
      expect(ConditionSchema.safeParse(condition).success).toBe(true);
    },
  );

  it('offers every operator SageMaker has', () => {
    expect(conditionKinds).toEqual([
      'Equals',
      'GreaterThan',
      'GreaterThanOrEqualTo',
      'LessThan',
      'LessThanOrEqualTo',
      'In',
      'Not',
      'Or',
    ]);
  });

  const comparison: Condition = { Type: 'LessThanOrEqualTo', LeftValue: left, RightValue: 6 };

  it('switching between comparisons keeps both operands', () => {
    expect(changeConditionKind(comparison, 'GreaterThan')).toEqual({
      Type: 'GreaterThan',
      LeftValue: left,
      RightValue: 6,
    });
  });

  it('In takes the left value as its query and the right one as its first value, and back', () => {
    const asIn = changeConditionKind(comparison, 'In');
    expect(asIn).toEqual({ Type: 'In', QueryValue: left, Values: [6] });
    expect(changeConditionKind(asIn, 'Equals')).toEqual({
      Type: 'Equals',
      LeftValue: left,
      RightValue: 6,
    });
  });

  it('Not and Or wrap the condition, and switching away unwraps it', () => {
    const not = changeConditionKind(comparison, 'Not');
    expect(not).toEqual({ Type: 'Not', Condition: comparison });
    expect(changeConditionKind(not, 'LessThanOrEqualTo')).toEqual(comparison);
    const or = changeConditionKind(comparison, 'Or');
    expect(or).toEqual({ Type: 'Or', Conditions: [comparison] });
    expect(changeConditionKind(or, 'Equals')).toEqual({ ...comparison, Type: 'Equals' });
  });

  it('nests freely: Not inside Or inside Not', () => {
    const nested = changeConditionKind(
      changeConditionKind(changeConditionKind(comparison, 'Not'), 'Or'),
      'Not',
    );
    expect(nested).toEqual({
      Type: 'Not',
      Condition: { Type: 'Or', Conditions: [{ Type: 'Not', Condition: comparison }] },
    });
    expect(ConditionSchema.safeParse(nested).success).toBe(true);
  });
});
