/**
 * Decimal number text only: SageMaker start parameters and property values arrive as strings
 * such as "6", "6.0" or "1e-3", and `Number()` alone would also accept "", "0x10" and "Infinity".
 */
const decimalNumber = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses decimal number text (surrounding whitespace allowed) into a finite number, or returns
 * `undefined` when the text is not one.
 */
export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!decimalNumber.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** A finite number as is, decimal number text parsed, anything else `undefined`. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return parseNumericText(value);
  return undefined;
}
