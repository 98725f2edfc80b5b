import type {
  ExecutionEvent,
  ExecutionState,
  PipelineDocument,
  StepMetadata,
} from '@pipewright/shared';
import type { PublishedEvent } from '../events/event-bus';
import type { RetryExceptionType } from './retry-policy';

/** What the engine needs from the store; the SQLite repositories provide it. */
export interface EngineStore {
  /** A pipeline version's document (latest when `version` is omitted). */
  pipelineDocument(
    pipelineName: string,
    version?: number,
  ): { version: number; document: PipelineDocument };
  createExecution(input: {
    pipelineName: string;
    version: number;
    displayName?: string;
    description?: string;
    maxParallel?: number;
    idempotencyKey?: string;
  }): { executionId: string; created: boolean };
  execution(executionId: string): ExecutionRecord;
  /** Appends events atomically (with step properties, if given) and returns them as committed. */
  appendEvents(
    executionId: string,
    events: ExecutionEvent[],
    stepProperties?: { stepName: string; attempt: number; properties: unknown }[],
  ): PublishedEvent[];
  stepProperties(executionId: string, stepName: string): unknown;
  /** The latest earlier successful run of a step with this cache key, if any. */
  findCachedRun(query: {
    pipelineName: string;
    stepName: string;
    cacheKey: string;
    notBefore: string;
  }): { executionId: string; properties: unknown; metadata?: StepMetadata } | undefined;
  activeExecutionIds(): string[];
  /** The newest Succeeded, Failed or Stopped execution of a pipeline: a selective run's default source. */
  latestFinishedExecutionId(pipelineName: string): string | undefined;
}

export interface ExecutionRecord {
  executionId: string;
  pipelineName: string;
  version: number;
  maxParallel: number;
  state: ExecutionState | undefined;
}

/** What happened when a step ran. */
export type StepOutcome =
  | {
      status: 'Succeeded';
      properties?: unknown;
      metadata?: StepMetadata;
      /** Set when the step has caching enabled, so later runs can find this one. */
      cacheKey?: string;
      /** Set when the result was reused from an earlier run instead of running. */
      cacheHit?: { sourcePipelineExecutionArn: string };
    }
  | {
      status: 'Failed';
      reason: string;
      metadata?: StepMetadata;
      /** The SageMaker exception type this failure counts as, for RetryPolicies. */
      exceptionType?: RetryExceptionType;
    }
  | { status: 'Stopped' };

/** Everything a step executor gets: its resolved arguments and the means to report. */
export interface StepRunRequest {
  executionId: string;
  pipelineName: string;
  stepName: string;
  stepType: string;
  attempt: number;
  /** The raw step, as written in the document. */
  step: Record<string, unknown>;
  /** The step's Arguments with every expression resolved. */
  arguments: unknown;
  /**
   * Called once the step's process (or wait) has really begun; metadata known by then (a
   * Callback step's token) is shown while the step runs.
   */
  onExecuting: (metadata?: StepMetadata) => void;
  onLog: (stream: 'stdout' | 'stderr', text: string) => void;
  /** Aborted when the step must stop. */
  signal: AbortSignal;
}

/** Runs steps of the types that need a process: Processing now, more step types later. */
export interface StepRuntime {
  /** Puts embedded script files where the steps will read them. */
  materializeFiles(files: Record<string, { content: string }>): Promise<void>;
  /** Whether a step type has a local runner. */
  canRun(stepType: string): boolean;
  run(request: StepRunRequest): Promise<StepOutcome>;
  readJsonSync(uri: string): unknown;
  /** Kills what is left of an attempt that was running when the server died. */
  killLeftovers(executionId: string, stepName: string, attempt: number): void;
}
