import type { ExecutionState, ExecutionStep, ExecutionSummary, StepRun } from '@pipewright/shared';
import { stepRunFromRest } from '../runs/step-run';

/** What the page shows of a run: the live state when there is one, else what REST answered. */
export type ExecutionView = Pick<
  ExecutionState,
  'status' | 'failureReason' | 'startTime' | 'endTime' | 'steps' | 'selectedSteps'
>;

/** The REST answers (summary and step list) in the live state's shape. */
export function viewFromRest(
  summary: ExecutionSummary,
  steps: readonly ExecutionStep[],
): ExecutionView {
  const runs: Record<string, StepRun> = {};
  for (const step of steps) runs[step.StepName] = stepRunFromRest(step);
  return {
    status: summary.PipelineExecutionStatus,
    startTime: summary.StartTime,
    steps: runs,
    ...(summary.FailureReason !== undefined && { failureReason: summary.FailureReason }),
    ...(summary.EndTime !== undefined && { endTime: summary.EndTime }),
  };
}
