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

/** A duration the way a person reads it: `42s`, `3m 05s`, `2h 04m`. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
  return `${Math.floor(hours / 24)}d ${String(hours % 24).padStart(2, '0')}h`;
}
