import { z } from 'zod';
import { executionStatuses } from '../execution';
import { stepNamePattern } from '../pipeline';
import { ExecutionIdSchema, PipelineNameSchema, parseExecutionArn } from './arn';
import { countText, wholeNumberText } from './query-values';

/** The most items one page of a list may hold (and the default page size's ceiling). */
export const maxPageSize = 1000;

const definition = z.record(z.string(), z.unknown(), {
  error: 'The definition must be a pipeline document: a JSON object with Version and Steps.',
});
const versionMessage = z
  .string()
  .max(1024, 'A version message has at most 1024 characters.')
  .optional();

/** `POST /api/pipelines`: a new pipeline, saved as its version 1. */
export const CreatePipelineRequestSchema = z.strictObject({
  name: PipelineNameSchema,
  /** Checked in full with `parsePipelineValue`; errors answer 400 with the diagnostics. */
  definition,
  /** What this version is, like a commit message. */
  message: versionMessage,
});
export type CreatePipelineRequest = z.infer<typeof CreatePipelineRequestSchema>;

/** `PUT /api/pipelines/:name`: a new immutable version of an existing pipeline. */
export const SaveVersionRequestSchema = z.strictObject({ definition, message: versionMessage });
export type SaveVersionRequest = z.infer<typeof SaveVersionRequestSchema>;

/**
 * An idempotency key: the same key twice makes one execution (start) or one retry. Visible
 * ASCII so it can also travel in the `Idempotency-Key` header.
 */
export const IdempotencyKeySchema = z
  .string()
  .regex(
    /^[\x21-\x7e]{1,128}$/,
    'An idempotency key is 1 to 128 visible ASCII characters (no spaces).',
  );

const maxParallelExecutionSteps = z
  .number({ error: 'maxParallelExecutionSteps must be a whole number of at least 1.' })
  .int('maxParallelExecutionSteps must be a whole number of at least 1.')
  .min(1, 'maxParallelExecutionSteps must be a whole number of at least 1.');

/** Parameter values as a record of typed values by name: `{ "Epochs": 10, "Mode": "fast" }`. */
const ParameterRecordSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()], {
    error: 'A parameter value is a string, a number, a boolean or null (for the default).',
  }),
);
/** SageMaker's `PipelineParameters`: `[{ "Name": "Epochs", "Value": "10" }]`. */
const ParameterListSchema = z.array(z.strictObject({ Name: z.string().min(1), Value: z.string() }));

/** `POST /api/pipelines/:name/executions`: start an execution of the latest (or a given) version. */
export const StartExecutionRequestSchema = z.strictObject({
  parameters: z
    .union([ParameterListSchema, ParameterRecordSchema], {
      error:
        'parameters is an object of values by name ({"Epochs": 10}) or SageMaker\'s list ([{"Name": "Epochs", "Value": "10"}]).',
    })
    .optional(),
  /** The version to run; the latest when absent. */
  pipelineVersion: z.number().int().positive().optional(),
  displayName: z
    .string()
    .regex(
      /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}$/,
      'A display name is up to 82 letters, digits and hyphens, starting and ending with a letter or digit.',
    )
    .optional(),
  description: z.string().max(3072, 'A description has at most 3072 characters.').optional(),
  maxParallelExecutionSteps: maxParallelExecutionSteps.optional(),
  idempotencyKey: IdempotencyKeySchema.optional(),
  /** SageMaker's SelectiveExecutionConfig: run only these steps, reusing earlier results upstream. */
  selectiveExecutionConfig: z
    .strictObject({
      SourcePipelineExecutionArn: z
        .string()
        .refine((arn) => parseExecutionArn(arn) !== undefined, 'not an execution ARN')
        .optional(),
      SelectedSteps: z
        .array(z.strictObject({ StepName: z.string().min(1) }))
        .min(1)
        .max(50),
    })
    .optional(),
});
export type StartExecutionRequest = z.infer<typeof StartExecutionRequestSchema>;

/** `POST /api/executions/:id/retry`: run the failed and stopped steps again. */
export const RetryExecutionRequestSchema = z.strictObject({
  maxParallelExecutionSteps: maxParallelExecutionSteps.optional(),
  idempotencyKey: IdempotencyKeySchema.optional(),
});
export type RetryExecutionRequest = z.infer<typeof RetryExecutionRequestSchema>;

const limit = countText('limit', 1, maxPageSize).optional();
const pageToken = z.string().min(1).max(256).optional();

/** The query of a paginated list: newest first, `pageToken` from the previous page. */
export const PageQuerySchema = z.strictObject({ limit, pageToken });
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** The orders an execution list can come in: by start, newest or oldest first. */
export const executionListOrders = ['newest', 'oldest'] as const;
export type ExecutionListOrder = (typeof executionListOrders)[number];

/**
 * `GET /api/executions`: executions newest first (or `order=oldest`), optionally of one
 * pipeline, in one status, or matching `search`: text found in the display name, the id or
 * the pipeline's name, ignoring case.
 */
export const ListExecutionsQuerySchema = z.strictObject({
  limit,
  pageToken,
  status: z
    .enum(executionStatuses, { error: `status must be one of ${executionStatuses.join(', ')}.` })
    .optional(),
  pipelineName: PipelineNameSchema.optional(),
  search: z.string().trim().max(200, 'search has at most 200 characters.').optional(),
  order: z
    .enum(executionListOrders, { error: `order must be one of ${executionListOrders.join(', ')}.` })
    .optional(),
});
export type ListExecutionsQuery = z.infer<typeof ListExecutionsQuerySchema>;

/** `GET /api/pipelines/:name`: the latest version, or `?version=N`. */
export const GetPipelineQuerySchema = z.strictObject({
  version: countText('version', 1).optional(),
});

/** `:name` in a pipeline route. */
export const PipelineParamsSchema = z.strictObject({ name: PipelineNameSchema });
/** `:id` in an execution route. */
export const ExecutionParamsSchema = z.strictObject({ id: ExecutionIdSchema });
/** `:id` and `:step` in a step route. */
export const StepParamsSchema = z.strictObject({
  id: ExecutionIdSchema,
  step: z
    .string()
    .regex(stepNamePattern, 'A step name is 1 to 64 letters, digits, hyphens and underscores.'),
});

/** The log files of an attempt: each stream, or both interleaved as they arrived. */
export const logStreams = ['combined', 'stdout', 'stderr'] as const;
export type LogStream = (typeof logStreams)[number];

/**
 * `GET /api/executions/:id/steps/:step/logs`: a byte range (`start` inclusive, `end`
 * exclusive) or the last `tail` lines of one attempt's log; the latest attempt by default.
 */
export const StepLogsQuerySchema = z
  .strictObject({
    attempt: countText('attempt', 1).optional(),
    stream: z
      .enum(logStreams, { error: `stream must be one of ${logStreams.join(', ')}.` })
      .optional(),
    start: wholeNumberText('start').optional(),
    end: wholeNumberText('end').optional(),
    tail: countText('tail', 1, 10_000).optional(),
    /** `1`: the whole file as an attachment, not capped at one answer's size. */
    download: z.literal('1', { error: 'download must be 1.' }).optional(),
  })
  .refine((query) => query.tail === undefined || (query.start ?? query.end) === undefined, {
    message: 'Ask for a byte range (start, end) or for the last lines (tail), not both.',
    path: ['tail'],
  })
  .refine(
    (query) => query.start === undefined || query.end === undefined || query.end >= query.start,
    { message: 'end must not be before start.', path: ['end'] },
  )
  .refine(
    (query) =>
      query.download === undefined || (query.start ?? query.end ?? query.tail) === undefined,
    { message: 'A download is the whole file: leave out start, end and tail.', path: ['download'] },
  );
export type StepLogsQuery = z.infer<typeof StepLogsQuerySchema>;

/** `GET /api/executions/:id/steps/:step/properties`: the latest attempt's, or `?attempt=N`'s. */
export const StepPropertiesQuerySchema = z.strictObject({
  attempt: countText('attempt', 1).optional(),
});

const s3Uri = (name: string) =>
  z
    .string({ error: `${name} is required: an s3:// URI.` })
    .startsWith('s3://', `${name} must be an s3:// URI.`)
    .max(2048, `${name} has at most 2048 characters.`);

/** `GET /api/objects`: the objects whose key starts with `prefix`, by key. */
export const ListObjectsQuerySchema = z.strictObject({
  prefix: s3Uri('prefix'),
  limit,
  pageToken,
});
export type ListObjectsQuery = z.infer<typeof ListObjectsQuerySchema>;

/** `GET /api/objects/download`: one object's bytes. */
export const DownloadObjectQuerySchema = z.strictObject({ uri: s3Uri('uri') });
