import { type StepNode, type StepRun, flattenDocument } from '@pipewright/shared';
import { type Query, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { executionQueries } from '../api/executions.queries';
import { pipelineQueries } from '../api/pipelines.queries';
import { useExecutionState, useRefetchOnExecutionChange } from '../live';
import { stepRunFromRest } from '../runs/step-run';

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

/**
 * Whether a query holds something of this step that only REST has: its properties, arguments
 * or metrics (keys `['executions', kind, executionId, stepName, …]`), or the attempts of every
 * step (the drawer lists this step's).
 */
function isStepData(executionId: string, stepName: string) {
  return ({ queryKey: [root, kind, id, step] }: Query) =>
    root === executionQueries.all()[0] &&
    id === executionId &&
    (step === stepName || kind === 'attempts');
}

/**
 * The step's definition (from the pipeline version the execution ran) and its run: from the
 * live socket once it has the execution, from the step list until then. When the live state
 * says the step changed (it started, ended, retried), every tab's REST data of it is read again.
 */
export function useStepContext(executionId: string, stepName: string): StepContext {
  const live = useExecutionState(executionId);
  const liveKnown = live !== undefined && live !== null;
  const detail = useQuery(executionQueries.detail(executionId));
  const steps = useQuery({ ...executionQueries.steps(executionId), enabled: !liveKnown });
  useRefetchOnExecutionChange(executionId, isStepData(executionId, stepName), { stepName });
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
  const run = liveKnown ? live.steps[stepName] : listed && stepRunFromRest(listed);
  return {
    node,
    run,
    definition,
    executionStatus: live?.status ?? detail.data?.PipelineExecutionStatus,
    loading: detail.isPending || (detail.data !== undefined && pipeline.isPending),
    error: detail.error ?? pipeline.error ?? null,
  };
}
