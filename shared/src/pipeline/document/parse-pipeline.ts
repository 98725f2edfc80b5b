import type { Diagnostic } from '../diagnostics/diagnostic';
import { readJsonText } from '../json/json-text';
import type { PipelineDocument } from '../schema/document.schema';
import { validatePipeline } from '../validate/validate-pipeline';

/**
 * A read document and everything wrong with it. `document` is the value exactly as written
 * (nothing dropped or reordered) whenever it is a JSON object, even with errors, so an editor can
 * still show it; check `hasErrors(diagnostics)` before running or exporting.
 */
export interface ParsedPipeline {
  document: PipelineDocument | null;
  diagnostics: Diagnostic[];
}

/** Reads JSON text, native or pure SageMaker, and validates it; diagnostics carry line and column. */
export function parsePipelineText(text: string): ParsedPipeline {
  const read = readJsonText(text);
  if (!read.ok) return { document: null, diagnostics: read.diagnostics };
  const parsed = parsePipelineValue(read.value);
  const diagnostics = parsed.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    ...read.locate(diagnostic.pointer),
  }));
  return { document: parsed.document, diagnostics };
}

/** Validates an already parsed JSON value. */
export function parsePipelineValue(value: unknown): ParsedPipeline {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return {
    document: isObject ? (value as PipelineDocument) : null,
    diagnostics: validatePipeline(value),
  };
}
