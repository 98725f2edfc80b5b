import { z } from 'zod';
import { PipelineDocumentSchema } from '../pipeline';

/** An example pipeline that ships with Pipewright, as the welcome gallery lists it. */
export const ExampleSummarySchema = z.object({
  /** The example's folder name under `examples/`. */
  id: z.string(),
  /** The README's first heading. */
  title: z.string(),
  /** The README's first paragraph: what the pipeline does. */
  summary: z.string(),
  /** The README's "What it shows:" paragraph, without the label. */
  shows: z.string(),
});
export type ExampleSummary = z.infer<typeof ExampleSummarySchema>;

/** `GET /api/examples`: every example, by id. */
export const ExampleListSchema = z.object({ items: z.array(ExampleSummarySchema) });
export type ExampleList = z.infer<typeof ExampleListSchema>;

/** `GET /api/examples/:id`: an example with its whole README and its pipeline definition. */
export const ExampleSchema = ExampleSummarySchema.extend({
  readme: z.string(),
  definition: PipelineDocumentSchema,
});
export type Example = z.infer<typeof ExampleSchema>;
