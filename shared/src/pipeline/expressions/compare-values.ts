import type { ComparisonType } from '../schema/condition.schema';
import { asNumber } from './numeric-text';
import { aKindOf, kindOf, showValue } from './value-text';

/** How two values were compared; `mixed` means they were of different kinds (never equal). */
export type ComparedAs = 'number' | 'string' | 'boolean' | 'null' | 'mixed';

/** The result of comparing two operands and how they were compared, or why they cannot be. */
export type Comparison =
  { ok: true; result: boolean; comparedAs: ComparedAs } | { ok: false; reason: string };

/**
 * Compares two resolved condition operands.
 *
 * Ordering (`GreaterThan`, `GreaterThanOrEqualTo`, `LessThan`, `LessThanOrEqualTo`):
 * - numerically when both are numbers or decimal number text ("6.0" vs 6 → 6 vs 6), because
 *   parameters and property values often arrive as strings;
 * - otherwise as strings when both are strings, by UTF-16 code units like Python, so ISO dates
 *   ("2024-05-01T10:00:00Z" > "2020-12-01") order correctly;
 * - anything else (booleans, null, lists, a number against "abc") is an error: there is no order.
 *
 * `Equals` is the same as `equalValues`.
 */
export function compareValues(type: ComparisonType, left: unknown, right: unknown): Comparison {
  if (type === 'Equals') return equalValues(left, right);
  const leftNumber = asNumber(left);
  const rightNumber = asNumber(right);
  if (leftNumber !== undefined && rightNumber !== undefined) {
    return { ok: true, result: order(type, leftNumber, rightNumber), comparedAs: 'number' };
  }
  if (typeof left === 'string' && typeof right === 'string') {
    return { ok: true, result: order(type, left, right), comparedAs: 'string' };
  }
  return {
    ok: false,
    reason: `${type} needs two numbers or two strings, but got ${describe(left)} and ${describe(right)}`,
  };
}

/**
 * Equality as `Equals` and `In` use it:
 * - a number and a number, or a number and decimal number text, compare numerically (6 == "6.0");
 * - two strings compare exactly ("6" != "6.0", "abc" != "ABC");
 * - a boolean equals a boolean, or the text "true"/"false" in any case, because a condition
 *   `Outcome` is listed by the service as "True"/"False";
 * - null equals only null;
 * - values of other different kinds are simply not equal (no error: the question has an answer);
 * - lists and objects are an error: conditions compare scalars.
 */
export function equalValues(left: unknown, right: unknown): Comparison {
  for (const value of [left, right]) {
    if (value !== null && typeof value === 'object') {
      return {
        ok: false,
        reason: `Equals compares numbers, strings and booleans, not ${aKindOf(value)}`,
      };
    }
  }
  const leftNumber = asNumber(left);
  const rightNumber = asNumber(right);
  const hasNumber = typeof left === 'number' || typeof right === 'number';
  if (hasNumber && leftNumber !== undefined && rightNumber !== undefined) {
    return { ok: true, result: leftNumber === rightNumber, comparedAs: 'number' };
  }
  if (typeof left === 'string' && typeof right === 'string') {
    return { ok: true, result: left === right, comparedAs: 'string' };
  }
  const leftBoolean = asBoolean(left);
  const rightBoolean = asBoolean(right);
  const hasBoolean = typeof left === 'boolean' || typeof right === 'boolean';
  if (hasBoolean && leftBoolean !== undefined && rightBoolean !== undefined) {
    return { ok: true, result: leftBoolean === rightBoolean, comparedAs: 'boolean' };
  }
  if (left === null && right === null) return { ok: true, result: true, comparedAs: 'null' };
  return { ok: true, result: false, comparedAs: 'mixed' };
}

function order<T extends number | string>(type: ComparisonType, left: T, right: T): boolean {
  switch (type) {
    case 'GreaterThan':
      return left > right;
    case 'GreaterThanOrEqualTo':
      return left >= right;
    case 'LessThan':
      return left < right;
    case 'LessThanOrEqualTo':
      return left <= right;
    case 'Equals':
      return left === right;
  }
}

function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

function describe(value: unknown): string {
  return `${showValue(value)} (${kindOf(value)})`;
}
