/** A path into a JSON value: object keys and array indices. */
export type Path = readonly (string | number)[];

type Json = Record<string, unknown> | unknown[];

/** The value at `path`, or undefined when any part of the way is missing. */
export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * Returns `value` with `next` at `path`, copying only the objects on the way and keeping every
 * other key. Missing containers are created (an array for a numeric key). `undefined` removes the
 * key. When nothing changes the same value comes back, so an edit that changes nothing is no edit.
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...Path];
  const container: Json =
    value !== null && typeof value === 'object'
      ? (value as Json)
      : typeof key === 'number'
        ? []
        : {};
  const current = (container as Record<string | number, unknown>)[key];
  const child = setIn(current, rest, next);
  if (Object.is(child, current) && (child !== undefined || !(key in container))) return value;
  if (Array.isArray(container)) {
    const copy = [...container];
    if (child === undefined && typeof key === 'number') copy.splice(key, 1);
    else copy[key as number] = child;
    return copy as T;
  }
  const { [key]: _removed, ...others } = container as Record<string, unknown>;
  // A removed key goes; a changed one keeps its place, so the JSON keeps its key order.
  if (child === undefined) return others as T;
  return { ...(container as Record<string, unknown>), [key]: child } as T;
}

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(b, key) &&
      jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
