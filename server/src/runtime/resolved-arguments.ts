import type { z } from 'zod';
import { RuntimeUserError } from './runtime-error';

/**
 * Validates a step's resolved Arguments against its schema. A problem (an expression left
 * unresolved, a missing field) is a user error listing every issue with its path.
 */
export function parseResolvedArguments<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'Arguments'}: ${issue.message}`,
  );
  throw new RuntimeUserError(
    'invalid-arguments',
    `The step's Arguments are not valid: ${problems.join('; ')}`,
  );
}
