import { joinPointer } from '../json/json-pointer';
import {
  type EvaluationContext,
  type EvaluationResult,
  evaluationFailure,
} from './evaluation-context';
import { resolveGet } from './get-resolve';
import { evaluateJoin } from './join-evaluate';
import { type EvaluateNested, evaluateJsonGet } from './json-get-evaluate';
import { expressionKeyOf } from './references';

/**
 * How deep a value may nest. Real arguments are a few dozen levels at most; the limit turns a
 * pathological (or cyclic) value into an error instead of a stack overflow.
 */
const maxDepth = 500;

/**
 * Evaluates every `Get`, `Std:Join` and `Std:JsonGet` inside a JSON value, at any depth, and
 * returns a copy with each expression replaced by its value; everything else is copied as is.
 * An object is an expression only when its single key is one of the three (as `scanReferences`
 * decides); values read from steps and files are data and are not evaluated again.
 *
 * Never throws. On failure the error's pointer is the RFC 6901 pointer of the failing
 * expression, prefixed with `basePointer` (pass `/Steps/2/Arguments` to point into a document).
 */
export function evaluateExpression(
  value: unknown,
  context: EvaluationContext,
  basePointer = '',
): EvaluationResult {
  return evaluateAt(value, context, basePointer, 0);
}

function evaluateAt(
  value: unknown,
  context: EvaluationContext,
  pointer: string,
  depth: number,
): EvaluationResult {
  if (value === null || typeof value !== 'object') return { ok: true, value };
  if (depth >= maxDepth) {
    return evaluationFailure(pointer, `The value is nested more than ${maxDepth} levels deep`);
  }
  const nested: EvaluateNested = (child, childPointer) =>
    evaluateAt(child, context, childPointer, depth + 1);
  if (Array.isArray(value)) return evaluateList(value, pointer, nested);
  const record = value as Record<string, unknown>;
  switch (expressionKeyOf(value)) {
    case 'Get':
      return resolveGet(record.Get, context, pointer);
    case 'Std:Join':
      return evaluateJoin(record['Std:Join'], pointer, nested);
    case 'Std:JsonGet':
      return evaluateJsonGet(record['Std:JsonGet'], context, pointer, nested);
    default:
      return evaluateObject(record, pointer, nested);
  }
}

function evaluateList(list: readonly unknown[], pointer: string, nested: EvaluateNested) {
  const values: unknown[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const resolved = nested(list[index], joinPointer(pointer, index));
    if (!resolved.ok) return resolved;
    values.push(resolved.value);
  }
  return { ok: true as const, value: values };
}

function evaluateObject(
  record: Record<string, unknown>,
  pointer: string,
  nested: EvaluateNested,
): EvaluationResult {
  const entries: [string, unknown][] = [];
  for (const [key, child] of Object.entries(record)) {
    const resolved = nested(child, joinPointer(pointer, key));
    if (!resolved.ok) return resolved;
    entries.push([key, resolved.value]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays a key, not a prototype.
  return { ok: true, value: Object.fromEntries(entries) };
}
