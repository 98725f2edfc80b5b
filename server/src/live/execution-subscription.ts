import type { ExecutionState, SequencedEvent, ServerMessageOf, Topic } from '@pipewright/shared';
import { sharedEventsMessages } from './events-message';
import type { LiveRegistry, Subscription, SubscriptionContext } from './live-ports';

type Mode = 'starting' | 'live' | 'stalled' | 'closed';

/**
 * One socket following one execution's event stream. Resume is gap-free and duplicate-free:
 * it watches the bus before reading the store, holds live events while it replays, and after
 * the replay sends only events past the last one sent (`lastSeq`). A client too far behind, or
 * too slow to read, gets a snapshot of the state and streams on from the snapshot's seq.
 */
export class ExecutionSubscription implements Subscription {
  readonly topic: Topic;
  private mode: Mode = 'starting';
  /** The last seq the client has been sent: everything after it is still owed. */
  private lastSeq = 0;
  /** Live events published while the replay runs; bounded, see `deliver`. */
  private held: SequencedEvent[] = [];
  private heldOverflow = false;
  private announced = false;
  private readonly unwatch: () => void;

  constructor(
    private readonly executionId: string,
    private readonly context: SubscriptionContext,
    registry: LiveRegistry,
  ) {
    this.topic = { kind: 'execution', executionId };
    // Watch first, read the store second: nothing committed in between can be missed.
    this.unwatch = registry.watchExecution(executionId, (events) => this.deliver(events));
  }

  get stalled(): boolean {
    return this.mode === 'stalled';
  }

  async start(sinceSeq: number | undefined): Promise<void> {
    const { store, limits } = this.context;
    const head = store.get(this.executionId).state?.lastSeq ?? 0;
    // Without a cursor the client has nothing to resume; a cursor ahead of the store comes
    // from another database. Both start over from the current state, as does a long backlog.
    if (sinceSeq === undefined || sinceSeq > head || head - sinceSeq > limits.replayLimit) {
      return this.snapshot('offer');
    }
    this.lastSeq = sinceSeq;
    for (;;) {
      const page = store.eventsSince(this.executionId, this.lastSeq, limits.replayPageSize);
      if (!this.sendEvents(page)) return this.stall();
      if (page.length < limits.replayPageSize) break;
      // Let the engine and other sockets run; what the bus publishes meanwhile is held.
      await new Promise((resolve) => setImmediate(resolve));
      if (this.mode === 'closed') return;
    }
    const held = this.held;
    this.held = [];
    if (this.heldOverflow) return this.snapshot('offer');
    this.goLive();
    // Held events the replay already covered are dropped by seq in `stream`.
    this.stream(held);
  }

  close(): void {
    this.mode = 'closed';
    this.held = [];
    this.unwatch();
  }

  private deliver(events: readonly SequencedEvent[]): void {
    if (this.mode === 'live') this.stream(events);
    else if (this.mode === 'starting' && !this.heldOverflow) {
      // A replay that falls this far behind the live stream ends in a snapshot instead.
      if (this.held.length + events.length > this.context.limits.replayLimit) {
        this.heldOverflow = true;
        this.held = [];
      } else this.held.push(...events);
    }
  }

  private stream(events: readonly SequencedEvent[]): void {
    // Usually all of it: then the batch itself, so its messages are shared with other sockets.
    const fresh =
      (events[0]?.seq ?? 0) > this.lastSeq
        ? events
        : events.filter((event) => event.seq > this.lastSeq);
    const first = fresh[0];
    if (!first) return;
    // The store has events the bus never carried (another process wrote them): resync.
    if (first.seq !== this.lastSeq + 1) return this.snapshot('offer');
    if (!this.sendEvents(fresh)) this.stall();
  }

  /** Offers consecutive events in size-bounded messages; false once the socket is full. */
  private sendEvents(events: readonly SequencedEvent[]): boolean {
    const { outbox, limits } = this.context;
    const { eventsMessageBytes } = limits;
    for (const message of sharedEventsMessages(this.executionId, events, eventsMessageBytes)) {
      if (!outbox.offer(message)) return false;
      this.lastSeq = message.events[message.events.length - 1]?.seq ?? this.lastSeq;
    }
    return true;
  }

  private stall(): void {
    this.mode = 'stalled';
    this.held = [];
    this.context.outbox.whenDrained(() => {
      if (this.mode !== 'stalled') return;
      try {
        this.snapshot('send');
      } catch (error) {
        this.context.fail(error);
      }
    });
  }

  /** Sends the current state and streams on from it; `offer` stalls if the socket is full. */
  private snapshot(how: 'offer' | 'send'): void {
    let state: ExecutionState | null;
    try {
      state = this.context.store.get(this.executionId).state ?? null;
    } catch (error) {
      return this.context.fail(error);
    }
    const seq = state?.lastSeq ?? 0;
    const message: ServerMessageOf<'snapshot'> = {
      type: 'snapshot',
      executionId: this.executionId,
      seq,
      state,
    };
    if (how === 'send') this.context.outbox.send(message);
    else if (!this.context.outbox.offer(message)) return this.stall();
    this.held = [];
    this.heldOverflow = false;
    this.lastSeq = seq;
    this.goLive();
  }

  private goLive(): void {
    this.mode = 'live';
    if (this.announced) return;
    this.announced = true;
    // Sent even to a full socket: it is tiny and comes once per subscription.
    this.context.outbox.send({ type: 'subscribed', topic: this.topic, cursor: this.lastSeq });
  }
}
