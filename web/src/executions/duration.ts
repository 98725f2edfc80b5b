import type { ExecutionSummary } from '@pipewright/shared';

/** How long an execution ran, or has run until `now` while it is still going, in ms. */
export function executionDuration(summary: ExecutionSummary, now: number): number {
  const start = Date.parse(summary.StartTime);
  const end = summary.EndTime ? Date.parse(summary.EndTime) : now;
  return Math.max(0, end - start);
}

/** Whether the execution has not ended yet, so its duration still grows. */
export function isRunning(summary: ExecutionSummary): boolean {
  return (
    summary.EndTime === undefined &&
    ['Executing', 'Stopping'].includes(summary.PipelineExecutionStatus)
  );
}
