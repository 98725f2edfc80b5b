import { z } from 'zod';
import { PipelineDocumentSchema } from '../pipeline';
import { PipelineNameSchema } from './arn';
import { TimestampSchema } from './timestamp.schema';

const version = z.number().int().positive();

/** One pipeline in a list: its name, latest version and times (SageMaker's `PipelineSummary`). */
export const PipelineSummarySchema = z.object({
  PipelineArn: z.string(),
  PipelineName: PipelineNameSchema,
  LatestVersion: version,
  /** The message saved with the latest version, if any. */
  LatestVersionMessage: z.string().optional(),
  CreationTime: TimestampSchema,
  /** When the latest version was saved. */
  LastModifiedTime: TimestampSchema,
  /** When the newest execution of any version was created. */
  LastExecutionTime: TimestampSchema.optional(),
});
export type PipelineSummary = z.infer<typeof PipelineSummarySchema>;

/** One saved version, without its document. Versions are immutable once saved. */
export const PipelineVersionSummarySchema = z.object({
  PipelineArn: z.string(),
  PipelineName: PipelineNameSchema,
  Version: version,
  Message: z.string().optional(),
  CreationTime: TimestampSchema,
});
export type PipelineVersionSummary = z.infer<typeof PipelineVersionSummarySchema>;

/** One saved version with its document. */
export const PipelineVersionSchema = PipelineVersionSummarySchema.extend({
  Definition: PipelineDocumentSchema,
});
export type PipelineVersion = z.infer<typeof PipelineVersionSchema>;
