import { writeFile } from 'node:fs/promises';
import { hasErrors, serializePipeline, toSageMakerDefinition } from '@pipewright/shared';
import { type CliIo, exitCodes } from './cli-io';
import { formatDiagnostics } from './format-diagnostics';
import { readPipelineFile } from './read-pipeline-file';

export const exportTargets = ['sagemaker'] as const;

/**
 * `pipewright export FILE --to sagemaker [-o OUT]`: writes the pure SageMaker definition (the
 * document without Pipewright's extension key) to OUT or standard output. A document with errors
 * is not exported: SageMaker would reject it.
 */
export async function exportCommand(
  file: string,
  options: { to: string; output?: string },
  io: CliIo,
): Promise<number> {
  if (!exportTargets.includes(options.to as (typeof exportTargets)[number])) {
    io.stderr(`✖ cannot export to "${options.to}": the targets are ${exportTargets.join(', ')}\n`);
    return exitCodes.unreadable;
  }
  const result = await readPipelineFile(file);
  if (!result.ok) {
    io.stderr(`✖ ${file}: cannot read the file: ${result.reason}\n`);
    return exitCodes.unreadable;
  }
  const { document, diagnostics } = result.parsed;
  if (document === null || hasErrors(diagnostics)) {
    io.stderr(formatDiagnostics(file, diagnostics));
    io.stderr(`✖ ${file} was not exported: fix the errors above first.\n`);
    const notJson = diagnostics.some((diagnostic) => diagnostic.code === 'invalid-json');
    return notJson ? exitCodes.unreadable : exitCodes.problems;
  }
  const text = serializePipeline(toSageMakerDefinition(document));
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
  io.stderr(`✔ wrote the SageMaker definition to ${options.output}\n`);
  return exitCodes.ok;
}
