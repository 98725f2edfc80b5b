import {
  type ExecutionStep,
  type StepNode,
  type StepRun,
  flattenDocument,
  isExecutionFinished,
} from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { executionQueries } from '../api/executions.queries';
import { pipelineQueries } from '../api/pipelines.queries';
import { useExecutionState } from '../live';

/** How often to ask again while the live socket gives nothing and the execution runs. */
const pollMs = 2000;

/** Everything the drawer knows about one step of one execution. */
export interface StepContext {
  /** The step as the definition the execution ran writes it; undefined while loading. */
  node: StepNode | undefined;
  /** The step's run; undefined until it starts (or while loading). */
  run: StepRun | undefined;
  definition: unknown;
  executionStatus: string | undefined;
  loading: boolean;
  error: Error | null;
}

function runOf(step: ExecutionStep): StepRun {
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

/**
 * The step's definition (from the pipeline version the execution ran) and its run: from the
 * live socket when it has the execution, otherwise from the step list, asked again every
 * couple of seconds until the execution ends.
 */
export function useStepContext(executionId: string, stepName: string): StepContext {
  const live = useExecutionState(executionId);
  const liveKnown = live !== undefined && live !== null;
  const detail = useQuery({
    ...executionQueries.detail(executionId),
    refetchInterval: (query) =>
      !liveKnown && !isExecutionFinished(query.state.data?.PipelineExecutionStatus ?? 'Executing')
        ? pollMs
        : false,
  });
  const finished =
    live?.status !== undefined
      ? isExecutionFinished(live.status)
      : detail.data !== undefined && isExecutionFinished(detail.data.PipelineExecutionStatus);
  const steps = useQuery({
    ...executionQueries.steps(executionId),
    enabled: !liveKnown,
    refetchInterval: !liveKnown && !finished ? pollMs : false,
  });
  const pipeline = useQuery({
    ...pipelineQueries.detail(
      detail.data?.PipelineName ?? '',
      detail.data?.PipelineVersion ?? undefined,
    ),
    enabled: detail.data !== undefined,
    staleTime: Infinity,
  });
  const definition = pipeline.data?.Definition;
  const node = useMemo(
    () =>
      definition === undefined
        ? undefined
        : flattenDocument(definition).find((candidate) => candidate.name === stepName),
    [definition, stepName],
  );
  const listed = steps.data?.PipelineExecutionSteps.find((step) => step.StepName === stepName);
  const run = liveKnown ? live.steps[stepName] : listed && runOf(listed);
  return {
    node,
    run,
    definition,
    executionStatus: live?.status ?? detail.data?.PipelineExecutionStatus,
    loading: detail.isPending || (detail.data !== undefined && pipeline.isPending),
    error: detail.error ?? pipeline.error ?? null,
  };
}
