import { expressionKeyOf } from '../expressions/references';

/**
 * Rebuilds a JSON value with every `{"Get": "..."}` string passed through `rename`. Everything
 * else, key order included, is kept; values that do not change are returned as they were.
 */
export function mapGetStrings<T>(value: T, rename: (text: string) => string): T {
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((item) => {
      const mapped = mapGetStrings(item, rename);
      if (mapped !== item) changed = true;
      return mapped;
    });
    return (changed ? next : value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (expressionKeyOf(value) === 'Get' && typeof record.Get === 'string') {
    const renamed = rename(record.Get);
    return (renamed === record.Get ? value : { Get: renamed }) as T;
  }
  let changed = false;
  const next: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    const mapped = mapGetStrings(item, rename);
    if (mapped !== item) changed = true;
    next[key] = mapped;
  }
  return (changed ? next : value) as T;
}
