import { type ExecutionEvent, type ExecutionState, reduceExecution } from '@pipewright/shared';

/** One event of an execution's stream, as `events` carries it. */
export interface LiveEvent {
  seq: number;
  event: ExecutionEvent;
}

/** A raw listener of one execution's events (see `subscribeExecutionEvents`). */
export interface ExecutionEventsListener {
  onEvents: (events: LiveEvent[]) => void;
  onReset?: () => void;
}

/** What a received `events` message means for the stream. */
export type Receipt = 'accepted' | 'ignored' | 'gap';

type Report = (message: string, detail?: unknown) => void;

/**
 * One execution's live stream on this page. Frames are buffered as they arrive and folded with
 * `reduceExecution` once per frame (`flush`), so a burst of status changes costs one render.
 * The listener count is the subscription's reference count.
 */
export class ExecutionFeed {
  /** `undefined` until the first snapshot; `null` for an execution with no events yet. */
  private state: ExecutionState | null | undefined = undefined;
  /** The last seq received (folded or buffered): where a resume starts. */
  private lastSeq: number | undefined = undefined;
  private pendingEvents: LiveEvent[] = [];
  private pendingSnapshot: { state: ExecutionState | null } | undefined;
  private readonly stateListeners = new Set<{ notify: () => void }>();
  private readonly eventListeners = new Set<{ listener: ExecutionEventsListener }>();

  constructor(private readonly report: Report) {}

  get listenerCount(): number {
    return this.stateListeners.size + this.eventListeners.size;
  }

  get currentState(): ExecutionState | null | undefined {
    return this.state;
  }

  /** The seq to resume after, or `undefined` to ask for a snapshot. */
  get resumeSeq(): number | undefined {
    return this.lastSeq;
  }

  get hasPending(): boolean {
    return this.pendingSnapshot !== undefined || this.pendingEvents.length > 0;
  }

  /** Adds a state listener; returns its removal. */
  watchState(notify: () => void): () => void {
    const entry = { notify };
    this.stateListeners.add(entry);
    return () => this.stateListeners.delete(entry);
  }

  /** Adds a raw event listener; returns its removal. */
  watchEvents(listener: ExecutionEventsListener): () => void {
    const entry = { listener };
    this.eventListeners.add(entry);
    return () => this.eventListeners.delete(entry);
  }

  /** A snapshot replaces everything, buffered events included: it already contains them. */
  receiveSnapshot(seq: number, state: ExecutionState | null): void {
    this.pendingEvents = [];
    this.pendingSnapshot = { state };
    this.lastSeq = seq;
  }

  /** Buffers the events that follow what we have; drops repeats; reports a gap. */
  receiveEvents(events: readonly LiveEvent[]): Receipt {
    // Events of an earlier subscription to this topic, before its snapshot: nothing to fold onto.
    if (this.lastSeq === undefined) return 'ignored';
    const after = this.lastSeq;
    const fresh = events.filter((event) => event.seq > after);
    if (fresh.length === 0) return 'ignored';
    let expected = after + 1;
    for (const event of fresh) {
      if (event.seq !== expected) return 'gap';
      expected += 1;
    }
    this.pendingEvents.push(...fresh);
    this.lastSeq = expected - 1;
    return 'accepted';
  }

  /**
   * Folds what arrived since the last frame and tells the listeners, once each. Returns false
   * when an event could not be folded: the state is then unknown and needs a fresh snapshot.
   */
  flush(): boolean {
    const snapshot = this.pendingSnapshot;
    const events = this.pendingEvents;
    this.pendingSnapshot = undefined;
    this.pendingEvents = [];
    if (snapshot === undefined && events.length === 0) return true;

    let state = snapshot ? snapshot.state : this.state;
    let folded = true;
    for (const { seq, event } of events) {
      try {
        state = reduceExecution(state ?? undefined, event, seq);
      } catch (error) {
        this.report(`Could not apply event ${seq} (${event.type}); asking for a snapshot.`, error);
        folded = false;
        break;
      }
    }
    const changed = state !== this.state;
    this.state = state;
    if (!folded) this.lastSeq = undefined;

    for (const { listener } of [...this.eventListeners]) {
      if (snapshot) this.call(() => listener.onReset?.());
      if (events.length > 0) this.call(() => listener.onEvents(events));
    }
    if (changed) for (const { notify } of [...this.stateListeners]) this.call(notify);
    return folded;
  }

  /** One listener that throws must not starve the others. */
  private call(callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.report('A live listener threw.', error);
    }
  }
}
