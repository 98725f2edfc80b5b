import type { ExpressionValue } from '@pipewright/shared';
import { type Path, getIn, jsonEqual, setIn } from './lens';

type Raw = Record<string, unknown>;

/**
 * How one form field reads its value from a JSON object (a step, or an item of one of its lists)
 * and writes it back. `path` is where it lives, for diagnostics and focus.
 */
export interface FieldMapping<V> {
  /** What the form value is: a stored value, a list, name-value entries, text, a number, a flag. */
  kind: 'value' | 'list' | 'entries' | 'text' | 'number' | 'boolean';
  path: Path;
  read(source: Raw): V;
  write(source: Raw, value: V): Raw;
}

/** A form: one mapping per field. */
export type FormMapping<Values> = { [K in keyof Values]: FieldMapping<Values[K]> };

/** Reads every field of a form from `source`. */
export function readForm<Values>(mapping: FormMapping<Values>, source: Raw): Values {
  const values = {} as Values;
  for (const key of Object.keys(mapping) as (keyof Values)[]) {
    values[key] = mapping[key].read(source);
  }
  return values;
}

/**
 * Writes form values back into `source`. Only fields whose value differs from what `source`
 * holds are written, so unknown keys, key order and untouched fields stay exactly as they were:
 * `writeForm(m, s, readForm(m, s))` is `s` itself.
 */
export function writeForm<Values>(
  mapping: FormMapping<Values>,
  source: Raw,
  values: Partial<Values>,
): Raw {
  let result = source;
  for (const key of Object.keys(values) as (keyof Values)[]) {
    const field = mapping[key];
    const value = values[key] as Values[typeof key];
    if (!jsonEqual(field.read(result), value)) result = field.write(result, value);
  }
  return result;
}

/** A value as it is stored: a literal or an expression; undefined when absent. */
export function valueAt(path: Path): FieldMapping<ExpressionValue | undefined> {
  return {
    kind: 'value',
    path,
    read: (source) => getIn(source, path) as ExpressionValue | undefined,
    write: (source, value) => setIn(source, path, value),
  };
}

/** A list (inputs, outputs, entrypoint words…), read as `[]` when absent. */
export function listAt<Item = ExpressionValue>(path: Path): FieldMapping<Item[]> {
  return {
    kind: 'list',
    path,
    read: (source) => {
      const value = getIn(source, path);
      return Array.isArray(value) ? (value as Item[]) : [];
    },
    write: (source, value) => setIn(source, path, value),
  };
}

/** One entry of a string-keyed map such as Environment or HyperParameters. */
export type Entry = [key: string, value: ExpressionValue];

/** A map of names to values, read as ordered entries; written back as an object. */
export function entriesAt(path: Path, omit: readonly string[] = []): FieldMapping<Entry[]> {
  return {
    kind: 'entries',
    path,
    read: (source) => {
      const value = getIn(source, path);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
      return Object.entries(value as Record<string, ExpressionValue>).filter(
        ([key]) => !omit.includes(key),
      );
    },
    // Omitted keys belong to another field (sagemaker_program beside the hyperparameters): kept.
    write: (source, entries) => {
      const current = getIn(source, path);
      const kept = Object.entries((current ?? {}) as Record<string, ExpressionValue>).filter(
        ([key]) => omit.includes(key),
      );
      return setIn(source, path, Object.fromEntries([...entries, ...kept]));
    },
  };
}

/** A plain (never an expression) string, read as `''` when absent; `''` removes it. */
export function textAt(path: Path): FieldMapping<string> {
  return {
    kind: 'text',
    path,
    read: (source) => {
      const value = getIn(source, path);
      return typeof value === 'string' ? value : '';
    },
    write: (source, value) => setIn(source, path, value === '' ? undefined : value),
  };
}

/** A plain number; undefined when absent or not a number. */
export function numberAt(path: Path): FieldMapping<number | undefined> {
  return {
    kind: 'number',
    path,
    read: (source) => {
      const value = getIn(source, path);
      return typeof value === 'number' ? value : undefined;
    },
    write: (source, value) => setIn(source, path, value),
  };
}
