import { joinPointer } from '../json/json-pointer';
import { type EvaluationResult, evaluationFailure } from './evaluation-context';
import type { EvaluateNested } from './json-get-evaluate';
import { aKindOf } from './value-text';

/**
 * Renders one resolved Join value as text.
 *
 * - strings as they are;
 * - numbers with `String()`: `6` → "6", `0.5` → "0.5". A Float written `6.0` in JSON is the number
 *   6 once parsed, so it renders "6" where the Python SDK would print "6.0";
 * - booleans lowercase, `true`/`false`: the service renders a condition `Outcome` that way
 *   (sagemaker-definition.md §3), unlike Python's `str(True)`;
 * - `null`, lists and objects as their JSON text (`null`, `[1,2]`, `{"a":1}`): the service works
 *   on JSON, so its JSON text is the least surprising rendering, and nothing is silently dropped.
 *
 * Values JSON cannot hold (`undefined`, functions, bigints, cycles) are reported, not guessed.
 */
export function joinText(
  value: unknown,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number') return { ok: true, text: String(value) };
  if (value === undefined) return { ok: false, reason: 'has no value' };
  try {
    const text: unknown = JSON.stringify(value);
    if (typeof text === 'string') return { ok: true, text };
  } catch {
    // Cycles and bigints land here; the message below covers them.
  }
  return { ok: false, reason: `is ${aKindOf(value)}, which cannot be written as text` };
}

/**
 * Evaluates the body of a `{"Std:Join": {"On", "Values"}}` found at `pointer`. A missing `On`
 * joins with "" (the SDK's default). The first value that cannot be resolved fails the Join,
 * with the pointer of that value.
 */
export function evaluateJoin(
  body: unknown,
  pointer: string,
  evaluateNested: EvaluateNested,
): EvaluationResult {
  const join =
    body !== null && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  if (!Array.isArray(join.Values)) {
    return evaluationFailure(pointer, '"Std:Join" needs "Values", a list');
  }
  if (join.On !== undefined && typeof join.On !== 'string') {
    return evaluationFailure(
      pointer,
      `"On" of "Std:Join" must be a string, not ${aKindOf(join.On)}`,
    );
  }
  const valuesPointer = joinPointer(pointer, 'Std:Join', 'Values');
  const texts: string[] = [];
  for (const [index, value] of join.Values.entries()) {
    const valuePointer = joinPointer(valuesPointer, index);
    const resolved = evaluateNested(value, valuePointer);
    if (!resolved.ok) return resolved;
    const text = joinText(resolved.value);
    if (!text.ok) {
      return evaluationFailure(valuePointer, `Value ${index + 1} of the Join ${text.reason}`);
    }
    texts.push(text.text);
  }
  return { ok: true, value: texts.join(join.On ?? '') };
}
