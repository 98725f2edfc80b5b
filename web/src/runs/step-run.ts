import type { ExecutionStep, StepRun } from '@pipewright/shared';

/** A step as the REST step list gives it, in the live state's shape (`StepRun`). */
export function stepRunFromRest(step: ExecutionStep): StepRun {
  return {
    stepName: step.StepName,
    status: step.StepStatus,
    attemptCount: step.AttemptCount,
    startTime: step.StartTime,
    ...(step.EndTime !== undefined && { endTime: step.EndTime }),
    ...(step.FailureReason !== undefined && { failureReason: step.FailureReason }),
    ...(step.Metadata !== undefined && { metadata: step.Metadata }),
    ...(step.CacheHitResult !== undefined && { cacheHitResult: step.CacheHitResult }),
    ...(step.SelectiveExecutionResult !== undefined && {
      selectiveExecutionResult: step.SelectiveExecutionResult,
    }),
  };
}
