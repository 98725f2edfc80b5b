import { useQuery } from '@tanstack/react-query';
import { executionQueries } from '../../api/executions.queries';
import { useRefetchOnExecutionChange } from '../../live';

/**
 * Every step attempt, each with its own start and end. The socket does not carry them, so they
 * are read again whenever the live state says a step started, ended or retried.
 */
export function useStepAttempts(executionId: string) {
  const query = useQuery(executionQueries.attempts(executionId));
  useRefetchOnExecutionChange(executionId, [executionQueries.attempts(executionId).queryKey]);
  return query;
}
