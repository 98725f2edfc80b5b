import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { executionQueries } from '../../api/executions.queries';

/**
 * Every step attempt, fetched again whenever the run changes: a live change (`lastModifiedTime`; log lines do not count), or
 * a poll while the run is going without the socket.
 */
export function useStepAttempts(executionId: string, running: boolean, changedAt?: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...executionQueries.attempts(executionId),
    refetchInterval: running && changedAt === undefined ? 1500 : false,
  });
  useEffect(() => {
    if (changedAt === undefined) return;
    void queryClient.invalidateQueries({
      queryKey: executionQueries.attempts(executionId).queryKey,
    });
  }, [changedAt, executionId, queryClient]);
  return query;
}
