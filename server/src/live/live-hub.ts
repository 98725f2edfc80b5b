import type { WebSocket } from 'ws';
import type { EventBus, PublishedEvent } from '../events/event-bus';
import { LiveConnection } from './live-connection';
import { type LiveLimits, defaultLiveLimits } from './live-limits';
import type { LiveLog, LiveRegistry, LiveStore, StatusChange } from './live-ports';
import { summaryOf } from './summary-of';

type DeliverEvents = (events: readonly PublishedEvent[]) => void;
type DeliverChanges = (changes: readonly StatusChange[]) => void;

/** What the hub reads from, listens to, and announces. */
export interface LiveHubOptions {
  store: LiveStore;
  bus: EventBus;
  serverVersion: string;
  limits?: Partial<LiveLimits>;
  log?: LiveLog;
}

/** What a test (or a debug route) can see of one socket. */
export interface ConnectionStats {
  bufferedBytes: number;
  subscriptions: number;
  stalled: number;
}

/**
 * Fans committed events out to WebSocket subscribers. Events the bus publishes within one turn
 * of the event loop are delivered together, so a burst becomes one message per subscription,
 * and the executions topic reads each changed summary once per burst, not once per socket.
 */
export class LiveHub implements LiveRegistry {
  readonly limits: LiveLimits;
  private readonly connections = new Set<LiveConnection>();
  private readonly executionWatchers = new Map<string, Set<DeliverEvents>>();
  private readonly executionsWatchers = new Set<DeliverChanges>();
  private pending: (readonly PublishedEvent[])[] = [];
  private flushScheduled = false;
  private closed = false;
  private readonly unsubscribeBus: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly options: LiveHubOptions) {
    this.limits = { ...defaultLiveLimits, ...options.limits };
    this.unsubscribeBus = options.bus.subscribe((events) => this.onPublish(events));
    this.heartbeat = setInterval(() => {
      for (const connection of this.connections) connection.heartbeat();
    }, this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Takes over an upgraded socket. */
  accept(socket: WebSocket): void {
    const { store, serverVersion, log } = this.options;
    const connection = new LiveConnection(socket, {
      store,
      limits: this.limits,
      serverVersion,
      registry: this,
      ...(log && { log }),
    });
    if (this.closed) return connection.close(1001, 'The server is shutting down.');
    this.connections.add(connection);
    socket.once('close', () => this.connections.delete(connection));
  }

  watchExecution(executionId: string, deliver: DeliverEvents): () => void {
    let watchers = this.executionWatchers.get(executionId);
    if (!watchers) this.executionWatchers.set(executionId, (watchers = new Set()));
    watchers.add(deliver);
    return () => {
      watchers.delete(deliver);
      if (watchers.size === 0 && this.executionWatchers.get(executionId) === watchers) {
        this.executionWatchers.delete(executionId);
      }
    };
  }

  watchExecutions(deliver: DeliverChanges): () => void {
    this.executionsWatchers.add(deliver);
    return () => this.executionsWatchers.delete(deliver);
  }

  /** Per-socket numbers, for tests and diagnostics. */
  stats(): ConnectionStats[] {
    return [...this.connections].map((connection) => connection.stats());
  }

  /** Stops streaming and closes every socket with 1001 (going away). */
  close(): void {
    this.closed = true;
    this.unsubscribeBus();
    clearInterval(this.heartbeat);
    for (const connection of this.connections)
      connection.close(1001, 'The server is shutting down.');
  }

  private onPublish(events: readonly PublishedEvent[]): void {
    // With no watcher nothing is owed: a later subscriber reads these from the store.
    if (this.executionWatchers.size === 0 && this.executionsWatchers.size === 0) return;
    this.pending.push(events);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    const batches = this.pending;
    this.pending = [];
    if (this.closed) return;
    const byExecution = new Map<string, PublishedEvent[]>();
    for (const event of batches.flat()) {
      const list = byExecution.get(event.executionId);
      if (list) list.push(event);
      else byExecution.set(event.executionId, [event]);
    }
    for (const [executionId, events] of byExecution) {
      // A copy: a subscriber may unsubscribe (and so edit the set) while being delivered to.
      for (const deliver of [...(this.executionWatchers.get(executionId) ?? [])]) {
        this.safely(() => deliver(events));
      }
    }
    if (this.executionsWatchers.size === 0) return;
    let changes: StatusChange[] = [];
    this.safely(() => (changes = statusChanges(byExecution, this.options.store)));
    if (changes.length === 0) return;
    for (const deliver of [...this.executionsWatchers]) this.safely(() => deliver(changes));
  }

  /** One subscriber's bug must not starve the others of this burst. */
  private safely(deliver: () => void): void {
    try {
      deliver();
    } catch (error) {
      this.options.log?.error({ err: error }, 'live delivery failed');
    }
  }
}

/** One change per execution whose burst held more than logs, oldest last event first. */
function statusChanges(
  byExecution: ReadonlyMap<string, readonly PublishedEvent[]>,
  store: LiveStore,
): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const [executionId, events] of byExecution) {
    if (events.every(({ event }) => event.type === 'log')) continue;
    const summary = summaryOf(store, executionId);
    const cursor = events[events.length - 1]?.globalId;
    if (summary && cursor !== undefined) changes.push({ cursor, summary });
  }
  return changes.sort((a, b) => a.cursor - b.cursor);
}
