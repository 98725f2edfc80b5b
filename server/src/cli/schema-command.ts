import { writeFile } from 'node:fs/promises';
import { pipelineJsonSchema } from '@pipewright/shared';
import { type CliIo, exitCodes } from './cli-io';

/** The document's JSON Schema as text; `docs/pipeline.schema.json` holds exactly this. */
export function pipelineJsonSchemaText(): string {
  return `${JSON.stringify(pipelineJsonSchema(), null, 2)}\n`;
}

/** `pipewright schema [-o FILE]`: prints or writes the JSON Schema of the pipeline document. */
export async function schemaCommand(options: { output?: string }, io: CliIo): Promise<number> {
  const text = pipelineJsonSchemaText();
  if (options.output === undefined) {
    io.stdout(text);
    return exitCodes.ok;
  }
  try {
    await writeFile(options.output, text, 'utf8');
  } catch (error) {
    io.stderr(`✖ cannot write ${options.output}: ${(error as Error).message}\n`);
    return exitCodes.unreadable;
  }
  io.stderr(`✔ wrote the JSON Schema to ${options.output}\n`);
  return exitCodes.ok;
}
