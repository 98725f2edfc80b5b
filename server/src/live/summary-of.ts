import { type ExecutionSummary, NotFoundError } from '@pipewright/shared';
import type { LiveStore } from './live-ports';

/** An execution's current summary, or `undefined` if it was deleted since its events were read. */
export function summaryOf(store: LiveStore, executionId: string): ExecutionSummary | undefined {
  try {
    return store.get(executionId).summary;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
