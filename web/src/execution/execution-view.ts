import type { ExecutionState, ExecutionStep, ExecutionSummary, StepRun } from '@pipewright/shared';

/** What the page shows of a run: the live state when there is one, else what REST answered. */
export type ExecutionView = Pick<
  ExecutionState,
  'status' | 'failureReason' | 'startTime' | 'endTime' | 'steps' | 'selectedSteps'
> & {
  /** Changes with every event but log lines: when the live view changed something to refetch. */
  lastModifiedTime?: string;
};

/** The REST answers (summary and step list) in the live state's shape. */
export function viewFromRest(
  summary: ExecutionSummary,
  steps: readonly ExecutionStep[],
): ExecutionView {
  const runs: Record<string, StepRun> = {};
  for (const step of steps) {
    runs[step.StepName] = {
      stepName: step.StepName,
      status: step.StepStatus,
      attemptCount: step.AttemptCount,
      startTime: step.StartTime,
      ...(step.EndTime !== undefined && { endTime: step.EndTime }),
      ...(step.FailureReason !== undefined && { failureReason: step.FailureReason }),
      ...(step.Metadata !== undefined && { metadata: step.Metadata }),
      ...(step.CacheHitResult && { cacheHitResult: step.CacheHitResult }),
      ...(step.SelectiveExecutionResult && {
        selectiveExecutionResult: step.SelectiveExecutionResult,
      }),
    };
  }
  return {
    status: summary.PipelineExecutionStatus,
    startTime: summary.StartTime,
    steps: runs,
    ...(summary.FailureReason !== undefined && { failureReason: summary.FailureReason }),
    ...(summary.EndTime !== undefined && { endTime: summary.EndTime }),
  };
}
