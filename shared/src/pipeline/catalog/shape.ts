/**
 * A small model of the boto "Describe" response shapes that `{"Get": "Steps.X.<path>"}` walks.
 * Only what a reference can reach is modelled: scalars, objects, lists and maps, plus the
 * members (outputs, inputs, output parameters, ...) a step declares in its own definition.
 */

/** The JSON type of a value a property path resolves to. Timestamps are strings. */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean';

/** The diagnostic codes a property path check can produce. */
export type PropertyPathErrorCode =
  'unknown-property-path' | 'unknown-output' | 'unknown-property-file';

/** A named member a step declares, such as a Processing output or a Lambda output parameter. */
export interface DeclaredMember {
  name: string;
  /** Known for Lambda/Callback output parameters (`OutputType`). */
  type?: ScalarType;
}

/** How the members of a list or map relate to what the raw step declares. */
export interface MemberRule {
  /** What the members are called in messages: "output", "input channel", ... */
  noun: string;
  /**
   * The members the step declares, `[]` if it declares none, or `null` when they cannot be
   * known (built from an expression, malformed): then every name is accepted.
   */
  declared: (step: Record<string, unknown>) => DeclaredMember[] | null;
  /** Set when a member the step does not declare cannot exist at run time. */
  strict?: PropertyPathErrorCode;
}

export type Shape =
  | { kind: 'scalar'; type: ScalarType; description: string }
  | { kind: 'object'; fields: Readonly<Record<string, Shape>> }
  | {
      kind: 'list';
      item: Shape;
      /** The item field a string key selects by: `Outputs['train']` matches `OutputName`. */
      keyField?: string;
      members?: MemberRule;
    }
  | { kind: 'map'; value: Shape; members?: MemberRule }
  /** `PropertyFiles.<Name>` on Processing steps: only usable as a Std:JsonGet PropertyFile. */
  | { kind: 'property-files'; members: MemberRule };

export type ObjectShape = Extract<Shape, { kind: 'object' }>;

export const str = (description: string): Shape => ({
  kind: 'scalar',
  type: 'string',
  description,
});
export const int = (description: string): Shape => ({
  kind: 'scalar',
  type: 'integer',
  description,
});
export const num = (description: string): Shape => ({
  kind: 'scalar',
  type: 'number',
  description,
});
export const bool = (description: string): Shape => ({
  kind: 'scalar',
  type: 'boolean',
  description,
});
export const time = (description: string): Shape => str(`${description} (timestamp)`);
export const obj = (fields: Record<string, Shape>): ObjectShape => ({ kind: 'object', fields });
export const list = (
  item: Shape,
  options: { keyField?: string; members?: MemberRule } = {},
): Shape => ({ kind: 'list', item, ...options });
export const map = (value: Shape, members?: MemberRule): Shape =>
  members ? { kind: 'map', value, members } : { kind: 'map', value };
export const strings = (description: string): Shape => list(str(description));

/** A field of an object shape, never one inherited from `Object.prototype`. */
export function fieldOf(shape: ObjectShape, name: string): Shape | undefined {
  return Object.hasOwn(shape.fields, name) ? shape.fields[name] : undefined;
}
