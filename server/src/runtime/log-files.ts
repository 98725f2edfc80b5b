import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';

/** The two streams a step writes. */
export type OutputStream = 'stdout' | 'stderr';

/** Receives output as text, chunk by chunk, in the order it arrived. */
export type OutputListener = (stream: OutputStream, text: string) => void;

/** The files an attempt's output is kept in, inside its `logs/` folder. */
export const logFileNames = {
  stdout: 'stdout.log',
  stderr: 'stderr.log',
  /** Both streams interleaved in arrival order: what a person reads first. */
  combined: 'output.log',
} as const;

/**
 * Appends a process's output to `stdout.log`, `stderr.log` and `output.log` (bytes as they
 * came) and hands it on as text. Decoding keeps a character split across two chunks whole.
 */
export class LogFiles {
  private readonly files: Record<keyof typeof logFileNames, WriteStream>;
  private readonly decoders = {
    stdout: new StringDecoder('utf8'),
    stderr: new StringDecoder('utf8'),
  };

  private constructor(
    logDir: string,
    private readonly listener: OutputListener | undefined,
  ) {
    const open = (name: string) => createWriteStream(join(logDir, name), { flags: 'a' });
    this.files = {
      stdout: open(logFileNames.stdout),
      stderr: open(logFileNames.stderr),
      combined: open(logFileNames.combined),
    };
  }

  /** Creates `logDir` and opens the three files for appending (a retry's attempt has its own folder). */
  static async open(logDir: string, listener?: OutputListener): Promise<LogFiles> {
    await mkdir(logDir, { recursive: true });
    return new LogFiles(logDir, listener);
  }

  /** Records one chunk of a stream. */
  write(stream: OutputStream, chunk: Buffer): void {
    this.files[stream].write(chunk);
    this.files.combined.write(chunk);
    const text = this.decoders[stream].write(chunk);
    if (text !== '') this.listener?.(stream, text);
  }

  /** Records a line of Pipewright's own (a process that could not start), on stderr. */
  note(text: string): void {
    this.write('stderr', Buffer.from(`[pipewright] ${text}\n`));
  }

  /** Flushes what is pending and closes the files. */
  async close(): Promise<void> {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.decoders[stream].end();
      if (rest !== '') this.listener?.(stream, rest);
    }
    const files = Object.values(this.files);
    for (const file of files) file.end();
    await Promise.all(files.map((file) => finished(file)));
  }
}
