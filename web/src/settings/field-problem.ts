import { ApiError } from '../api/client';

/** The server's message about one request field (`/body/<field>`), if it named that field. */
export function fieldProblem(error: Error | null, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problems.find((problem) => problem.path === `/body/${field}`)?.message;
}
