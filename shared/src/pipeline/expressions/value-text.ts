/** Longest rendering of a value inside a message before it is cut short. */
const maxLength = 80;

/**
 * Renders a value for a message a person reads: JSON text (strings quoted, so `"6"` and `6` look
 * different), cut short past 80 characters. Never throws, even on values JSON cannot hold.
 */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = safeString(value);
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** The kind of a value in words used by messages: `string`, `number`, `list`, `object`… */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/** The kind of a value with its article, for sentences: `a string`, `an object`, `null`. */
export function aKindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  const kind = kindOf(value);
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/** Lists quoted names for a message: `"a", "b", "c"` and a count of the rest past `limit`. */
export function listNames(names: readonly string[], limit = 8): string {
  const shown = names.slice(0, limit).map((name) => JSON.stringify(name));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return `${aKindOf(value)}`;
  }
}
