import type { StepStatus } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { executionQueries } from '../api/executions.queries';
import { useExecutionState } from '../live';

const activeStatuses: readonly StepStatus[] = ['Starting', 'Executing', 'Stopping'];
/** Without live state, the step list is asked again this often while the step runs. */
const POLL_MS = 2000;

/**
 * Whether this attempt of the step can still write output. Live state answers when there is
 * some; until then (or without a socket) the step list over HTTP does.
 */
export function useStepRunning(
  executionId: string,
  stepName: string,
  attempt: number | undefined,
): boolean {
  const live = useExecutionState(executionId);
  const isRunning = (run: { status: StepStatus; attemptCount: number } | undefined) =>
    run !== undefined &&
    activeStatuses.includes(run.status) &&
    (attempt === undefined || run.attemptCount === attempt);
  const listed = useQuery({
    ...executionQueries.steps(executionId),
    enabled: live === undefined,
    refetchInterval: (query) => {
      const step = query.state.data?.PipelineExecutionSteps.find(
        (candidate) => candidate.StepName === stepName,
      );
      return step && activeStatuses.includes(step.StepStatus) ? POLL_MS : false;
    },
  });
  if (live !== undefined) return isRunning(live?.steps[stepName]);
  const step = listed.data?.PipelineExecutionSteps.find(
    (candidate) => candidate.StepName === stepName,
  );
  return isRunning(step && { status: step.StepStatus, attemptCount: step.AttemptCount });
}
