import {
  type Node as JsonNode,
  type ParseError,
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { parsePointer } from './json-pointer';

/** 1-based line and column of a place in JSON text. */
export interface TextPosition {
  line: number;
  column: number;
}

export type JsonTextResult =
  | { ok: true; value: unknown; locate: (pointer: string) => TextPosition | undefined }
  | { ok: false; diagnostics: Diagnostic[] };

const readableErrors: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a missing property name (keys must be in double quotes)',
  ValueExpected: 'a missing value',
  ColonExpected: 'a missing ":"',
  CommaExpected: 'a missing ","',
  CloseBraceExpected: 'a missing "}"',
  CloseBracketExpected: 'a missing "]"',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidCommentToken: 'a comment (JSON has no comments)',
  UnexpectedEndOfComment: 'an unfinished comment',
  UnexpectedEndOfString: 'an unfinished string',
  UnexpectedEndOfNumber: 'an unfinished number',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape sequence',
  InvalidCharacter: 'a control character inside a string',
};

/**
 * Reads JSON text strictly (no comments, no trailing commas). On failure every syntax error is a
 * diagnostic with line and column; on success `locate` maps a JSON pointer back to its place in
 * the text, so later diagnostics can say where they are too.
 */
export function readJsonText(text: string): JsonTextResult {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree === undefined) {
    const found = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 } as ParseError];
    return { ok: false, diagnostics: found.map((error) => syntaxDiagnostic(text, error)) };
  }
  // JSON.parse builds the value: it keeps `__proto__` as an ordinary key, and jsonc-parser's
  // tree is only for positions.
  const value: unknown = JSON.parse(text);
  return { ok: true, value, locate: (pointer) => locatePointer(text, tree, pointer) };
}

function syntaxDiagnostic(text: string, error: ParseError): Diagnostic {
  const position = positionAt(text, error.offset);
  const name = printParseErrorCode(error.error);
  const what = text.trim() === '' ? 'nothing: the text is empty' : (readableErrors[name] ?? name);
  return {
    severity: 'error',
    code: 'invalid-json',
    pointer: '',
    message: `The text is not valid JSON: line ${position.line}, column ${position.column} has ${what}.`,
    hint: 'Fix the JSON syntax there; a pipeline file is one JSON object.',
    ...position,
  };
}

function locatePointer(text: string, tree: JsonNode, pointer: string): TextPosition | undefined {
  const path = parsePointer(pointer).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
  // Walk up until a node exists: a missing key is reported at its parent object.
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node) {
      const keyNode = node.parent?.type === 'property' ? node.parent : node;
      return positionAt(text, keyNode.offset);
    }
  }
  return undefined;
}

/** Converts a character offset into a 1-based line and column. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
