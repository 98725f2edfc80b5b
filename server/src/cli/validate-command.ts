import { hasErrors } from '@pipewright/shared';
import { type CliIo, exitCodes } from './cli-io';
import { formatDiagnostics } from './format-diagnostics';
import { readPipelineFile } from './read-pipeline-file';

/**
 * `pipewright validate FILE… [--json]`: exit 0 with no errors (warnings allowed), 1 when any file
 * has errors, 2 when a file cannot be read or is not JSON.
 */
export async function validateCommand(
  files: readonly string[],
  options: { json?: boolean },
  io: CliIo,
): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const report: unknown[] = [];
  for (const file of files) {
    const result = await readPipelineFile(file);
    if (!result.ok) {
      exitCode = exitCodes.unreadable;
      if (options.json) report.push({ file, readable: false, error: result.reason });
      else io.stderr(`✖ ${file}: cannot read the file: ${result.reason}\n`);
      continue;
    }
    const { diagnostics } = result.parsed;
    const notJson = diagnostics.some((diagnostic) => diagnostic.code === 'invalid-json');
    if (notJson) exitCode = exitCodes.unreadable;
    else if (hasErrors(diagnostics) && exitCode === exitCodes.ok) exitCode = exitCodes.problems;
    if (options.json)
      report.push({ file, readable: true, valid: !hasErrors(diagnostics), diagnostics });
    else io.stdout(formatDiagnostics(file, diagnostics));
  }
  if (options.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  return exitCode;
}
