import { z } from 'zod';
import { ExecutionStepSchema } from './execution.schema';
import { pageSchema } from './page.schema';
import { TimestampSchema } from './timestamp.schema';

/** `GET /api/executions/:id/steps`, in `ListPipelineExecutionSteps`' shape. */
export const ExecutionStepListSchema = z.object({
  PipelineExecutionSteps: z.array(ExecutionStepSchema),
  /** Absent: every started step fits in one answer. */
  NextToken: z.string().optional(),
});
export type ExecutionStepList = z.infer<typeof ExecutionStepListSchema>;

/** One object in the local object store. */
export const ObjectSummarySchema = z.object({
  key: z.string(),
  uri: z.string(),
  size: z.number().int().nonnegative(),
  lastModified: TimestampSchema,
});
export type ObjectSummary = z.infer<typeof ObjectSummarySchema>;

/** `GET /api/objects`: one page of the objects under a prefix, in key order. */
export const ObjectListingSchema = pageSchema(ObjectSummarySchema).extend({
  prefix: z.string(),
});
export type ObjectListing = z.infer<typeof ObjectListingSchema>;
