import { z } from 'zod';
import type { Diagnostic } from '../pipeline';
import { joinPointer, toPointer } from '../pipeline';

/**
 * One thing wrong with a request. `path` is a JSON pointer into the request, starting with the
 * part it is in: `/body/definition/Steps/0/Name`, `/query/limit`, `/params/id`,
 * `/headers/idempotency-key`.
 */
export const ProblemSchema = z.object({
  path: z.string(),
  message: z.string(),
  /** A stable code when there is one: a diagnostic code or a parameter error code. */
  code: z.string().optional(),
  hint: z.string().optional(),
  stepName: z.string().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * The body of every error answer. A 400 always lists `problems` (at least one); other errors
 * may add a `hint`. Server faults (5xx) say only that one happened.
 */
export const ApiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  problems: z.array(ProblemSchema).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** The parts of a request a problem can be in. */
export type RequestPart = 'body' | 'query' | 'params' | 'headers';

/** What a zod issue needs to become a problem (zod's own issue type, narrowed). */
interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/** Zod issues found in one part of a request, as problems. */
export function problemsFromIssues(issues: readonly IssueLike[], part: RequestPart): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    return { path: joinPointer(`/${part}`, ...path), message: issue.message };
  });
}

/** A pipeline document's error diagnostics as problems, their pointers under `basePointer`. */
export function problemsFromDiagnostics(
  diagnostics: readonly Diagnostic[],
  basePointer: string,
): Problem[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error')
    .map((diagnostic) => ({
      path: basePointer + diagnostic.pointer,
      message: diagnostic.message,
      code: diagnostic.code,
      ...(diagnostic.hint !== undefined && { hint: diagnostic.hint }),
      ...(diagnostic.stepName !== undefined && { stepName: diagnostic.stepName }),
    }));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * The `details` of a user error as problems. Details come in three shapes: problems already,
 * pipeline diagnostics (with a `pointer` into the stored definition) and parameter value errors
 * (with the parameter's `name`, which is under `/body/parameters`).
 */
export function problemsFromDetails(details: readonly unknown[]): Problem[] {
  return details.filter(isRecord).map((detail) => {
    const message = text(detail.message) ?? 'This value is not valid.';
    const name = text(detail.name);
    const path =
      text(detail.path) ??
      (text(detail.pointer) !== undefined ? `/definition${text(detail.pointer)}` : undefined) ??
      (name !== undefined ? toPointer(['body', 'parameters', name]) : '');
    const code = text(detail.code);
    const hint = text(detail.hint);
    const stepName = text(detail.stepName);
    return {
      path,
      message,
      ...(code !== undefined && { code }),
      ...(hint !== undefined && { hint }),
      ...(stepName !== undefined && { stepName }),
    };
  });
}
