import { hasErrors, serializePipeline, toSageMakerDefinition } from '@pipewright/shared';
import { type CliIo, exitCodes } from './cli-io';
import { writeOutput } from './write-output';
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
  return writeOutput(text, options.output, 'the SageMaker definition', io);
}
