import {
  type ComparisonType,
  type Condition,
  type ExpressionValue,
  comparisonTypes,
} from '@pipewright/shared';

/** Every operator the builder offers, in the order the menu lists them. */
export const conditionKinds = [...comparisonTypes, 'In', 'Not', 'Or'] as const;
export type ConditionKind = (typeof conditionKinds)[number];

/** How the menu names each operator. */
export const conditionKindLabels: Record<ConditionKind, string> = {
  Equals: 'equals (=)',
  GreaterThan: 'greater than (>)',
  GreaterThanOrEqualTo: 'greater than or equal to (≥)',
  LessThan: 'less than (<)',
  LessThanOrEqualTo: 'less than or equal to (≤)',
  In: 'is one of (In)',
  Not: 'not (Not)',
  Or: 'any of (Or)',
};

export function isComparison(kind: string): kind is ComparisonType {
  return (comparisonTypes as readonly string[]).includes(kind);
}

/** A new condition of a kind, with empty operands to fill in. */
export function newCondition(kind: ConditionKind): Condition {
  if (isComparison(kind)) return { Type: kind, LeftValue: '', RightValue: '' };
  switch (kind) {
    case 'In':
      return { Type: 'In', QueryValue: '', Values: [''] };
    case 'Not':
      return { Type: 'Not', Condition: newCondition('Equals') };
    case 'Or':
      return { Type: 'Or', Conditions: [newCondition('Equals')] };
  }
}

/**
 * The condition with another operator, keeping what a person already entered: comparisons keep
 * both operands; In takes the left value as its query and the right as its first value (and back);
 * Not and Or wrap the condition ("negate this", "this, or…"); leaving Not or Or unwraps its first
 * condition. Keys the builder does not know stay on comparisons.
 */
export function changeConditionKind(condition: Condition, kind: ConditionKind): Condition {
  if (condition.Type === kind) return condition;
  if (kind === 'Not') return { Type: 'Not', Condition: condition };
  if (kind === 'Or') return { Type: 'Or', Conditions: [condition] };
  if (condition.Type === 'Not') return changeConditionKind(condition.Condition, kind);
  if (condition.Type === 'Or') {
    const first = condition.Conditions[0];
    return first ? changeConditionKind(first, kind) : newCondition(kind);
  }
  const [left, right] = operandsOf(condition);
  if (kind === 'In') return { Type: 'In', QueryValue: left, Values: [right] };
  if (condition.Type === 'In') return { Type: kind, LeftValue: left, RightValue: right };
  return { ...condition, Type: kind };
}

function operandsOf(condition: Condition): [ExpressionValue, ExpressionValue] {
  switch (condition.Type) {
    case 'In':
      return [condition.QueryValue, condition.Values[0] ?? ''];
    case 'Not':
    case 'Or':
      return ['', ''];
    default:
      return [condition.LeftValue, condition.RightValue];
  }
}
