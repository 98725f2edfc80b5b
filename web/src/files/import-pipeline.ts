import {
  type Diagnostic,
  type PipelineDocument,
  extensionKey,
  flattenDocument,
  migrateExtension,
  parsePipelineText,
} from '@pipewright/shared';

export type ImportResult =
  | {
      ok: true;
      document: PipelineDocument;
      /** `native` when the file carries Pipewright's extension (positions, notes, files). */
      format: 'native' | 'sagemaker';
      diagnostics: Diagnostic[];
    }
  | { ok: false; message: string; diagnostics: Diagnostic[] };

/**
 * True for a whole pipeline document (native or SageMaker): an object with a top-level `Version`
 * and a `Steps` list. Copied steps (the canvas's clipboard format) are not, so a paste of steps is
 * left to the canvas and a paste of a pipeline to the import.
 */
export function looksLikePipelineDocument(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'Version' in value &&
    Array.isArray((value as { Steps?: unknown }).Steps)
  );
}

/** Reads pasted text as a whole pipeline document, or null (steps, other text, broken JSON). */
export function pastedPipeline(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    return looksLikePipelineDocument(JSON.parse(trimmed)) ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * Reads an imported file or pasted text. Invalid JSON is refused with its line and column;
 * a pipeline with validation problems is accepted (the problems panel shows them, and the person
 * can fix them in place); JSON that is not a pipeline at all is refused.
 */
export function readPipelineText(text: string): ImportResult {
  const parsed = parsePipelineText(text);
  if (parsed.document === null) {
    const [first] = parsed.diagnostics;
    const message =
      first?.code === 'invalid-json'
        ? first.message
        : 'The file is not a pipeline: it holds JSON, but not an object.';
    return { ok: false, message, diagnostics: parsed.diagnostics };
  }
  if (!Array.isArray((parsed.document as { Steps?: unknown }).Steps)) {
    return {
      ok: false,
      message: 'The file is not a pipeline: it has no "Steps" list.',
      diagnostics: parsed.diagnostics,
    };
  }
  const extension = parsed.document[extensionKey] as unknown;
  const document = migrated(parsed.document, extension);
  return {
    ok: true,
    document,
    format: extension === undefined ? 'sagemaker' : 'native',
    diagnostics: parsed.diagnostics,
  };
}

/** Lifts an older extension format to the current one; anything else is left for validation. */
function migrated(document: PipelineDocument, extension: unknown): PipelineDocument {
  if (extension === null || typeof extension !== 'object' || Array.isArray(extension)) {
    return document;
  }
  const result = migrateExtension(extension as Record<string, unknown>);
  if (!result.ok || result.migratedFrom === undefined) return document;
  return { ...document, [extensionKey]: result.extension } as PipelineDocument;
}

/** Counts errors and warnings, for notices after an import. */
export function describeImport(fileName: string, result: Extract<ImportResult, { ok: true }>) {
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const steps = flattenDocument(result.document).length;
  const what = result.format === 'native' ? 'Pipewright document' : 'SageMaker definition';
  const problems =
    errors === 0 ? 'no errors' : `${errors} error${errors === 1 ? '' : 's'}, see Problems`;
  return `Imported ${fileName} (${what}, ${steps} step${steps === 1 ? '' : 's'}, ${problems}).`;
}
