import { joinPointer } from '../json/json-pointer';
import {
  callLoader,
  type EvaluationContext,
  type EvaluationResult,
  evaluationFailure,
} from './evaluation-context';
import { parseJsonGetPath } from './json-get-path';
import { resolvePath } from './path-resolve';
import { parseGetTarget } from './property-path';
import { aKindOf } from './value-text';

/** Evaluates a nested value (the `S3Uri` may itself be a Join); passed in to avoid an import cycle. */
export type EvaluateNested = (value: unknown, pointer: string) => EvaluationResult;

/** A JSON document to read from, and how to name it in messages. */
type Source =
  { ok: true; content: unknown; label: string } | { ok: false; result: EvaluationResult };

/**
 * Evaluates the body of a `{"Std:JsonGet": {...}}` found at `pointer`: loads the property file or
 * the S3 JSON through the context, then follows `Path` with the lenient JsonGet path rules.
 */
export function evaluateJsonGet(
  body: unknown,
  context: EvaluationContext,
  pointer: string,
  evaluateNested: EvaluateNested,
): EvaluationResult {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return evaluationFailure(pointer, '"Std:JsonGet" must be an object with "Path" and a file');
  }
  const jsonGet = body as Record<string, unknown>;
  const bodyPointer = joinPointer(pointer, 'Std:JsonGet');
  if (typeof jsonGet.Path !== 'string') {
    return evaluationFailure(pointer, '"Std:JsonGet" needs "Path", a string');
  }
  const path = parseJsonGetPath(jsonGet.Path);
  if (!path.ok) {
    return evaluationFailure(
      pointer,
      `The JsonGet path "${jsonGet.Path}" is not valid: ${path.reason}`,
    );
  }
  const hasFile = jsonGet.PropertyFile !== undefined;
  if (hasFile === (jsonGet.S3Uri !== undefined)) {
    return evaluationFailure(
      pointer,
      '"Std:JsonGet" needs exactly one of "PropertyFile" or "S3Uri"',
    );
  }
  const source = hasFile
    ? loadPropertyFile(jsonGet.PropertyFile, context, joinPointer(bodyPointer, 'PropertyFile'))
    : loadS3Json(jsonGet.S3Uri, context, joinPointer(bodyPointer, 'S3Uri'), evaluateNested);
  if (!source.ok) return source.result;
  const resolved = resolvePath(source.content, path.value, 'the file');
  if (resolved.ok) return resolved;
  const { failure } = resolved;
  const base = `${source.label} has no "${jsonGet.Path}"`;
  return evaluationFailure(
    pointer,
    failure.at === 0 && failure.kind === 'missing' ? base : `${base}: ${failure.reason}`,
  );
}

function loadPropertyFile(reference: unknown, context: EvaluationContext, pointer: string): Source {
  const fail = (message: string): Source => ({
    ok: false,
    result: evaluationFailure(pointer, message),
  });
  const file = propertyFileTarget(reference);
  if (file === undefined) {
    return fail('"PropertyFile" must be {"Get": "Steps.<Step>.PropertyFiles.<Name>"}');
  }
  const what = `property file "${file.fileName}" of step "${file.stepName}"`;
  const label = `Property file "${file.fileName}" of step "${file.stepName}"`;
  const loaded = callLoader(context.propertyFile, [file.stepName, file.fileName], what);
  if (!loaded.ok) return fail(loaded.message);
  if (loaded.value === undefined) {
    return fail(`${label} has no content: the step has not run or did not write it`);
  }
  return { ok: true, content: loaded.value, label };
}

function loadS3Json(
  uriValue: unknown,
  context: EvaluationContext,
  pointer: string,
  evaluateNested: EvaluateNested,
): Source {
  const uri = evaluateNested(uriValue, pointer);
  if (!uri.ok) return { ok: false, result: uri };
  const fail = (message: string): Source => ({
    ok: false,
    result: evaluationFailure(pointer, message),
  });
  if (typeof uri.value !== 'string') {
    return fail(`"S3Uri" must give a string, not ${aKindOf(uri.value)}`);
  }
  const label = `The JSON at "${uri.value}"`;
  const loaded = callLoader(context.readJson, [uri.value], `the JSON at "${uri.value}"`);
  if (!loaded.ok) return fail(loaded.message);
  if (loaded.value === undefined) return fail(`No JSON could be read at "${uri.value}"`);
  return { ok: true, content: loaded.value, label };
}

/**
 * The step and file a `PropertyFile` names. The SDK writes
 * `{"Get": "Steps.<Step>.PropertyFiles.<Name>"}`; the schema also allows that text bare.
 */
function propertyFileTarget(
  reference: unknown,
): { stepName: string; fileName: string } | undefined {
  const text =
    reference !== null && typeof reference === 'object'
      ? (reference as Record<string, unknown>).Get
      : reference;
  if (typeof text !== 'string') return undefined;
  const target = parseGetTarget(text);
  if (!target.ok || target.value.root !== 'Steps') return undefined;
  const [files, name, ...rest] = target.value.path;
  if (files?.kind !== 'property' || files.name !== 'PropertyFiles') return undefined;
  if (name?.kind !== 'property' || rest.length > 0) return undefined;
  return { stepName: target.value.stepName, fileName: name.name };
}
