export {
  ExecutionIdSchema,
  PipelineNameSchema,
  executionArn,
  executionIdPattern,
  parseExecutionArn,
  pipelineArn,
  pipelineNamePattern,
} from './arn';
export { type Page, pageSchema } from './page.schema';
export { TimestampSchema } from './timestamp.schema';
export {
  type PipelineSummary,
  type PipelineVersion,
  type PipelineVersionSummary,
  PipelineSummarySchema,
  PipelineVersionSchema,
  PipelineVersionSummarySchema,
} from './pipeline.schema';
export {
  type ExecutionParameter,
  type ExecutionStep,
  type ExecutionSummary,
  type StepCounts,
  ExecutionParameterSchema,
  ExecutionStepSchema,
  ExecutionSummarySchema,
  StepCountsSchema,
} from './execution.schema';
export {
  type ExecutionHeader,
  countSteps,
  type StepCountInput,
  toExecutionParameters,
  toExecutionSteps,
  toExecutionSummary,
} from './execution-views';
export {
  type ApiError,
  type Problem,
  type RequestPart,
  ApiErrorSchema,
  ProblemSchema,
  problemsFromDetails,
  problemsFromDiagnostics,
  problemsFromIssues,
} from './problems';
export {
  type CreatePipelineRequest,
  type ExecutionListOrder,
  type ListExecutionsQuery,
  type ListObjectsQuery,
  type LogStream,
  type PageQuery,
  type RetryExecutionRequest,
  type SaveVersionRequest,
  type StartExecutionRequest,
  type StepLogsQuery,
  CreatePipelineRequestSchema,
  DownloadObjectQuerySchema,
  ExecutionParamsSchema,
  GetPipelineQuerySchema,
  IdempotencyKeySchema,
  ListExecutionsQuerySchema,
  ListObjectsQuerySchema,
  PageQuerySchema,
  PipelineParamsSchema,
  RetryExecutionRequestSchema,
  SaveVersionRequestSchema,
  StartExecutionRequestSchema,
  StepLogsQuerySchema,
  StepParamsSchema,
  StepPropertiesQuerySchema,
  executionListOrders,
  logStreams,
  maxPageSize,
} from './requests';
export { countText, wholeNumberText } from './query-values';
export {
  type ExecutionStepList,
  type ObjectListing,
  type ObjectSummary,
  ExecutionStepListSchema,
  ObjectListingSchema,
  ObjectSummarySchema,
} from './responses.schema';
export * from './registry.schema';
export * from './callback.schema';
export * from './step-attempt.schema';
export * from './example.schema';
export * from './image-map.schema';
export * from './settings.schema';
