import { Link } from 'wouter';
import { ApiError } from '../api/client';

/** Why one side of a comparison could not load, in words that say what to do. */
export function SideError({
  side,
  executionId,
  error,
}: {
  side: 'A' | 'B';
  executionId: string;
  error: Error;
}) {
  const status = error instanceof ApiError ? error.status : undefined;
  return (
    <p className="callout callout--error" role="alert">
      {status === 404
        ? `Execution ${side} “${executionId}” does not exist. Check the address, or pick executions to compare from the executions list.`
        : status === 400
          ? `Execution ${side} “${executionId}” is not an execution id: ids are 12 lowercase letters and digits.`
          : `Could not load execution ${side} (${executionId}): ${error.message}`}{' '}
      <Link href="/executions">Go to executions</Link>
    </p>
  );
}
