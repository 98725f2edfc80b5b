import { z } from 'zod';
import { PipelineDocumentSchema } from './document.schema';

/**
 * The JSON Schema (draft 2020-12) of the native document, generated from the zod schemas so the
 * two never disagree. Other tools and the editor's JSON view use it; `docs/pipeline.schema.json`
 * is this output.
 */
export function pipelineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PipelineDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'ref',
  });
  return {
    $schema: schema.$schema,
    $id: 'https://pipewright.dev/schema/pipeline.schema.json',
    title: 'Pipewright pipeline document',
    description:
      'A SageMaker pipeline definition (Version 2020-12-01) plus the optional "x-pipewright" extension key. Unknown keys and step types are allowed and preserved.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
