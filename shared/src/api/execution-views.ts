import type { ExecutionState, StepRun } from '../execution';
import { executionArn, pipelineArn } from './arn';
import type {
  ExecutionParameter,
  ExecutionStep,
  ExecutionSummary,
  StepCounts,
} from './execution.schema';

/** What is known of an execution apart from its events: the store keeps it in its own columns. */
export interface ExecutionHeader {
  executionId: string;
  pipelineName: string;
  pipelineVersion: number;
  displayName: string;
  description?: string;
  maxParallel?: number;
  /** When the execution was created, before its first event. */
  creationTime: string;
}

/**
 * An execution's summary from its header and its state (the fold of its events). Before the
 * first event there is no state yet: the execution counts as Executing since its creation.
 */
export function toExecutionSummary(
  header: ExecutionHeader,
  state: ExecutionState | undefined,
): ExecutionSummary {
  return {
    PipelineExecutionArn: executionArn(header.pipelineName, header.executionId),
    PipelineExecutionId: header.executionId,
    PipelineArn: pipelineArn(header.pipelineName),
    PipelineName: header.pipelineName,
    PipelineVersion: header.pipelineVersion,
    PipelineExecutionDisplayName: header.displayName,
    ...(header.description !== undefined && {
      PipelineExecutionDescription: header.description,
    }),
    PipelineExecutionStatus: state?.status ?? 'Executing',
    ...(state?.failureReason !== undefined && { FailureReason: state.failureReason }),
    CreationTime: header.creationTime,
    StartTime: state?.startTime ?? header.creationTime,
    LastModifiedTime: state?.lastModifiedTime ?? header.creationTime,
    ...(state?.endTime !== undefined && { EndTime: state.endTime }),
    ...(header.maxParallel !== undefined && {
      ParallelismConfiguration: { MaxParallelExecutionSteps: header.maxParallel },
    }),
    Parameters: toExecutionParameters(state?.parameters ?? {}),
    StepCounts: countSteps(state),
  };
}

/** Parameter values as SageMaker lists them: every value a string. */
export function toExecutionParameters(
  parameters: Readonly<Record<string, string | number | boolean>>,
): ExecutionParameter[] {
  return Object.entries(parameters).map(([Name, value]) => ({ Name, Value: String(value) }));
}

/** What {@link countSteps} reads of an execution's state. */
export type StepCountInput = Pick<
  ExecutionState,
  'status' | 'stepNames' | 'steps' | 'selectedSteps' | 'stepBranches'
>;

/**
 * How many of the steps that will or did run are in each status. Steps that never will are left
 * out of every count, `Total` included: a step on a Condition branch not taken, a step a selective
 * execution did not select (reused ones are started, as Succeeded), and, once an execution has
 * succeeded, any step it never started. Steps still to run count as NotStarted; so do the steps a
 * failed or stopped execution never reached.
 */
export function countSteps(state: StepCountInput | undefined): StepCounts {
  const counts: StepCounts = {
    Total: 0,
    NotStarted: 0,
    Starting: 0,
    Executing: 0,
    Stopping: 0,
    Stopped: 0,
    Failed: 0,
    Succeeded: 0,
  };
  if (!state) return counts;
  const selected = state.selectedSteps && new Set(state.selectedSteps);
  for (const name of state.stepNames) {
    const step = state.steps[name];
    if (step) counts[step.status] += 1;
    else if (
      state.status === 'Succeeded' ||
      (selected && !selected.has(name)) ||
      isOnUntakenBranch(state, name)
    )
      continue;
    else counts.NotStarted += 1;
    counts.Total += 1;
  }
  return counts;
}

/** True for a step in a Condition branch its Condition did not take, or nested in one. */
function isOnUntakenBranch(state: StepCountInput, stepName: string): boolean {
  const seen = new Set<string>();
  for (let name = stepName; !seen.has(name);) {
    seen.add(name);
    const place = state.stepBranches?.[name];
    if (!place) return false;
    const outcome = state.steps[place.conditionName]?.metadata?.Condition?.Outcome;
    const taken =
      outcome === 'True' || outcome === true
        ? 'if'
        : outcome === 'False' || outcome === false
          ? 'else'
          : undefined;
    if (taken !== undefined && taken !== place.branch) return true;
    name = place.conditionName;
  }
  return false;
}

/**
 * The started steps in `ListPipelineExecutionSteps`' shape and order: newest start first; steps
 * that started at the same instant come later-in-the-document first.
 */
export function toExecutionSteps(state: ExecutionState | undefined): ExecutionStep[] {
  if (!state) return [];
  const position = new Map(state.stepNames.map((name, index) => [name, index]));
  const order = (step: StepRun) => position.get(step.stepName) ?? -1;
  return Object.values(state.steps)
    .sort((a, b) => Date.parse(b.startTime) - Date.parse(a.startTime) || order(b) - order(a))
    .map(toExecutionStep);
}

function toExecutionStep(step: StepRun): ExecutionStep {
  return {
    StepName: step.stepName,
    StepStatus: step.status,
    StartTime: step.startTime,
    ...(step.endTime !== undefined && { EndTime: step.endTime }),
    AttemptCount: step.attemptCount,
    ...(step.failureReason !== undefined && { FailureReason: step.failureReason }),
    ...(step.metadata !== undefined && { Metadata: step.metadata }),
    ...(step.cacheHitResult !== undefined && { CacheHitResult: step.cacheHitResult }),
    ...(step.selectiveExecutionResult !== undefined && {
      SelectiveExecutionResult: step.selectiveExecutionResult,
    }),
  };
}
