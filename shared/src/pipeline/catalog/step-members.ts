import { expressionKeyOf } from '../expressions/references';
import type { DeclaredMember, MemberRule, PropertyPathErrorCode, ScalarType } from './shape';

/**
 * Reads the value at `path` inside a raw step. `undefined` when something on the way is missing;
 * `null` when it cannot be known statically (an expression or a non-object on the way).
 */
function valueAt(step: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = step;
  for (const key of path) {
    if (current === undefined) return undefined;
    if (!isPlainObject(current) || expressionKeyOf(current) !== null) return null;
    current = Object.hasOwn(current, key) ? current[key] : undefined;
  }
  return current;
}

/** Names of the items of a list in the step, read from `field` of each item. */
export function namedItems(
  path: readonly string[],
  field: string,
  typeOf?: (item: Record<string, unknown>) => ScalarType | undefined,
): (step: Record<string, unknown>) => DeclaredMember[] | null {
  return (step) => {
    const items = valueAt(step, path);
    if (items === undefined) return [];
    if (!Array.isArray(items)) return null;
    const members: DeclaredMember[] = [];
    for (const item of items) {
      const name = isPlainObject(item) ? item[field] : undefined;
      if (typeof name !== 'string' || !isPlainObject(item)) return null;
      const type = typeOf?.(item);
      members.push(type ? { name, type } : { name });
    }
    return members;
  };
}

/** Keys of a map in the step, such as `Arguments.HyperParameters`. */
export function mapKeys(
  path: readonly string[],
): (step: Record<string, unknown>) => DeclaredMember[] | null {
  return (step) => {
    const value = valueAt(step, path);
    if (value === undefined) return [];
    if (!isPlainObject(value) || expressionKeyOf(value) !== null) return null;
    return Object.keys(value).map((name) => ({ name }));
  };
}

/** A rule whose members must be declared by the step. */
export function declaredBy(
  noun: string,
  declared: MemberRule['declared'],
  strict: PropertyPathErrorCode,
): MemberRule {
  return { noun, declared, strict };
}

/** A rule whose members the step may suggest but the service can add to. */
export function suggestedBy(noun: string, declared: MemberRule['declared']): MemberRule {
  return { noun, declared };
}

const outputTypes: Record<string, ScalarType> = {
  String: 'string',
  Integer: 'integer',
  Float: 'number',
  Boolean: 'boolean',
};

/** Lambda and Callback `OutputParameters: [{OutputName, OutputType}]`. */
export const outputParameters = declaredBy(
  'output parameter',
  namedItems(['OutputParameters'], 'OutputName', (item) =>
    typeof item.OutputType === 'string' && Object.hasOwn(outputTypes, item.OutputType)
      ? outputTypes[item.OutputType]
      : undefined,
  ),
  'unknown-output',
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
