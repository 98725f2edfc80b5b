import type { ParameterValue } from '../schema/parameter.schema';
import type { ExecutionVariable } from './execution-variables';

/**
 * Everything an expression can read while a run is evaluated. The engine does no IO: the caller
 * loads step descriptions, property files and S3 JSON beforehand and hands them over through
 * these functions. A function returning `undefined` means "not available"; one that throws is
 * caught and reported as an evaluation error.
 */
export interface EvaluationContext {
  /** Typed parameter values, usually from `resolveParameterValues`. */
  parameters: Readonly<Record<string, ParameterValue>>;
  /** Values of the execution variables known for this run (local mode has no job names). */
  execution: Readonly<Partial<Record<ExecutionVariable, string>>>;
  /**
   * The run's resolved `PipelineExperimentConfig` (evaluate the document's own config with
   * `evaluateExpression` first); `undefined` when the pipeline has none (`null` in the JSON).
   */
  experimentConfig?: Readonly<Partial<Record<ExperimentConfigField, string>>>;
  /** The step's Describe-shaped JSON (DescribeTrainingJob…, `{Outcome}` for a Condition step). */
  stepProperties?: (stepName: string) => unknown;
  /** Parsed content of a step's property file, preloaded by the caller. */
  propertyFile?: (stepName: string, propertyFileName: string) => unknown;
  /** Parsed JSON at an S3 URI, for `Std:JsonGet` with `S3Uri`. */
  readJson?: (s3Uri: string) => unknown;
}

/** The two fields `{"Get": "PipelineExperimentConfig.<Field>"}` can read. */
export const experimentConfigFields = ['ExperimentName', 'TrialName'] as const;
/** `ExperimentName` or `TrialName`. */
export type ExperimentConfigField = (typeof experimentConfigFields)[number];

/** Where evaluation failed (RFC 6901 pointer to the failing expression) and why, in a sentence. */
export interface EvaluationError {
  pointer: string;
  message: string;
}

/** The outcome of evaluating a value: the value with every expression replaced, or an error. */
export type EvaluationResult = { ok: true; value: unknown } | { ok: false; error: EvaluationError };

/** Builds a failed result. */
export function evaluationFailure(pointer: string, message: string): EvaluationResult {
  return { ok: false, error: { pointer, message } };
}

/**
 * Calls one of the context's loader functions, turning a throw into a message so evaluation
 * keeps its never-throws promise even when the caller's loader does not.
 */
export function callLoader<A extends unknown[]>(
  loader: ((...args: A) => unknown) | undefined,
  args: A,
  what: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (loader === undefined) return { ok: true, value: undefined };
  try {
    return { ok: true, value: loader(...args) };
  } catch (error) {
    return { ok: false, message: `Reading ${what} failed: ${describeThrown(error)}` };
  }
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'an error without a message';
  }
}
