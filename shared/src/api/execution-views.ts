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

/** How many of the pipeline's steps are in each status; steps not started count as NotStarted. */
export function countSteps(state: ExecutionState | undefined): StepCounts {
  const counts: StepCounts = {
    Total: state?.stepNames.length ?? 0,
    NotStarted: 0,
    Starting: 0,
    Executing: 0,
    Stopping: 0,
    Stopped: 0,
    Failed: 0,
    Succeeded: 0,
  };
  for (const name of state?.stepNames ?? []) {
    const step = state?.steps[name];
    if (step) counts[step.status] += 1;
    else counts.NotStarted += 1;
  }
  return counts;
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
