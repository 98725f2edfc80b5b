import { writeFile } from 'node:fs/promises';
import { type CliIo, exitCodes } from './cli-io';

/**
 * Prints `text` to standard output, or writes it to `output` and says so on standard error
 * (so stdout stays clean for pipes). A file that cannot be written is exit 2, with the reason.
 */
export async function writeOutput(
  text: string,
  output: string | undefined,
  what: string,
  io: CliIo,
): Promise<number> {
  if (output === undefined) {
    io.stdout(text);
    return exitCodes.ok;
  }
  try {
    await writeFile(output, text, 'utf8');
  } catch (error) {
    io.stderr(`✖ cannot write ${output}: ${(error as Error).message}\n`);
    return exitCodes.unreadable;
  }
  io.stderr(`✔ wrote ${what} to ${output}\n`);
  return exitCodes.ok;
}
