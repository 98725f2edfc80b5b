import { useSyncExternalStore } from 'react';
import { liveClient } from './default-client';
import type { LiveSummaries } from './summaries-feed';

const subscribe = (notify: () => void) => liveClient().watchExecutionSummaries(notify);
const getSummaries = () => liveClient().executionSummaries;

/**
 * Live summaries of executions from the `executions` topic, by execution id, newest change
 * last. A list view lays these over the page it fetched; `version` bumps when the client got
 * a snapshot and a list should refetch.
 */
export function useLiveExecutionSummaries(): LiveSummaries {
  return useSyncExternalStore(subscribe, getSummaries);
}
