import { z } from 'zod';

/** SageMaker's per-step `Metadata`: one member keyed by kind (`ProcessingJob`, `Condition`, `Fail`, …). */
export const StepMetadataSchema = z.record(z.string(), z.record(z.string(), z.unknown()));
export type StepMetadata = z.infer<typeof StepMetadataSchema>;

const at = z.string().describe('ISO 8601 timestamp');
const stepName = z.string();
const attempt = z.number().int().positive();

/**
 * Everything that happens to an execution, as events. Each is stored with a per-execution,
 * gap-free sequence number in the same transaction as the change it describes; folding them
 * with `reduceExecution` gives the execution's state, on the server and in the browser alike.
 */
export const ExecutionEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('execution-started'),
    at,
    parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    stepNames: z.array(stepName).describe('every step of the pipeline, nested ones included'),
    selectedSteps: z
      .array(stepName)
      .optional()
      .describe('a selective execution: only these steps run (SelectiveExecutionConfig)'),
    sourcePipelineExecutionArn: z.string().optional(),
    stepBranches: z
      .record(stepName, z.object({ conditionName: stepName, branch: z.enum(['if', 'else']) }))
      .optional()
      .describe('steps nested in a Condition branch: which Condition and which branch'),
  }),
  z.object({ type: z.literal('step-starting'), at, stepName, attempt }),
  z.object({
    type: z.literal('step-executing'),
    at,
    stepName,
    attempt,
    metadata: StepMetadataSchema.optional().describe(
      "known while running, e.g. a Callback's token",
    ),
  }),
  z.object({
    type: z.literal('step-succeeded'),
    at,
    stepName,
    attempt,
    metadata: StepMetadataSchema.optional(),
    cacheKey: z.string().optional().describe('set when the step has caching enabled'),
    cacheHit: z
      .object({ sourcePipelineExecutionArn: z.string() })
      .optional()
      .describe("the result was reused from this execution's run of the step (CacheHitResult)"),
    reused: z
      .object({ sourcePipelineExecutionArn: z.string() })
      .optional()
      .describe('not selected in a selective execution: reused from the source execution'),
  }),
  z.object({
    type: z.literal('step-failed'),
    at,
    stepName,
    attempt,
    reason: z.string(),
    metadata: StepMetadataSchema.optional(),
  }),
  z.object({ type: z.literal('step-stopping'), at, stepName }),
  z.object({ type: z.literal('step-stopped'), at, stepName, attempt }),
  z.object({
    type: z.literal('step-interrupted'),
    at,
    stepName,
    attempt,
    reason: z
      .string()
      .describe('why the attempt ended without a result, e.g. the server restarted'),
  }),
  z.object({ type: z.literal('execution-stopping'), at }),
  z.object({
    type: z.literal('execution-finished'),
    at,
    status: z.enum(['Succeeded', 'Failed', 'Stopped']),
    failureReason: z.string().optional(),
  }),
  z.object({
    type: z.literal('execution-retried'),
    at,
    resetSteps: z.array(stepName).describe('failed and stopped steps and everything downstream'),
  }),
  z.object({
    type: z.literal('log'),
    at,
    stepName,
    attempt,
    stream: z.enum(['stdout', 'stderr']),
    text: z.string(),
  }),
]);
export type ExecutionEvent = z.infer<typeof ExecutionEventSchema>;
export type ExecutionEventType = ExecutionEvent['type'];

/** An event as stored and streamed: with its execution and sequence number. */
export interface SequencedEvent {
  executionId: string;
  seq: number;
  event: ExecutionEvent;
}
