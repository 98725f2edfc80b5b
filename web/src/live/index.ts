// CONTRACT (temporary stub): the live helper replaces the implementations behind these names.
// Other features import only from 'web/src/live' (this file), never from its internals.
import type { ExecutionEvent, ExecutionState, ExecutionSummary } from '@pipewright/shared';

/** The socket's state, for the header indicator. */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'incompatible' | 'offline';

/** The live socket's state; re-renders when it changes. */
export function useLiveConnection(): LiveConnection {
  return 'connecting';
}

/**
 * One execution's state, folded from its live events with `reduceExecution`: `undefined` while
 * loading, `null` before the execution's first event. Re-renders at most once per animation
 * frame however many events arrive.
 */
export function useExecutionState(executionId: string): ExecutionState | null | undefined {
  void executionId;
  return undefined;
}

/**
 * Every event of one execution as it arrives (logs included). `onReset` runs when the client
 * got a snapshot instead of events (after a long disconnect): anything built from events, such
 * as a log view, refetches. Returns the unsubscribe function.
 */
export function subscribeExecutionEvents(
  executionId: string,
  listener: {
    onEvents: (events: { seq: number; event: ExecutionEvent }[]) => void;
    onReset?: () => void;
  },
): () => void {
  void executionId;
  void listener;
  return () => {};
}

/**
 * Live summaries of executions from the `executions` topic, by execution id, newest change
 * last. A list view lays these over the page it fetched; `version` bumps when the client got
 * a snapshot and a list should refetch.
 */
export function useLiveExecutionSummaries(): {
  summaries: ReadonlyMap<string, ExecutionSummary>;
  version: number;
} {
  return { summaries: new Map(), version: 0 };
}
