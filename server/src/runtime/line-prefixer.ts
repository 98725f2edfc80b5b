import type { OutputListener, OutputStream } from './log-files';

/**
 * Puts a prefix (`[Tune-abc-001-1f2e3d4c] `) in front of every line of a stream, so several
 * jobs' output can share one log and each line still says whose it is. A line split across
 * chunks is held until it is complete (or `end()`), so a prefix never lands mid-line.
 */
export class LinePrefixer {
  private readonly pending: Record<OutputStream, string> = { stdout: '', stderr: '' };

  constructor(
    private readonly prefix: string,
    private readonly listener: OutputListener,
  ) {}

  write(stream: OutputStream, text: string): void {
    const joined = this.pending[stream] + text;
    const cut = joined.lastIndexOf('\n') + 1;
    this.pending[stream] = joined.slice(cut);
    if (cut > 0) this.listener(stream, this.prefixed(joined.slice(0, cut)));
  }

  /** Hands on what is left of each stream, ending it with a newline. */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream] !== '')
        this.listener(stream, this.prefixed(`${this.pending[stream]}\n`));
      this.pending[stream] = '';
    }
  }

  /** `lines` ends with a newline: every piece but the empty last one is a line. */
  private prefixed(lines: string): string {
    const parts = lines.split('\n');
    return parts
      .map((line, index) => (index < parts.length - 1 ? this.prefix + line : line))
      .join('\n');
  }
}
