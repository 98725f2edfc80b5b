import { type Query, type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import { liveClient } from './default-client';
import { type ExecutionChangeScope, executionChangeKey } from './execution-change';

/** The queries to fetch again: these keys (and every key under them), or those a predicate picks. */
export type RefetchTarget = readonly QueryKey[] | ((query: Query) => boolean);

/**
 * Fetches `target` again whenever the live state of `executionId` changes in a way `scope`
 * cares about: the execution's status, a step's status or attempt count. This is how REST data
 * the socket does not carry (attempts, properties, metrics, arguments) follows a run without
 * polling. The state is folded once per animation frame, so a burst of events costs at most one
 * refetch, and log lines, which change nothing here, cost none.
 *
 * The first state is only the baseline: the REST answers and the snapshot load together. Unless
 * the socket (re)connected after a query last loaded: then that answer may predate an outage and
 * is fetched again. Changes that happened while the socket was down arrive with the resume (or
 * its snapshot) and refetch like any other.
 */
export function useRefetchOnExecutionChange(
  executionId: string,
  target: RefetchTarget,
  scope: ExecutionChangeScope = 'steps',
): void {
  const queryClient = useQueryClient();
  const scopeKey = typeof scope === 'string' ? scope : `step:${scope.stepName}`;
  const keyOf = useEffectEvent(() =>
    executionChangeKey(liveClient().executionState(executionId), scope),
  );
  const refetch = useEffectEvent((loadedBefore: number) =>
    invalidate(queryClient, target, loadedBefore),
  );

  useEffect(() => {
    const client = liveClient();
    let seen = keyOf();
    // When the socket last went live: answers loaded before then may predate the first state.
    let liveSince = -Infinity;
    const unwatchConnection = client.watchConnection(() => {
      if (client.status === 'live') liveSince = Date.now();
    });
    const unwatchState = client.watchExecutionState(executionId, () => {
      const next = keyOf();
      if (next === undefined || next === seen) return;
      const first = seen === undefined;
      seen = next;
      refetch(first ? liveSince : Infinity);
    });
    return () => {
      unwatchState();
      unwatchConnection();
    };
    // `scopeKey` stands for `scope`, which callers may pass as a new object on every render.
  }, [executionId, scopeKey]);
}

/**
 * Invalidates the target's queries that loaded before `loadedBefore` (the same millisecond
 * counts: which came first is unknown); those on screen refetch.
 */
function invalidate(queryClient: QueryClient, target: RefetchTarget, loadedBefore: number): void {
  const older = (query: Query) => query.state.dataUpdatedAt <= loadedBefore;
  if (typeof target === 'function') {
    void queryClient.invalidateQueries({ predicate: (query) => target(query) && older(query) });
    return;
  }
  for (const queryKey of target) {
    void queryClient.invalidateQueries({ queryKey, predicate: older });
  }
}
