import { z } from 'zod';
import {
  type ExecutionState,
  StepMetadataSchema,
  executionStatuses,
  stepStatuses,
} from '../execution';

/** One started step as the reducer keeps it (`StepRun`). */
export const StepRunSchema = z.object({
  stepName: z.string(),
  status: z.enum(stepStatuses),
  attemptCount: z.number().int().positive(),
  startTime: z.string(),
  endTime: z.string().optional(),
  failureReason: z.string().optional(),
  metadata: StepMetadataSchema.optional(),
  cacheHitResult: z.object({ SourcePipelineExecutionArn: z.string() }).optional(),
  selectiveExecutionResult: z.object({ SourcePipelineExecutionArn: z.string() }).optional(),
});

/**
 * `ExecutionState` on the wire, so a `snapshot` is validated like every other frame. The
 * reducer's type stays the source of truth: the check below fails to compile if they drift.
 */
export const ExecutionStateSchema = z.object({
  status: z.enum(executionStatuses),
  failureReason: z.string().optional(),
  startTime: z.string(),
  endTime: z.string().optional(),
  lastModifiedTime: z.string(),
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  stepNames: z.array(z.string()),
  selectedSteps: z.array(z.string()).optional(),
  sourcePipelineExecutionArn: z.string().optional(),
  steps: z.record(z.string(), StepRunSchema),
  priorAttempts: z.record(z.string(), z.number().int().nonnegative()),
  lastSeq: z.number().int().nonnegative(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesReducer: Same<z.infer<typeof ExecutionStateSchema>, ExecutionState> = true;
void schemaMatchesReducer;
