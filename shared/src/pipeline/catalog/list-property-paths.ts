import { type PathSegment, formatPropertyPath } from '../expressions/property-path';
import { propertyShapeOf } from './property-catalog';
import type { DeclaredMember, MemberRule, ScalarType, Shape } from './shape';

/** What a reference resolves to: a JSON value, or a property file for `Std:JsonGet`. */
export type PropertyValueType = ScalarType | 'property-file';

/** One path an editor's reference picker can offer: `Steps.<step>.<path>`. */
export interface PropertyPathEntry {
  /** The SDK's dotted form, e.g. `ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri`. */
  path: string;
  segments: PathSegment[];
  type: PropertyValueType;
  /** A short sentence for the picker. */
  description: string;
}

/**
 * Concrete paths a `{"Get": "Steps.X.<path>"}` can use for a step type, in catalog order. With
 * the raw step, named members come from it (its outputs, inputs, metrics, output parameters,
 * property files, hyperparameter keys); without it, lists offer `[0]` and maps are left out.
 * Unknown step types and Fail steps have no entries.
 */
export function listPropertyPaths(stepType: unknown, step?: unknown): PropertyPathEntry[] {
  const shape = propertyShapeOf(stepType);
  if (!shape) return [];
  return leafPaths(shape, [], asRecord(step));
}

/** Leaf paths under `shape`, which sits at `prefix`; stops after `limit` entries. */
export function leafPaths(
  shape: Shape,
  prefix: readonly PathSegment[],
  step: Record<string, unknown> | null,
  limit = Infinity,
): PropertyPathEntry[] {
  const entries: PropertyPathEntry[] = [];
  const visit = (current: Shape, segments: PathSegment[], labels: string[]) => {
    if (entries.length >= limit) return;
    switch (current.kind) {
      case 'scalar':
        entries.push(entry(segments, current.type, current.description, labels));
        return;
      case 'object':
        for (const [name, field] of Object.entries(current.fields)) {
          visit(field, [...segments, { kind: 'property', name }], labels);
        }
        return;
      case 'list': {
        const members = current.keyField ? declared(current.members, step) : [];
        if (members.length === 0) {
          visit(
            current.item,
            [...segments, { kind: 'index', index: 0 }],
            [...labels, 'first item'],
          );
        }
        for (const member of members) {
          const label = `${current.members?.noun ?? 'item'} "${member.name}"`;
          visit(current.item, [...segments, { kind: 'key', key: member.name }], [...labels, label]);
        }
        return;
      }
      case 'map':
        for (const member of declared(current.members, step)) {
          const value: Shape =
            member.type && current.value.kind === 'scalar'
              ? { ...current.value, type: member.type }
              : current.value;
          const label = `${current.members?.noun ?? 'key'} "${member.name}"`;
          visit(value, [...segments, { kind: 'key', key: member.name }], [...labels, label]);
        }
        return;
      case 'property-files':
        for (const member of declared(current.members, step)) {
          const description = `Property file "${member.name}", read with Std:JsonGet`;
          entries.push(
            entry(
              [...segments, { kind: 'property', name: member.name }],
              'property-file',
              description,
              [],
            ),
          );
        }
        return;
    }
  };
  visit(shape, [...prefix], []);
  return entries.slice(0, limit);
}

function entry(
  segments: PathSegment[],
  type: PropertyValueType,
  description: string,
  labels: string[],
): PropertyPathEntry {
  const context = labels.length > 0 ? ` (${labels.join(', ')})` : '';
  return { path: formatPropertyPath(segments), segments, type, description: description + context };
}

function declared(rule: MemberRule | undefined, step: Record<string, unknown> | null) {
  if (!rule || !step) return [] as DeclaredMember[];
  return rule.declared(step) ?? [];
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
