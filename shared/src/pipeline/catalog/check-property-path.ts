import { type PathSegment, formatPropertyPath } from '../expressions/property-path';
import { asRecord, leafPaths } from './list-property-paths';
import { propertyShapeOf } from './property-catalog';
import {
  type Context,
  type End,
  type PropertyPathFailure,
  declaredNames,
  fail,
  walk,
} from './walk-property-path';

export type { PropertyPathFailure } from './walk-property-path';

export type PropertyPathCheck = { ok: true } | PropertyPathFailure;

export interface PropertyPathCheckOptions {
  /**
   * `'property-file'` for the `PropertyFile` of a `Std:JsonGet` (must be
   * `PropertyFiles.<Name>`), `'value'` for any other reference (must not be). Unchecked if unset.
   */
  usage?: 'value' | 'property-file';
}

/**
 * Checks a property path (the part after `Steps.<X>.`) against the catalog of the referenced
 * step's type. With the raw step, named members are checked against what it declares: outputs,
 * inputs, input channels, property files and output parameters. Indices are accepted on lists
 * and any key on maps the service can extend (HyperParameters, Environment). A path must end at
 * a single value. Unknown step types accept any path. Never throws.
 */
export function checkPropertyPath(
  stepType: unknown,
  segments: readonly PathSegment[],
  step?: unknown,
  options: PropertyPathCheckOptions = {},
): PropertyPathCheck {
  const root = propertyShapeOf(stepType);
  if (root === undefined) return { ok: true };
  const raw = asRecord(step);
  const name = typeof raw?.Name === 'string' ? raw.Name : null;
  const subject =
    name === null ? `a ${String(stepType)} step` : `${String(stepType)} step "${name}"`;
  if (root === null) {
    return fail('unknown-property-path', `${subject} has no properties to reference`, []);
  }
  const context: Context = { root, segments, step: raw, subject, suggest: true };
  const walked = walk(context);
  if (!walked.ok) return walked;
  return checkEnd(context, walked.end, options);
}

function checkEnd(
  context: Context,
  end: End,
  options: PropertyPathCheckOptions,
): PropertyPathCheck {
  const path = formatPropertyPath(context.segments);
  if (end === 'property-file') {
    if (options.usage !== 'value') return { ok: true };
    return fail(
      'unknown-property-path',
      `"${path}" is a property file: read a value from it with Std:JsonGet`,
      [],
    );
  }
  if (end.kind === 'property-files') {
    const names = declaredNames(context, end.members) ?? [];
    return fail(
      'unknown-property-file',
      'name a property file: PropertyFiles.<PropertyFileName>',
      names.map((member) => `PropertyFiles.${member}`),
    );
  }
  if (end.kind !== 'scalar') {
    const leaves = leafPaths(end, context.segments, context.step, 5).map((entry) => entry.path);
    const what = end.kind === 'object' ? 'an object' : end.kind === 'list' ? 'a list' : 'a map';
    const example = leaves[0] ? `, e.g. "${leaves[0]}"` : '';
    return fail(
      'unknown-property-path',
      `"${path}" is ${what}, not a single value: reference one of its fields${example}`,
      leaves,
    );
  }
  if (options.usage === 'property-file') {
    const files = context.root.fields.PropertyFiles;
    const names =
      files?.kind === 'property-files' ? (declaredNames(context, files.members) ?? []) : [];
    return fail(
      'unknown-property-file',
      `a Std:JsonGet PropertyFile must reference PropertyFiles.<Name> of a Processing step, not "${path}"`,
      names.map((member) => `PropertyFiles.${member}`),
    );
  }
  return { ok: true };
}
