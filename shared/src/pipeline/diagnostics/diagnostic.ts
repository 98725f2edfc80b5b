/** How bad a problem is: errors block running and export, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a pipeline document. Validation never throws: it returns a list of these.
 * `code` is stable across releases so tools and tests can match on it; `pointer` is an RFC 6901
 * JSON pointer into the document as written (nested branch steps included).
 */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** RFC 6901 pointer to the offending value, `''` for the whole document. */
  pointer: string;
  /** The step the problem belongs to, when there is one. */
  stepName?: string;
  /** A sentence a person understands: what is wrong, and where. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** 1-based line and column, for problems found while reading JSON text. */
  line?: number;
  column?: number;
}

/** Every diagnostic code Pipewright emits. Codes are never renamed or reused. */
export const diagnosticCodes = [
  'invalid-json',
  'invalid-shape',
  'unsupported-version',
  'duplicate-step-name',
  'invalid-step-name',
  'invalid-parameter-name',
  'duplicate-parameter-name',
  'unknown-step-type',
  'unknown-step',
  'unknown-parameter',
  'unknown-execution-variable',
  'unknown-property-file',
  'unknown-output',
  'unknown-property-path',
  'invalid-expression',
  'dependency-cycle',
  'self-dependency',
  'step-in-both-branches',
  'fail-step-referenced',
  'fail-step-depended-on',
  'parameter-default-type',
  'parameter-default-not-in-enum',
  'parameter-enum-type',
  'invalid-expire-after',
  'invalid-retry-policy',
  'not-runnable-locally',
  'invalid-extension',
] as const;

export type DiagnosticCode = (typeof diagnosticCodes)[number];

/** True when any diagnostic in the list is an error (warnings allowed). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
