import { formatPropertyPath, type PathSegment } from './property-path';
import { aKindOf, listNames } from './value-text';

/** Why a path stopped: which segment (`at`, 0-based), what went wrong, and a sentence saying so. */
export interface PathFailure {
  at: number;
  kind: 'missing' | 'no-match' | 'out-of-range' | 'not-container' | 'list-needs-index';
  reason: string;
}

/** The value a path leads to, or where and why it stopped. */
export type PathResolution = { ok: true; value: unknown } | { ok: false; failure: PathFailure };

/**
 * Follows a property path through a JSON value the way SageMaker does (sagemaker-definition.md
 * §3). `.name` and `['key']` on an object are own-key lookups; `[0]` on a list is an index. A
 * string key on a list picks the element with a field ending in `Name` equal to the key, because
 * the SDK addresses `Outputs['train']` (OutputName), `FinalMetricDataList['mse']` (MetricName)
 * and `OutputParameters['x']` (Name) that way. A Lambda or Callback output is read as
 * `OutputParameters['x']` with no `.Value` (SDK `LambdaOutput.expr`), so when the last segment
 * picks a `{Name, Value}` pair the result is its Value. Only own keys count, so `constructor` or
 * `__proto__` never reach the prototype. `rootLabel` names the start in reasons ("the file").
 */
export function resolvePath(
  root: unknown,
  segments: readonly PathSegment[],
  rootLabel: string,
): PathResolution {
  let current = root;
  for (const [at, segment] of segments.entries()) {
    const where = at === 0 ? rootLabel : `"${formatPropertyPath(segments.slice(0, at))}"`;
    const fail = (kind: PathFailure['kind'], reason: string): PathResolution => ({
      ok: false,
      failure: { at, kind, reason },
    });
    if (Array.isArray(current)) {
      if (segment.kind === 'property') {
        return fail('list-needs-index', `${where} is a list: pick an element with [0] or ['name']`);
      }
      if (segment.kind === 'index') {
        if (segment.index >= current.length) {
          const count = `${current.length} element${current.length === 1 ? '' : 's'}`;
          return fail(
            'out-of-range',
            `${where} has ${count}, so [${segment.index}] is past the end`,
          );
        }
        current = current[segment.index];
        continue;
      }
      const match = current.find((element) => namesOf(element).includes(segment.key));
      if (match === undefined) {
        const names = current.flatMap((element) => namesOf(element).slice(0, 1));
        const known = names.length > 0 ? ` (names: ${listNames(names)})` : '';
        return fail('no-match', `${where} has no element named "${segment.key}"${known}`);
      }
      current = at === segments.length - 1 && isNameValuePair(match) ? match.Value : match;
      continue;
    }
    if (current === null || typeof current !== 'object') {
      return fail('not-container', `${where} is ${aKindOf(current)}, not an object or a list`);
    }
    // `[0]` on an object reads key "0": JSON files sometimes key objects by number.
    const key = segment.kind === 'index' ? String(segment.index) : keyOf(segment);
    const record = current as Record<string, unknown>;
    if (!Object.hasOwn(record, key) || record[key] === undefined) {
      return fail('missing', `${where} has no "${key}"`);
    }
    current = record[key];
  }
  return { ok: true, value: current };
}

function keyOf(segment: PathSegment & { kind: 'property' | 'key' }): string {
  return segment.kind === 'property' ? segment.name : segment.key;
}

function isNameValuePair(element: unknown): element is { Name: string; Value: unknown } {
  if (element === null || typeof element !== 'object') return false;
  const keys = Object.keys(element);
  return keys.length === 2 && keys.includes('Name') && keys.includes('Value');
}

/** The values of an element's string fields whose key ends in `Name` (OutputName, Name…). */
function namesOf(element: unknown): string[] {
  if (element === null || typeof element !== 'object' || Array.isArray(element)) return [];
  return Object.entries(element).flatMap(([key, value]) =>
    key.endsWith('Name') && typeof value === 'string' ? [value] : [],
  );
}
