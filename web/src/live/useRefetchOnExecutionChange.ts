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
 * The first state is only the baseline when the socket was live as the queries loaded: they and
 * the snapshot load together. Otherwise (the page opened before the socket was up, or the socket
 * dropped) the first state fetches them once more. Changes that happened while the socket was
 * down arrive with the resume (or its snapshot) and refetch like any other.
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
  const refetch = useEffectEvent(() => invalidate(queryClient, target));

  useEffect(() => {
    const client = liveClient();
    let seen = keyOf();
    // Answers that loaded while the socket was not live may predate the first state it brings:
    // fetch them once more then. With the socket already live, they load alongside it.
    let stale = client.status !== 'live';
    const unwatchConnection = client.watchConnection(() => {
      if (client.status !== 'live') stale = true;
    });
    const unwatchState = client.watchExecutionState(executionId, () => {
      const next = keyOf();
      if (next === undefined || next === seen) return;
      const first = seen === undefined;
      seen = next;
      if (first && !stale) return;
      stale = false;
      refetch();
    });
    return () => {
      unwatchState();
      unwatchConnection();
    };
    // `scopeKey` stands for `scope`, which callers may pass as a new object on every render.
  }, [executionId, scopeKey]);
}

/** Invalidates the target's queries; those on screen refetch. */
function invalidate(queryClient: QueryClient, target: RefetchTarget): void {
  if (typeof target === 'function') {
    void queryClient.invalidateQueries({ predicate: target });
    return;
  }
  for (const queryKey of target) void queryClient.invalidateQueries({ queryKey });
}
