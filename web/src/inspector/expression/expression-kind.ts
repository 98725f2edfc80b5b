import type { ExpressionValue } from '@pipewright/shared';

/** How the inspector edits a value: a literal, a `Get`, a Join, a JsonGet, or only in JSON. */
export type ExpressionKind = 'literal' | 'get' | 'join' | 'json-get' | 'other';

type Value = ExpressionValue | undefined;

export function expressionKind(value: Value): ExpressionKind {
  if (value === undefined || value === null || typeof value !== 'object') return 'literal';
  if (Array.isArray(value)) return 'other';
  const keys = Object.keys(value);
  if (keys.length !== 1) return 'other';
  const inner = (value as Record<string, unknown>)[keys[0] as string];
  switch (keys[0]) {
    case 'Get':
      return typeof inner === 'string' ? 'get' : 'other';
    case 'Std:Join':
      return isRecord(inner) && Array.isArray(inner.Values) ? 'join' : 'other';
    case 'Std:JsonGet':
      return isRecord(inner) ? 'json-get' : 'other';
    default:
      return 'other';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A literal as the text of an input: numbers and booleans written as JSON writes them. */
export function literalText(value: Value): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

/** What a literal is, for the "any" fields (condition operands) that let a person choose. */
export type LiteralType = 'string' | 'number' | 'boolean';

export function literalTypeOf(value: Value): LiteralType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

const numberPattern = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The number a text spells, or undefined when it spells none (`1.`, `-` while typing). */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return numberPattern.test(trimmed) ? Number(trimmed) : undefined;
}

/** A literal converted to another literal type, keeping what can be kept. */
export function convertLiteral(value: Value, type: LiteralType): ExpressionValue {
  const text = literalText(value);
  switch (type) {
    case 'number':
      return parseNumber(text) ?? 0;
    case 'boolean':
      return text.toLowerCase() === 'true';
    default:
      return text;
  }
}
