import { isExecutionFinished } from '@pipewright/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { executionQueries } from '../api/executions.queries';
import { pipelineQueries } from '../api/pipelines.queries';
import { useExecutionState } from '../live';
import { type ExecutionView, viewFromRest } from './execution-view';

/** How often REST is asked again while a run is going and the live socket has nothing. */
const POLL_MS = 1500;

/**
 * Everything the execution page shows: the summary (name, version, parameters) and step list
 * from REST, the pipeline version's document for the graph, and the run's view, live from the
 * socket when it has the execution, else from REST, polled while the run is going. A live
 * change refreshes the summary, so the header never lags behind the graph.
 */
export function useExecutionData(executionId: string) {
  const queryClient = useQueryClient();
  const live = useExecutionState(executionId);
  const liveView = live ?? undefined;

  const summary = useQuery({
    ...executionQueries.detail(executionId),
    refetchInterval: (query) => {
      const status = query.state.data?.PipelineExecutionStatus;
      return !liveView && status && !isExecutionFinished(status) ? POLL_MS : false;
    },
  });
  const restRunning =
    summary.data !== undefined && !isExecutionFinished(summary.data.PipelineExecutionStatus);
  const steps = useQuery({
    ...executionQueries.steps(executionId),
    enabled: liveView === undefined,
    refetchInterval: !liveView && restRunning ? POLL_MS : false,
  });
  const pipeline = useQuery({
    ...pipelineQueries.detail(summary.data?.PipelineName ?? '', summary.data?.PipelineVersion),
    enabled: summary.data !== undefined,
    staleTime: Infinity,
  });

  const liveStatus = liveView?.status;
  useEffect(() => {
    if (liveStatus !== undefined) {
      void queryClient.invalidateQueries({
        queryKey: executionQueries.detail(executionId).queryKey,
      });
    }
  }, [liveStatus, executionId, queryClient]);

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
    live: liveView !== undefined,
  };
}
