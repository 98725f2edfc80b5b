import { useQuery } from '@tanstack/react-query';
import { retryServerErrors } from '../api/client';
import { executionQueries } from '../api/executions.queries';
import { pipelineQueries } from '../api/pipelines.queries';
import { useRefetchOnExecutionChange } from '../live';

/**
 * One side of a comparison: the execution, its started steps and the pipeline version it ran
 * (for step order, step types, property files and the graph). A side still running fills in as
 * its steps change: the live socket says when, and the summary and step list are read again.
 */
export function useExecutionSide(executionId: string) {
  const detail = useQuery({ ...executionQueries.detail(executionId), retry: retryServerErrors });
  const steps = useQuery({ ...executionQueries.steps(executionId), enabled: detail.isSuccess });
  useRefetchOnExecutionChange(executionId, [
    executionQueries.detail(executionId).queryKey,
    executionQueries.steps(executionId).queryKey,
  ]);
  const pipeline = useQuery({
    ...pipelineQueries.detail(detail.data?.PipelineName ?? '', detail.data?.PipelineVersion),
    enabled: detail.isSuccess,
  });
  return { detail, steps, pipeline };
}

export type ExecutionSide = ReturnType<typeof useExecutionSide>;
