import type { ExecutionStatus, StepCounts } from '@pipewright/shared';

/** A run's progress as the executions list and the execution page both show it. */
export interface RunProgress {
  /** Steps that ended: succeeded (cached and reused ones too), failed or stopped. */
  done: number;
  /** Steps that will or did run: untaken branches and unselected, unreused steps left out. */
  total: number;
  failed: number;
  running: number;
  /** "2 of 3 steps done". */
  text: string;
  /** 0-100; full only when every counted step ended. */
  percent: number;
}

/**
 * The one rule for a run's progress, from its step counts (see `countSteps` in shared for which
 * steps count at all). A failed or stopped run's steps that never ran are not done, so its bar
 * stays short of full: "2 of 3 steps done".
 */
export function runProgress(counts: StepCounts): RunProgress {
  const done = counts.Succeeded + counts.Failed + counts.Stopped;
  const total = counts.Total;
  return {
    done,
    total,
    failed: counts.Failed,
    running: counts.Starting + counts.Executing + counts.Stopping,
    text: `${done} of ${total} steps done`,
    percent: total === 0 ? 0 : Math.round((done / total) * 100),
  };
}

/** The bar's colour: the run's status, not its steps'. */
export const progressToneOf: Record<ExecutionStatus, string> = {
  Executing: 'running',
  Stopping: 'running',
  Stopped: 'stopped',
  Failed: 'failed',
  Succeeded: 'succeeded',
};
