import { readFile } from 'node:fs/promises';
import { type ParsedPipeline, parsePipelineText } from '@pipewright/shared';

export type PipelineFile =
  | { ok: true; file: string; text: string; parsed: ParsedPipeline }
  | { ok: false; file: string; reason: string };

/** Reads and parses a pipeline file; a file that cannot be read is a reason, never a throw. */
export async function readPipelineFile(file: string): Promise<PipelineFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, file, reason: readFailure(error) };
  }
  return { ok: true, file, text, parsed: parsePipelineText(text) };
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
