/**
 * Collects a step attempt's output and hands it over in batches: one event per flush instead of
 * one per chunk, so a chatty script costs a few transactions a second, not thousands.
 */
export class LogBatcher {
  private pending: { stream: 'stdout' | 'stderr'; text: string }[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly flushTo: (chunks: { stream: 'stdout' | 'stderr'; text: string }[]) => void,
    private readonly options: { maxDelayMs: number; maxBytes: number } = {
      maxDelayMs: 50,
      maxBytes: 64 * 1024,
    },
  ) {}

  add(stream: 'stdout' | 'stderr', text: string): void {
    const last = this.pending[this.pending.length - 1];
    if (last && last.stream === stream) last.text += text;
    else this.pending.push({ stream, text });
    this.pendingBytes += text.length;
    if (this.pendingBytes >= this.options.maxBytes) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.maxDelayMs);
  }

  /** Hands over everything collected so far. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const chunks = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    this.flushTo(chunks);
  }
}
