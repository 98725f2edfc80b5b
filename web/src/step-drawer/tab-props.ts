import type { StepContext } from './useStepContext';

/** What every drawer tab gets. */
export interface TabProps {
  executionId: string;
  stepName: string;
  context: StepContext;
  /** The attempt the address names (`?attempt=N`); undefined means the latest. */
  attempt: number | undefined;
  setAttempt: (attempt: number | undefined) => void;
}

/** The drawer address of one of a step's tabs, optionally for one attempt. */
export function stepTabUrl(
  executionId: string,
  stepName: string,
  tab: string,
  attempt?: number,
): string {
  const path = `/executions/${encodeURIComponent(executionId)}/steps/${encodeURIComponent(stepName)}/${tab}`;
  return attempt === undefined ? path : `${path}?attempt=${attempt}`;
}
