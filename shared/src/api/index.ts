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
  toExecutionParameters,
  toExecutionSteps,
  toExecutionSummary,
} from './execution-views';
