import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { executionQueries } from '../api/executions.queries';
import { pipelineQueries } from '../api/pipelines.queries';
import { useExecutionState, useRefetchOnExecutionChange } from '../live';
import { type ExecutionView, viewFromRest } from './execution-view';

/**
 * Everything the execution page shows: the summary (name, version, parameters) and step list
 * from REST, the pipeline version's document for the graph, and the run's view: live from the
 * socket once it has the execution, from REST until then. Nothing polls: a change of the
 * execution's status refreshes the summary, so the header never lags behind the graph.
 */
export function useExecutionData(executionId: string) {
  const live = useExecutionState(executionId);
  const liveView = live ?? undefined;

  const summary = useQuery(executionQueries.detail(executionId));
  const steps = useQuery({
    ...executionQueries.steps(executionId),
    enabled: liveView === undefined,
  });
  useRefetchOnExecutionChange(
    executionId,
    [executionQueries.detail(executionId).queryKey],
    'execution',
  );
  const pipeline = useQuery({
    ...pipelineQueries.detail(summary.data?.PipelineName ?? '', summary.data?.PipelineVersion),
    enabled: summary.data !== undefined,
    staleTime: Infinity,
  });

  const view: ExecutionView | undefined = useMemo(() => {
    if (liveView) return liveView;
    if (summary.data && steps.data)
      return viewFromRest(summary.data, steps.data.PipelineExecutionSteps);
    return undefined;
  }, [liveView, summary.data, steps.data]);

  return {
    summary: summary.data,
    document: pipeline.data?.Definition,
    view,
    error: summary.error ?? steps.error ?? pipeline.error,
  };
}
