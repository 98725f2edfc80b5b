import { type StepStatus, isStepActive } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { executionQueries } from '../api/executions.queries';
import { useExecutionState } from '../live';

/**
 * Whether this attempt of the step can still write output. Live state answers when there is
 * some; until then the step list over HTTP does, read once: nothing polls, the socket brings
 * the change (after a reconnect too).
 */
export function useStepRunning(
  executionId: string,
  stepName: string,
  attempt: number | undefined,
): boolean {
  const live = useExecutionState(executionId);
  const isRunning = (run: { status: StepStatus; attemptCount: number } | undefined) =>
    run !== undefined &&
    isStepActive(run.status) &&
    (attempt === undefined || run.attemptCount === attempt);
  const listed = useQuery({ ...executionQueries.steps(executionId), enabled: live === undefined });
  if (live !== undefined) return isRunning(live?.steps[stepName]);
  const step = listed.data?.PipelineExecutionSteps.find(
    (candidate) => candidate.StepName === stepName,
  );
  return isRunning(step && { status: step.StepStatus, attemptCount: step.AttemptCount });
}
