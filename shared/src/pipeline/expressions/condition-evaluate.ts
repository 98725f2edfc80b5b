import { joinPointer } from '../json/json-pointer';
import { type Condition, type ComparisonType, comparisonTypes } from '../schema/condition.schema';
import { type ComparedAs, compareValues, equalValues } from './compare-values';
import { evaluateExpression } from './evaluate';
import type { EvaluationContext, EvaluationError } from './evaluation-context';
import { showValue } from './value-text';

/**
 * One evaluated condition, for a dashboard line such as `0.8 <= 6 → true`. Details are listed in
 * document order (a Not or Or before the conditions inside it); `pointer` places each one.
 */
export type ConditionDetail =
  | {
      kind: 'comparison';
      type: ComparisonType;
      pointer: string;
      left: unknown;
      right: unknown;
      comparedAs: ComparedAs;
      result: boolean;
      summary: string;
    }
  | {
      kind: 'in';
      pointer: string;
      query: unknown;
      values: unknown[];
      result: boolean;
      summary: string;
    }
  | { kind: 'not' | 'or'; pointer: string; result: boolean; summary: string };

/** The outcome of a Condition step's conditions, with what was compared, or the first error. */
export type ConditionsEvaluation =
  | { ok: true; outcome: boolean; details: ConditionDetail[] }
  | { ok: false; error: EvaluationError };

const operators: Record<ComparisonType, string> = {
  Equals: '==',
  GreaterThan: '>',
  GreaterThanOrEqualTo: '>=',
  LessThan: '<',
  LessThanOrEqualTo: '<=',
};
const conditionTypes = [...comparisonTypes, 'In', 'Not', 'Or'].join(', ');
/** Nesting limit for Not/Or, so a pathological document is an error rather than a stack overflow. */
const maxDepth = 100;

type Step = { ok: true; result: boolean; text: string } | { ok: false; error: EvaluationError };

/**
 * Evaluates a Condition step's `Conditions` (AND-ed; an empty list is true) against a run. Every
 * condition is evaluated, with no short-circuit, so details are complete and an unresolvable
 * reference is reported even when an earlier condition already decided the outcome. Comparison
 * rules are those of `compareValues` and `equalValues`; `In` is true when the query equals any
 * value under `equalValues`. Never throws; pointers are prefixed with `basePointer` (pass
 * `/Steps/3/Arguments/Conditions`).
 */
export function evaluateConditions(
  conditions: readonly Condition[],
  context: EvaluationContext,
  basePointer = '',
): ConditionsEvaluation {
  if (!Array.isArray(conditions)) {
    return fail(basePointer, 'The Conditions of a Condition step must be a list');
  }
  const details: ConditionDetail[] = [];
  let outcome = true;
  for (const [index, condition] of conditions.entries()) {
    const step = evaluateCondition(condition, joinPointer(basePointer, index), context, details, 0);
    if (!step.ok) return step;
    outcome &&= step.result;
  }
  return { ok: true, outcome, details };
}

function evaluateCondition(
  condition: unknown,
  pointer: string,
  context: EvaluationContext,
  details: ConditionDetail[],
  depth: number,
): Step {
  if (depth >= maxDepth) return fail(pointer, `Conditions are nested more than ${maxDepth} deep`);
  const record = asRecord(condition);
  const type = record?.Type;
  if (record === undefined || typeof type !== 'string') {
    return fail(pointer, `A condition must be an object with "Type", one of ${conditionTypes}`);
  }
  if (type === 'Not') return evaluateNot(record, pointer, context, details, depth);
  if (type === 'Or') return evaluateOr(record, pointer, context, details, depth);
  if (type === 'In') return evaluateIn(record, pointer, context, details);
  const comparison = comparisonTypes.find((known) => known === type);
  if (comparison === undefined) {
    return fail(pointer, `"${type}" is not a condition type: expected one of ${conditionTypes}`);
  }
  return evaluateComparison(comparison, record, pointer, context, details);
}

function evaluateComparison(
  type: ComparisonType,
  record: Record<string, unknown>,
  pointer: string,
  context: EvaluationContext,
  details: ConditionDetail[],
): Step {
  const left = operand(record, 'LeftValue', type, pointer, context);
  if (!left.ok) return left;
  const right = operand(record, 'RightValue', type, pointer, context);
  if (!right.ok) return right;
  const compared = compareValues(type, left.value, right.value);
  if (!compared.ok) return fail(pointer, compared.reason);
  const text = `${showValue(left.value)} ${operators[type]} ${showValue(right.value)}`;
  const { result, comparedAs } = compared;
  details.push({
    kind: 'comparison',
    type,
    pointer,
    left: left.value,
    right: right.value,
    comparedAs,
    result,
    summary: `${text} → ${result}`,
  });
  return { ok: true, result, text };
}

function evaluateIn(
  record: Record<string, unknown>,
  pointer: string,
  context: EvaluationContext,
  details: ConditionDetail[],
): Step {
  const query = operand(record, 'QueryValue', 'In', pointer, context);
  if (!query.ok) return query;
  if (!Array.isArray(record.Values)) return fail(pointer, 'In needs "Values", a list');
  const values = evaluateExpression(record.Values, context, joinPointer(pointer, 'Values'));
  if (!values.ok) return values;
  const candidates = values.value as unknown[];
  let result = false;
  for (const candidate of candidates) {
    const equal = equalValues(query.value, candidate);
    if (!equal.ok) return fail(pointer, `In ${equal.reason.replace(/^Equals /, '')}`);
    result ||= equal.result;
  }
  const text = `${showValue(query.value)} in [${candidates.map((value) => showValue(value)).join(', ')}]`;
  details.push({
    kind: 'in',
    pointer,
    query: query.value,
    values: candidates,
    result,
    summary: `${text} → ${result}`,
  });
  return { ok: true, result, text };
}

function evaluateNot(
  record: Record<string, unknown>,
  pointer: string,
  context: EvaluationContext,
  details: ConditionDetail[],
  depth: number,
): Step {
  if (record.Condition === undefined) return fail(pointer, 'Not needs "Condition"');
  // Reserve the Not's place so it is listed before the condition inside it.
  const slot = details.push({ kind: 'not', pointer, result: false, summary: '' }) - 1;
  const inner = evaluateCondition(
    record.Condition,
    joinPointer(pointer, 'Condition'),
    context,
    details,
    depth + 1,
  );
  if (!inner.ok) return inner;
  const result = !inner.result;
  const text = `not (${inner.text})`;
  details[slot] = { kind: 'not', pointer, result, summary: `${text} → ${result}` };
  return { ok: true, result, text };
}

function evaluateOr(
  record: Record<string, unknown>,
  pointer: string,
  context: EvaluationContext,
  details: ConditionDetail[],
  depth: number,
): Step {
  if (!Array.isArray(record.Conditions)) return fail(pointer, 'Or needs "Conditions", a list');
  const slot = details.push({ kind: 'or', pointer, result: false, summary: '' }) - 1;
  let result = false;
  const texts: string[] = [];
  for (const [index, condition] of record.Conditions.entries()) {
    const childPointer = joinPointer(pointer, 'Conditions', index);
    const inner = evaluateCondition(condition, childPointer, context, details, depth + 1);
    if (!inner.ok) return inner;
    result ||= inner.result;
    texts.push(inner.text.includes(' or ') ? `(${inner.text})` : inner.text);
  }
  const text = texts.length > 0 ? texts.join(' or ') : 'or of nothing';
  details[slot] = { kind: 'or', pointer, result, summary: `${text} → ${result}` };
  return { ok: true, result, text };
}

function operand(
  record: Record<string, unknown>,
  key: 'LeftValue' | 'RightValue' | 'QueryValue',
  type: string,
  pointer: string,
  context: EvaluationContext,
): { ok: true; value: unknown } | { ok: false; error: EvaluationError } {
  if (record[key] === undefined) return fail(pointer, `${type} needs "${key}"`);
  return evaluateExpression(record[key], context, joinPointer(pointer, key));
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function fail(pointer: string, message: string): { ok: false; error: EvaluationError } {
  return { ok: false, error: { pointer, message } };
}
