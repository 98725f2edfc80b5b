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
