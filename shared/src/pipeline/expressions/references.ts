import { joinPointer } from '../json/json-pointer';
import { type GetTarget, parseGetTarget } from './property-path';

/** The three expression functions SageMaker accepts anywhere inside step Arguments. */
export const expressionKeys = ['Get', 'Std:Join', 'Std:JsonGet'] as const;
export type ExpressionKey = (typeof expressionKeys)[number];

/** A `Get` found somewhere in a document, with where it is and what it points at. */
export interface Reference {
  /** Pointer to the `{"Get": ...}` object. */
  pointer: string;
  /** The raw `Get` string. */
  text: string;
  /** The parsed target, or why it could not be parsed. */
  target: GetTarget | null;
  parseError?: string;
  /** True when this `Get` is the `PropertyFile` of a `Std:JsonGet`. */
  asPropertyFile: boolean;
}

/** A malformed expression object, such as `{"Get": 3}` or a Join without `Values`. */
export interface MalformedExpression {
  pointer: string;
  key: ExpressionKey;
  reason: string;
}

export interface ReferenceScan {
  references: Reference[];
  malformed: MalformedExpression[];
}

/** True for an object whose single key is `Get`, `Std:Join` or `Std:JsonGet`. */
export function expressionKeyOf(value: unknown): ExpressionKey | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const key = keys[0] as ExpressionKey;
  return expressionKeys.includes(key) ? key : null;
}

/**
 * Walks any JSON value and collects every `Get` reference inside it, recursing into Join and
 * JsonGet arguments. Never throws, whatever the input.
 */
export function scanReferences(value: unknown, basePointer = ''): ReferenceScan {
  const scan: ReferenceScan = { references: [], malformed: [] };
  walk(value, basePointer, scan, false);
  return scan;
}

function walk(value: unknown, pointer: string, scan: ReferenceScan, asPropertyFile: boolean) {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, joinPointer(pointer, index), scan, false));
    return;
  }
  const record = value as Record<string, unknown>;
  switch (expressionKeyOf(value)) {
    case 'Get':
      return collectGet(record.Get, pointer, scan, asPropertyFile);
    case 'Std:Join':
      return walkJoin(record['Std:Join'], joinPointer(pointer, 'Std:Join'), scan);
    case 'Std:JsonGet':
      return walkJsonGet(record['Std:JsonGet'], joinPointer(pointer, 'Std:JsonGet'), scan);
    default:
      for (const [key, child] of Object.entries(record)) {
        walk(child, joinPointer(pointer, key), scan, false);
      }
  }
}

function collectGet(text: unknown, pointer: string, scan: ReferenceScan, asPropertyFile: boolean) {
  if (typeof text !== 'string') {
    scan.malformed.push({ pointer, key: 'Get', reason: '"Get" must be a string' });
    return;
  }
  const parsed = parseGetTarget(text);
  scan.references.push(
    parsed.ok
      ? { pointer, text, target: parsed.value, asPropertyFile }
      : { pointer, text, target: null, parseError: parsed.reason, asPropertyFile },
  );
}

function walkJoin(body: unknown, pointer: string, scan: ReferenceScan) {
  const join = asRecord(body);
  if (!join || !Array.isArray(join.Values)) {
    scan.malformed.push({
      pointer,
      key: 'Std:Join',
      reason: '"Std:Join" needs "Values", a list',
    });
    if (join) walk(join.Values, joinPointer(pointer, 'Values'), scan, false);
    return;
  }
  if (join.On !== undefined && typeof join.On !== 'string') {
    scan.malformed.push({ pointer, key: 'Std:Join', reason: '"On" must be a string' });
  }
  walk(join.Values, joinPointer(pointer, 'Values'), scan, false);
}

function walkJsonGet(body: unknown, pointer: string, scan: ReferenceScan) {
  const jsonGet = asRecord(body);
  if (!jsonGet) {
    scan.malformed.push({ pointer, key: 'Std:JsonGet', reason: '"Std:JsonGet" must be an object' });
    return;
  }
  if (typeof jsonGet.Path !== 'string') {
    scan.malformed.push({ pointer, key: 'Std:JsonGet', reason: '"Path" must be a string' });
  }
  const hasFile = jsonGet.PropertyFile !== undefined;
  const hasUri = jsonGet.S3Uri !== undefined;
  if (hasFile === hasUri) {
    scan.malformed.push({
      pointer,
      key: 'Std:JsonGet',
      reason: '"Std:JsonGet" needs exactly one of "PropertyFile" or "S3Uri"',
    });
  }
  if (hasFile) walk(jsonGet.PropertyFile, joinPointer(pointer, 'PropertyFile'), scan, true);
  if (hasUri) walk(jsonGet.S3Uri, joinPointer(pointer, 'S3Uri'), scan, false);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
