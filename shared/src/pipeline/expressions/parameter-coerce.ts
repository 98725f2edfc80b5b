import type { ParameterType, ParameterValue } from '../schema/parameter.schema';
import { asNumber } from './numeric-text';
import { aKindOf, showValue } from './value-text';

/** A value in the parameter's type, or a hint saying what to give instead. */
export type Coercion = { ok: true; value: ParameterValue } | { ok: false; hint: string };

/**
 * Turns a supplied value into the parameter's type. Values arrive either typed (JSON from the UI
 * or local mode) or as text (SageMaker's `StartPipelineExecution` sends every Value as a string,
 * the SDK writing them with Python's `str()`), so:
 * - Integer: a whole number, or its text ("1", "1.0", "1e3"); within the safe integer range so no
 *   digit is silently lost;
 * - Float: any finite number, or its text ("6.0", "-0.5", "1e-3"); not "NaN" or "Infinity";
 * - Boolean: true/false, or "true"/"false" in any case (Python sends "True"/"False");
 * - String: text only. A number is refused rather than stringified, because `5` and `"5.0"` are
 *   different strings and guessing would hide a mistake.
 */
export function coerceParameterValue(type: ParameterType, value: unknown): Coercion {
  switch (type) {
    case 'String':
      return typeof value === 'string'
        ? { ok: true, value }
        : { ok: false, hint: stringHint(value) };
    case 'Integer': {
      const number = asNumber(value);
      return number !== undefined && Number.isSafeInteger(number)
        ? { ok: true, value: number }
        : { ok: false, hint: 'Give a whole number such as 1.' };
    }
    case 'Float': {
      const number = asNumber(value);
      return number !== undefined
        ? { ok: true, value: number }
        : { ok: false, hint: 'Give a number such as 6.0.' };
    }
    case 'Boolean': {
      const text = typeof value === 'string' ? value.toLowerCase() : value;
      if (text === true || text === 'true') return { ok: true, value: true };
      if (text === false || text === 'false') return { ok: true, value: false };
      return { ok: false, hint: 'Give true or false.' };
    }
  }
}

/** A supplied value as a message shows it: `"abc"`, `the number 5`, `a list [1]`. */
export function describeSupplied(value: unknown): string {
  if (typeof value === 'string') return showValue(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `the ${typeof value} ${String(value)}`;
  }
  if (value === null || value === undefined) return aKindOf(value);
  return `${aKindOf(value)} ${showValue(value)}`;
}

function stringHint(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') {
    return `Write it as text: "${String(value)}".`;
  }
  return 'Give text, such as "abc".';
}
