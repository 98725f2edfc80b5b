/**
 * Parsing of `Get` targets: `Parameters.X`, `Execution.X`, `PipelineExperimentConfig.X` and
 * `Steps.<name>.<property path>`, where a property path is the SDK's dotted form with `[0]` and
 * `['key']` members (sagemaker-definition.md §3).
 */

/** One member access in a property path. */
export type PathSegment =
  | { kind: 'property'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'key'; key: string };

/** What a `Get` string points at. */
export type GetTarget =
  | { root: 'Parameters'; name: string }
  | { root: 'Execution'; variable: string }
  | { root: 'PipelineExperimentConfig'; field: string }
  | { root: 'Steps'; stepName: string; path: PathSegment[] };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

// `-` is allowed: property file names are user names (`PropertyFiles.my-property-file` is real
// SDK output), and no Describe field contains one, so the catalog still rejects wrong names.
const identifier = /^[A-Za-z_][A-Za-z0-9_-]*/;

/** Parses a property path such as `Outputs['train'].S3Output.S3Uri` into segments. */
export function parsePropertyPath(text: string): ParseResult<PathSegment[]> {
  const parsed = parseDottedPath(text, identifier, 'a property name');
  if (parsed.ok && parsed.value.length === 0)
    return { ok: false, reason: 'the property path is empty' };
  return parsed;
}

/**
 * The dotted form shared by property paths and JsonGet paths: names separated by `.`, with
 * `[0]` and `['key']` members. `name` says what a name may be, `what` names it in errors.
 */
export function parseDottedPath(
  text: string,
  name: RegExp,
  what: string,
): ParseResult<PathSegment[]> {
  const segments: PathSegment[] = [];
  let rest = text;
  let expectDot = false;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const member = parseBracket(rest);
      if (!member.ok) return member;
      segments.push(member.value.segment);
      rest = rest.slice(member.value.length);
      expectDot = true;
      continue;
    }
    if (expectDot) {
      if (!rest.startsWith('.')) {
        return { ok: false, reason: `expected "." or "[" before "${rest}"` };
      }
      rest = rest.slice(1);
    }
    const found = name.exec(rest)?.[0];
    if (!found) return { ok: false, reason: `expected ${what} at "${rest}"` };
    segments.push({ kind: 'property', name: found });
    rest = rest.slice(found.length);
    expectDot = true;
  }
  return { ok: true, value: segments };
}

/**
 * Parses one `[0]`, `['key']` or `["key"]` member at the start of `text`, returning the segment and
 * how many characters it used. Shared with the lenient JsonGet path parser.
 */
export function parseBracket(text: string): ParseResult<{ segment: PathSegment; length: number }> {
  const index = /^\[(\d+)\]/.exec(text);
  if (index?.[1] !== undefined) {
    return {
      ok: true,
      value: { segment: { kind: 'index', index: Number(index[1]) }, length: index[0].length },
    };
  }
  const key = /^\[(['"])(.*?)\1\]/.exec(text);
  if (key?.[2] !== undefined) {
    return {
      ok: true,
      value: { segment: { kind: 'key', key: key[2] }, length: key[0].length },
    };
  }
  return { ok: false, reason: `expected [number] or ['key'] at "${text}"` };
}

/** Parses the string of a `{"Get": "..."}` expression. */
export function parseGetTarget(text: string): ParseResult<GetTarget> {
  const dot = text.indexOf('.');
  if (dot < 0) {
    return {
      ok: false,
      reason: `"${text}" has no root: expected Parameters., Execution., Steps. or PipelineExperimentConfig.`,
    };
  }
  const root = text.slice(0, dot);
  const rest = text.slice(dot + 1);
  switch (root) {
    case 'Parameters':
      return rest ? { ok: true, value: { root, name: rest } } : missing('a parameter name');
    case 'Execution':
      return rest ? { ok: true, value: { root, variable: rest } } : missing('a variable name');
    case 'PipelineExperimentConfig':
      return rest ? { ok: true, value: { root, field: rest } } : missing('a field name');
    case 'Steps':
      return parseStepTarget(rest);
    default:
      return {
        ok: false,
        reason: `"${root}" is not a reference root: expected Parameters, Execution, Steps or PipelineExperimentConfig`,
      };
  }
}

function parseStepTarget(text: string): ParseResult<GetTarget> {
  const dot = text.indexOf('.');
  const stepName = dot < 0 ? text : text.slice(0, dot);
  if (!stepName) return missing('a step name');
  if (dot < 0)
    return { ok: false, reason: `the reference to step "${stepName}" names no property` };
  const path = parsePropertyPath(text.slice(dot + 1));
  if (!path.ok) return path;
  return { ok: true, value: { root: 'Steps', stepName, path: path.value } };
}

function missing(what: string): ParseResult<never> {
  return { ok: false, reason: `the reference is missing ${what}` };
}

/** Formats segments back into the SDK's dotted form. */
export function formatPropertyPath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, position) => {
      if (segment.kind === 'index') return `[${segment.index}]`;
      if (segment.kind === 'key') return `['${segment.key}']`;
      return position === 0 ? segment.name : `.${segment.name}`;
    })
    .join('');
}
