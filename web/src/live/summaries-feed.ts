import type { ExecutionSummary } from '@pipewright/shared';

/** What `useLiveExecutionSummaries` returns; a new object whenever anything in it changed. */
export interface LiveSummaries {
  summaries: ReadonlyMap<string, ExecutionSummary>;
  version: number;
}

type Report = (message: string, detail?: unknown) => void;

/**
 * The `executions` topic on this page: one summary per execution, newest change last. Like the
 * execution feed, changes are published once per frame.
 */
export class SummariesFeed {
  private summaries = new Map<string, ExecutionSummary>();
  private version = 0;
  /** The highest global event id seen: where a resume starts. */
  private cursor: number | undefined;
  private view: LiveSummaries = { summaries: new Map(), version: 0 };
  private dirty = false;
  private readonly listeners = new Set<{ notify: () => void }>();

  constructor(private readonly report: Report) {}

  get listenerCount(): number {
    return this.listeners.size;
  }

  get resumeCursor(): number | undefined {
    return this.cursor;
  }

  get hasPending(): boolean {
    return this.dirty;
  }

  get current(): LiveSummaries {
    return this.view;
  }

  watch(notify: () => void): () => void {
    const entry = { notify };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  receiveStatus(cursor: number, summary: ExecutionSummary): void {
    // Delete first, so the map's order stays "newest change last".
    this.summaries.delete(summary.PipelineExecutionId);
    this.summaries.set(summary.PipelineExecutionId, summary);
    this.advance(cursor);
    this.dirty = true;
  }

  /** Replaces every summary; the cursor too, since it may come from another database. */
  receiveSnapshot(cursor: number, executions: readonly ExecutionSummary[]): void {
    this.summaries = new Map(executions.map((summary) => [summary.PipelineExecutionId, summary]));
    this.cursor = cursor;
    this.version += 1;
    this.dirty = true;
  }

  receiveSubscribed(cursor: number): void {
    this.advance(cursor);
  }

  /** Forgets everything: nobody follows the topic any more. */
  clear(): void {
    this.summaries = new Map();
    this.cursor = undefined;
    this.dirty = false;
    this.view = { summaries: new Map(), version: this.version };
  }

  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.view = { summaries: new Map(this.summaries), version: this.version };
    for (const { notify } of [...this.listeners]) {
      try {
        notify();
      } catch (error) {
        this.report('A live listener threw.', error);
      }
    }
  }

  private advance(cursor: number): void {
    this.cursor = Math.max(this.cursor ?? 0, cursor);
  }
}
