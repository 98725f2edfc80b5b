import { type RequestPart, UserError, problemsFromIssues } from '@pipewright/shared';
import type { z } from 'zod';

const partNames: Record<RequestPart, string> = {
  body: 'request body',
  query: 'query string',
  params: 'URL path',
  headers: 'request header',
};

/**
 * Checks one part of a request against its shared schema and returns the parsed value, or
 * throws a 400 listing every problem with its path. A missing body counts as `{}`, so routes
 * whose fields are all optional accept an empty POST.
 */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: RequestPart,
): z.output<S> {
  const result = schema.safeParse(part === 'body' && value == null ? {} : value);
  if (result.success) return result.data;
  const problems = problemsFromIssues(result.error.issues, part);
  const [first] = problems;
  const others = problems.length - 1;
  const more = others > 0 ? ` (and ${others} more problem${others === 1 ? '' : 's'})` : '';
  throw new UserError(`Invalid ${partNames[part]}: ${first?.message ?? 'unknown'}${more}`, {
    details: problems,
  });
}
