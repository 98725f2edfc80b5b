import { z } from 'zod';
import { StepMetadataSchema, executionStatuses, stepStatuses } from '../execution';
import { ExecutionIdSchema, PipelineNameSchema } from './arn';
import { TimestampSchema } from './timestamp.schema';

/** A parameter value an execution ran with; SageMaker sends every value as a string. */
export const ExecutionParameterSchema = z.object({ Name: z.string(), Value: z.string() });
export type ExecutionParameter = z.infer<typeof ExecutionParameterSchema>;

const count = z.number().int().nonnegative();

/**
 * How many of the pipeline's steps are in each status. `NotStarted` counts steps that have not
 * started yet and, once the execution has ended, steps that never will (untaken branches).
 */
export const StepCountsSchema = z.object({
  Total: count,
  NotStarted: count,
  Starting: count,
  Executing: count,
  Stopping: count,
  Stopped: count,
  Failed: count,
  Succeeded: count,
});
export type StepCounts = z.infer<typeof StepCountsSchema>;

/**
 * An execution as `DescribePipelineExecution` and `ListPipelineExecutions` show it, in one
 * shape, plus its parameters and step counts so a run list needs no second request.
 */
export const ExecutionSummarySchema = z.object({
  PipelineExecutionArn: z.string(),
  PipelineExecutionId: ExecutionIdSchema,
  PipelineArn: z.string(),
  PipelineName: PipelineNameSchema,
  PipelineVersion: z.number().int().positive(),
  PipelineExecutionDisplayName: z.string(),
  PipelineExecutionDescription: z.string().optional(),
  PipelineExecutionStatus: z.enum(executionStatuses),
  FailureReason: z.string().optional(),
  CreationTime: TimestampSchema,
  StartTime: TimestampSchema,
  LastModifiedTime: TimestampSchema,
  EndTime: TimestampSchema.optional(),
  ParallelismConfiguration: z
    .object({ MaxParallelExecutionSteps: z.number().int().positive() })
    .optional(),
  Parameters: z.array(ExecutionParameterSchema),
  StepCounts: StepCountsSchema,
});
export type ExecutionSummary = z.infer<typeof ExecutionSummarySchema>;

/** One started step, in `ListPipelineExecutionSteps`' shape. */
export const ExecutionStepSchema = z.object({
  StepName: z.string(),
  StepStatus: z.enum(stepStatuses),
  StartTime: TimestampSchema,
  EndTime: TimestampSchema.optional(),
  /** Attempts made in this execution, retries and restarts included. */
  AttemptCount: z.number().int().positive(),
  FailureReason: z.string().optional(),
  /** Keyed by kind: `ProcessingJob`, `Condition` (with its `Outcome`), `Fail`, … */
  Metadata: StepMetadataSchema.optional(),
  /** The result was reused from an earlier execution's run of this step (caching). */
  CacheHitResult: z.object({ SourcePipelineExecutionArn: z.string() }).optional(),
  /** Not selected in a selective execution: reused from the source execution. */
  SelectiveExecutionResult: z.object({ SourcePipelineExecutionArn: z.string() }).optional(),
});
export type ExecutionStep = z.infer<typeof ExecutionStepSchema>;
