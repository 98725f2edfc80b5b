import type { ExecutionState } from '@pipewright/shared';
import { useCallback, useSyncExternalStore } from 'react';
import { liveClient } from './default-client';

/**
 * One execution's state, folded from its live events with `reduceExecution`: `undefined` while
 * loading, `null` before the execution's first event. Re-renders at most once per animation
 * frame however many events arrive.
 */
export function useExecutionState(executionId: string): ExecutionState | null | undefined {
  const subscribe = useCallback(
    (notify: () => void) => liveClient().watchExecutionState(executionId, notify),
    [executionId],
  );
  const getState = useCallback(() => liveClient().executionState(executionId), [executionId]);
  return useSyncExternalStore(subscribe, getState);
}
