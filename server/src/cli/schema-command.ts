import { pipelineJsonSchema } from '@pipewright/shared';
import type { CliIo } from './cli-io';
import { writeOutput } from './write-output';

/** The document's JSON Schema as text; `docs/pipeline.schema.json` holds exactly this. */
export function pipelineJsonSchemaText(): string {
  return `${JSON.stringify(pipelineJsonSchema(), null, 2)}\n`;
}

/** `pipewright schema [-o FILE]`: prints or writes the JSON Schema of the pipeline document. */
export async function schemaCommand(options: { output?: string }, io: CliIo): Promise<number> {
  const text = pipelineJsonSchemaText();
  return writeOutput(text, options.output, 'the JSON Schema', io);
}
