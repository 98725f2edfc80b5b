/**
 * Walks a property path through the catalog's shapes, one segment at a time, and explains the
 * first segment that cannot resolve, with corrected paths to offer.
 */

import { type PathSegment, formatPropertyPath } from '../expressions/property-path';
import { leafPaths } from './list-property-paths';
import {
  type MemberRule,
  type ObjectShape,
  type PropertyPathErrorCode,
  type Shape,
  fieldOf,
} from './shape';
import { byCloseness, closestNames, quotedList } from './suggest';

export type PropertyPathFailure = {
  ok: false;
  code: PropertyPathErrorCode;
  /** What is wrong, as a sentence fragment a message can embed. */
  reason: string;
  /** Corrected property paths (the part after `Steps.<X>.`), best first. */
  suggestions: string[];
};

/** One path being checked against one step. */
export interface Context {
  root: ObjectShape;
  segments: readonly PathSegment[];
  step: Record<string, unknown> | null;
  /** `Processing step "Prep"` or `a Processing step`. */
  subject: string;
  /** False while trying out corrected paths, which need no suggestions of their own. */
  suggest: boolean;
}

export type End = Shape | 'property-file';
export type Walked = { ok: true; end: End } | PropertyPathFailure;

/** Follows every segment; where the path ends (a shape or a property file), or the first problem. */
export function walk(context: Context): Walked {
  if (context.segments.length === 0) {
    return fail('unknown-property-path', 'the reference names no property', []);
  }
  let shape: Shape = context.root;
  for (let at = 0; at < context.segments.length; at++) {
    const next = enter(context, shape, at);
    if (next === 'property-file') {
      if (at === context.segments.length - 1) return { ok: true, end: next };
      const file = formatPropertyPath(context.segments.slice(0, at + 1));
      return fail(
        'unknown-property-path',
        `"${file}" is a property file: read values from it with Std:JsonGet's "Path", not by extending the reference`,
        [file],
      );
    }
    if ('ok' in next) return next;
    shape = next;
  }
  return { ok: true, end: shape };
}

/** Moves from `shape` through `segments[at]`: the child shape, or why that is not possible. */
function enter(context: Context, shape: Shape, at: number): End | PropertyPathFailure {
  const segment = context.segments[at] as PathSegment;
  const here = formatPropertyPath(context.segments.slice(0, at));
  const location = at === 0 ? context.subject : `"${here}"`;
  switch (shape.kind) {
    case 'scalar':
      return fail(
        'unknown-property-path',
        `"${here}" is a ${shape.type} and has no member "${formatPropertyPath([segment])}"`,
        [here],
      );
    case 'object': {
      if (segment.kind !== 'property') {
        const asField = segment.kind === 'key' && fieldOf(shape, segment.key) ? segment.key : null;
        return fail(
          'unknown-property-path',
          `${location} is an object: name one of its fields instead of "${formatPropertyPath([segment])}"`,
          asField
            ? suggestions(context, at, [[{ kind: 'property', name: asField }]])
            : completions(context, at),
        );
      }
      const field = fieldOf(shape, segment.name);
      if (field) return field;
      if (at === 0 && segment.name === 'PropertyFiles') {
        return fail(
          'unknown-property-file',
          `${context.subject} has no property files: only Processing steps declare them`,
          [],
        );
      }
      const close = closestNames(segment.name, Object.keys(shape.fields));
      const hint = close[0] ? `; did you mean "${close[0]}"?` : '';
      return fail(
        'unknown-property-path',
        `"${segment.name}" is not a property of ${location}${hint}`,
        suggestions(
          context,
          at,
          close.map((name) => [{ kind: 'property', name }]),
        ),
      );
    }
    case 'list':
      return enterList(context, shape, at, segment, here);
    case 'map': {
      if (segment.kind === 'key') {
        return checkMember(context, shape.members, at, segment.key) ?? shape.value;
      }
      const wanted = segment.kind === 'property' ? segment.name : String(segment.index);
      const names = byCloseness(wanted, declaredNames(context, shape.members) ?? [wanted]);
      return fail(
        'unknown-property-path',
        `"${here}" is keyed by name: use ${here}['<name>']`,
        suggestions(
          context,
          at,
          names.map((key) => [{ kind: 'key', key }]),
        ),
      );
    }
    case 'property-files': {
      if (segment.kind === 'index') {
        return fail(
          'unknown-property-path',
          'name a property file: PropertyFiles.<PropertyFileName>',
          [],
        );
      }
      const name = segment.kind === 'key' ? segment.key : segment.name;
      const problem = checkMember(context, shape.members, at, name);
      if (problem) return problem;
      if (segment.kind === 'key') {
        return fail(
          'unknown-property-path',
          `property files are named with a dot: PropertyFiles.${name}`,
          [`PropertyFiles.${name}`],
        );
      }
      return 'property-file';
    }
  }
}

function enterList(
  context: Context,
  shape: Extract<Shape, { kind: 'list' }>,
  at: number,
  segment: PathSegment,
  here: string,
): Shape | PropertyPathFailure {
  const names = shape.keyField ? declaredNames(context, shape.members) : null;
  const memberSegments = (): PathSegment[] =>
    names && names.length > 0 && shape.keyField
      ? names.map((key) => ({ kind: 'key', key }))
      : [{ kind: 'index', index: 0 }];
  if (segment.kind === 'index') {
    const rule = shape.members;
    if (rule?.strict && names && segment.index >= names.length) {
      const count = names.length === 0 ? 'no' : `only ${names.length}`;
      return fail(
        rule.strict,
        `${context.subject} declares ${count} ${plural(rule.noun, names.length)}, so "${here}[${segment.index}]" does not exist`,
        suggestions(
          context,
          at,
          memberSegments().map((member) => [member]),
        ),
      );
    }
    return shape.item;
  }
  if (segment.kind === 'key') {
    if (!shape.keyField) {
      return fail(
        'unknown-property-path',
        `"${here}" is a list: select an item by position, e.g. "${here}[0]"`,
        suggestions(context, at, [[{ kind: 'index', index: 0 }]]),
      );
    }
    return checkMember(context, shape.members, at, segment.key) ?? shape.item;
  }
  const byName = shape.keyField ? ` or by ${shape.keyField} with ['<name>']` : '';
  return fail(
    'unknown-property-path',
    `"${here}" is a list: select an item with [0]${byName} before ".${segment.name}"`,
    suggestions(
      context,
      at,
      memberSegments().map((member) => [member, segment]),
    ),
  );
}

/** Null when `name` is a member the step may have, else why not. */
function checkMember(
  context: Context,
  rule: MemberRule | undefined,
  at: number,
  name: string,
): PropertyPathFailure | null {
  if (!rule?.strict) return null;
  const names = declaredNames(context, rule);
  if (names === null || names.includes(name)) return null;
  const declared =
    names.length === 0
      ? `it declares no ${plural(rule.noun, 0)}`
      : `its ${plural(rule.noun, names.length)} ${names.length === 1 ? 'is' : 'are'} ${quotedList(names)}`;
  const segment = context.segments[at] as PathSegment;
  const replace = (member: string): PathSegment =>
    segment.kind === 'key' ? { kind: 'key', key: member } : { kind: 'property', name: member };
  return fail(
    rule.strict,
    `${context.subject} has no ${rule.noun} named "${name}"; ${declared}`,
    suggestions(
      context,
      at,
      byCloseness(name, names).map((member) => [replace(member)]),
    ),
  );
}

/** Names the step declares for `rule`; null when unknowable or no step was given. */
export function declaredNames(context: Context, rule: MemberRule | undefined): string[] | null {
  if (!rule || !context.step) return null;
  return rule.declared(context.step)?.map((member) => member.name) ?? null;
}

/**
 * Corrected paths: `segments[at]` replaced by each candidate, keeping the rest of the path when
 * the result is complete, else offering the first value paths under the candidate.
 */
function suggestions(context: Context, at: number, candidates: PathSegment[][]): string[] {
  if (!context.suggest) return [];
  const found = new Set<string>();
  const before = context.segments.slice(0, at);
  const after = context.segments.slice(at + 1);
  for (const candidate of candidates) {
    const replaced = [...before, ...candidate, ...after];
    const trial = walk({ ...context, segments: replaced, suggest: false });
    if (trial.ok && (trial.end === 'property-file' || trial.end.kind === 'scalar')) {
      found.add(formatPropertyPath(replaced));
      continue;
    }
    const partial = walk({ ...context, segments: [...before, ...candidate], suggest: false });
    if (partial.ok && partial.end !== 'property-file') {
      for (const entry of leafPaths(partial.end, [...before, ...candidate], context.step, 2)) {
        found.add(entry.path);
      }
    }
  }
  return [...found].slice(0, 5);
}

/** The first value paths under the shape reached before `segments[at]`. */
function completions(context: Context, at: number): string[] {
  if (!context.suggest) return [];
  const before = context.segments.slice(0, at);
  if (before.length === 0) return leafPaths(context.root, [], context.step, 3).map((e) => e.path);
  const reached = walk({ ...context, segments: before, suggest: false });
  if (!reached.ok || reached.end === 'property-file') return [];
  return leafPaths(reached.end, before, context.step, 3).map((entry) => entry.path);
}

function plural(noun: string, count: number): string {
  return count === 1 ? noun : `${noun}s`;
}

export function fail(
  code: PropertyPathErrorCode,
  reason: string,
  suggestions: string[],
): PropertyPathFailure {
  return { ok: false, code, reason, suggestions };
}
