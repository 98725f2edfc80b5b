// The live module's public face: other features import only from here, never from its files.
import type { ExecutionEventsListener } from './execution-feed';
import { liveClient } from './default-client';

export type { LiveConnection } from './live-client';
export type { LiveEvent, ExecutionEventsListener } from './execution-feed';
export type { LiveSummaries } from './summaries-feed';
export { useLiveConnection } from './useLiveConnection';
export { useExecutionState } from './useExecutionState';
export { useLiveExecutionSummaries } from './useLiveExecutionSummaries';
export { useRefetchOnExecutionChange, type RefetchTarget } from './useRefetchOnExecutionChange';
export type { ExecutionChangeScope } from './execution-change';
export { installLiveClient } from './default-client';
export { LiveClient } from './live-client';

/**
 * Every event of one execution as it arrives (logs included), in batches of at most one per
 * animation frame. `onReset` runs whenever a snapshot replaced the state instead of events: after
 * subscribing, or after a long disconnect. Anything built from events, such as a log view,
 * refetches then. Returns the unsubscribe function.
 */
export function subscribeExecutionEvents(
  executionId: string,
  listener: ExecutionEventsListener,
): () => void {
  return liveClient().watchExecutionEvents(executionId, listener);
}
