import type { ExecutionSummary, ServerMessageOf, Topic } from '@pipewright/shared';
import { summaryOf } from './summary-of';
import type { LiveRegistry, StatusChange, Subscription, SubscriptionContext } from './live-ports';

type Mode = 'starting' | 'live' | 'stalled' | 'closed';

/**
 * One socket following the status of every execution. The cursor is the global event id: on
 * resume the client gets, for each execution that changed after its cursor, one
 * `execution-status` with the current summary (summaries replace each other, so the
 * intermediate ones would add nothing). Too far behind, or too slow: an `executions-snapshot`.
 */
export class ExecutionsSubscription implements Subscription {
  readonly topic: Topic = { kind: 'executions' };
  private mode: Mode = 'starting';
  /** The global id up to which the client has every change. */
  private cursor = 0;
  private announced = false;
  private readonly unwatch: () => void;

  constructor(
    private readonly context: SubscriptionContext,
    registry: LiveRegistry,
  ) {
    this.unwatch = registry.watchExecutions((changes) => this.deliver(changes));
  }

  get stalled(): boolean {
    return this.mode === 'stalled';
  }

  async start(sinceCursor: number | undefined): Promise<void> {
    const { store, limits } = this.context;
    // Everything below is synchronous, so no event commits between these reads.
    const head = store.lastGlobalEventId();
    if (sinceCursor === undefined || sinceCursor > head) return this.snapshot('offer');
    const backlog = store.globalEventsSince(sinceCursor, {
      limit: limits.replayLimit + 1,
      withoutLogs: true,
    });
    if (backlog.length > limits.replayLimit) return this.snapshot('offer');
    const lastIdOf = new Map<string, number>();
    for (const { executionId, globalId } of backlog) lastIdOf.set(executionId, globalId);
    const changes = [...lastIdOf]
      .sort(([, a], [, b]) => a - b)
      .flatMap(([executionId, cursor]) => {
        const summary = summaryOf(store, executionId);
        return summary ? [{ cursor, summary }] : [];
      });
    this.cursor = sinceCursor;
    if (!this.sendChanges(changes)) return this.stall();
    // Logs after the last status change are covered too: the client may skip past them.
    this.cursor = head;
    this.goLive();
  }

  close(): void {
    this.mode = 'closed';
    this.unwatch();
  }

  private deliver(changes: readonly StatusChange[]): void {
    if (this.mode === 'live' && !this.sendChanges(changes)) this.stall();
  }

  private sendChanges(changes: readonly StatusChange[]): boolean {
    for (const { cursor, summary } of changes) {
      if (cursor <= this.cursor) continue;
      if (!this.context.outbox.offer({ type: 'execution-status', cursor, summary })) return false;
      this.cursor = cursor;
    }
    return true;
  }

  private stall(): void {
    this.mode = 'stalled';
    this.context.outbox.whenDrained(() => {
      if (this.mode !== 'stalled') return;
      try {
        this.snapshot('send');
      } catch (error) {
        this.context.fail(error);
      }
    });
  }

  /** The newest executions and every running one, as of `cursor`; then live from there. */
  private snapshot(how: 'offer' | 'send'): void {
    const { store, limits, outbox } = this.context;
    const cursor = store.lastGlobalEventId();
    const byId = new Map<string, ExecutionSummary>();
    for (const summary of store.list({ limit: limits.executionsSnapshotSize }).items) {
      byId.set(summary.PipelineExecutionId, summary);
    }
    for (const { summary } of store.listActive()) byId.set(summary.PipelineExecutionId, summary);
    const message: ServerMessageOf<'executions-snapshot'> = {
      type: 'executions-snapshot',
      cursor,
      executions: [...byId.values()],
    };
    if (how === 'send') outbox.send(message);
    else if (!outbox.offer(message)) return this.stall();
    this.cursor = cursor;
    this.goLive();
  }

  private goLive(): void {
    this.mode = 'live';
    if (this.announced) return;
    this.announced = true;
    // Sent even to a full socket: it is tiny and comes once per subscription.
    this.context.outbox.send({ type: 'subscribed', topic: this.topic, cursor: this.cursor });
  }
}
