import {
  type Diagnostic,
  type PipelineDocument,
  readJsonText,
  serializePipeline,
} from '@pipewright/shared';
import { readPipelineText } from '../files/import-pipeline';

const texts = new WeakMap<PipelineDocument, string>();

/** The editor text of a document, computed once per document value. */
export function documentText(document: PipelineDocument): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = serializePipeline(document);
    texts.set(document, text);
  }
  return text;
}

export type EditorTextResult =
  /** Broken JSON or not a pipeline: nothing is applied, the document stays as it was. */
  | { kind: 'rejected'; message: string; diagnostics: Diagnostic[] }
  /** The same document (only spacing or formatting changed): no edit to record. */
  | { kind: 'unchanged' }
  | { kind: 'changed'; document: PipelineDocument };

/**
 * What typed JSON means for the document. Only a whole pipeline (an object with a `Steps` list)
 * replaces it, even with validation errors, which the problems panel then lists; anything less
 * would wipe the canvas because of a half-typed edit.
 */
export function readEditorText(text: string, current: PipelineDocument): EditorTextResult {
  const result = readPipelineText(text);
  if (!result.ok) {
    return {
      kind: 'rejected',
      message: `${result.message} The canvas keeps the last valid document.`,
      diagnostics: result.diagnostics,
    };
  }
  if (serializePipeline(result.document) === documentText(current)) return { kind: 'unchanged' };
  return { kind: 'changed', document: result.document };
}

export interface TextMarker {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
}

/** Places the document's diagnostics in its text, to underline them in the editor. */
export function markersFor(text: string, diagnostics: readonly Diagnostic[]): TextMarker[] {
  if (diagnostics.length === 0) return [];
  const read = readJsonText(text);
  if (!read.ok) return [];
  return diagnostics.flatMap((diagnostic) => {
    const place = read.locate(diagnostic.pointer);
    return place ? [{ severity: diagnostic.severity, message: diagnostic.message, ...place }] : [];
  });
}

/** Syntax errors carry their own line and column. */
export function syntaxMarkers(diagnostics: readonly Diagnostic[]): TextMarker[] {
  return diagnostics.flatMap((diagnostic) =>
    diagnostic.line !== undefined && diagnostic.column !== undefined
      ? [
          {
            severity: diagnostic.severity,
            message: diagnostic.message,
            line: diagnostic.line,
            column: diagnostic.column,
          },
        ]
      : [],
  );
}
