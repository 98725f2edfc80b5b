import type { StepMetadata } from './execution-event';
import type { ExecutionStatus, StepStatus } from './status';

/** One step as `ListPipelineExecutionSteps` shows it. Only started steps have one. */
export interface StepRun {
  stepName: string;
  status: StepStatus;
  /** Attempts made in this execution, retries and restarts included. */
  attemptCount: number;
  startTime: string;
  endTime?: string;
  failureReason?: string;
  metadata?: StepMetadata;
  /** SageMaker's `CacheHitResult`: the step's result came from an earlier execution. */
  cacheHitResult?: { SourcePipelineExecutionArn: string };
  /** SageMaker's `SelectiveExecutionResult`: not selected, reused from the source execution. */
  selectiveExecutionResult?: { SourcePipelineExecutionArn: string };
}

/** An execution's state: the fold of its events. */
export interface ExecutionState {
  status: ExecutionStatus;
  failureReason?: string;
  startTime: string;
  endTime?: string;
  lastModifiedTime: string;
  parameters: Record<string, string | number | boolean>;
  /** Every step of the pipeline, nested ones included, in document order. */
  stepNames: string[];
  /** For a selective execution: the only steps that run (the rest are reused or never run). */
  selectedSteps?: string[];
  /**
   * Steps nested in a Condition branch, by name: their Condition and branch. Lets a step on
   * an untaken branch be told from one still to run without the pipeline document.
   */
  stepBranches?: Record<string, { conditionName: string; branch: 'if' | 'else' }>;
  /** For a selective execution: where unselected upstream steps' results come from. */
  sourcePipelineExecutionArn?: string;
  /** Started steps by name. */
  steps: Record<string, StepRun>;
  /** Attempts of steps reset by a retry, so the next attempt number continues from them. */
  priorAttempts: Record<string, number>;
  /** The sequence number of the last event folded in. */
  lastSeq: number;
}

/** The attempt number the next start of a step gets. */
export function nextAttempt(state: ExecutionState, stepName: string): number {
  return (state.steps[stepName]?.attemptCount ?? state.priorAttempts[stepName] ?? 0) + 1;
}
