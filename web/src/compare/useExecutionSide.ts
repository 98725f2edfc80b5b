import { isExecutionFinished } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { executionQueries } from '../api/executions.queries';
import { retryServerErrors } from '../api/registry.queries';
import { pipelineQueries } from '../api/pipelines.queries';

/** How often a side that is still running is read again, so its steps and times fill in. */
const runningRefetchMs = 2_000;

/**
 * One side of a comparison: the execution, its started steps and the pipeline version it ran
 * (for step order, step types, property files and the graph).
 */
export function useExecutionSide(executionId: string) {
  const detail = useQuery({
    ...executionQueries.detail(executionId),
    retry: retryServerErrors,
    refetchInterval: (query) => {
      const status = query.state.data?.PipelineExecutionStatus;
      return status !== undefined && !isExecutionFinished(status) ? runningRefetchMs : false;
    },
  });
  const running =
    detail.data !== undefined && !isExecutionFinished(detail.data.PipelineExecutionStatus);
  const steps = useQuery({
    ...executionQueries.steps(executionId),
    enabled: detail.isSuccess,
    refetchInterval: running ? runningRefetchMs : false,
  });
  const pipeline = useQuery({
    ...pipelineQueries.detail(detail.data?.PipelineName ?? '', detail.data?.PipelineVersion),
    enabled: detail.isSuccess,
  });
  return { detail, steps, pipeline };
}

export type ExecutionSide = ReturnType<typeof useExecutionSide>;
