import type { ClientMessage, ExecutionState, ServerMessageOf, Topic } from '@pipewright/shared';
import { ExecutionIdSchema } from '@pipewright/shared';
import { type ExecutionEventsListener, ExecutionFeed } from './execution-feed';
import type { Cancel, LiveClock, RequestFrame } from './live-clock';
import { type LiveSummaries, SummariesFeed } from './summaries-feed';

/** A subscription the server dropped (`internal` error) is tried again after this long. */
export const RESUBSCRIBE_AFTER_ERROR_MS = 1_000;

/** The server messages about topics, which `LiveTopics` handles. */
export type TopicMessage = ServerMessageOf<
  'events' | 'snapshot' | 'execution-status' | 'executions-snapshot' | 'subscribed' | 'error'
>;

export interface LiveTopicsPorts {
  /** Sends a message if the socket is ready; `subscribeAll` catches up after a (re)connect. */
  send: (message: ClientMessage) => void;
  clock: LiveClock;
  requestFrame: RequestFrame;
  report: (message: string, detail?: unknown) => void;
}

/**
 * The topics this page follows, reference-counted by their listeners: the first listener
 * subscribes, the last one unsubscribes. Received frames are buffered and published to the
 * listeners once per animation frame.
 */
export class LiveTopics {
  private readonly executions = new Map<string, ExecutionFeed>();
  private readonly summaries: SummariesFeed;
  private frame: Cancel | null = null;

  constructor(private readonly ports: LiveTopicsPorts) {
    this.summaries = new SummariesFeed(ports.report);
  }

  executionState(executionId: string): ExecutionState | null | undefined {
    return this.executions.get(executionId)?.currentState;
  }

  watchExecutionState(executionId: string, notify: () => void): () => void {
    return this.follow(executionId, (feed) => feed.watchState(notify));
  }

  watchExecutionEvents(executionId: string, listener: ExecutionEventsListener): () => void {
    return this.follow(executionId, (feed) => feed.watchEvents(listener));
  }

  get executionSummaries(): LiveSummaries {
    return this.summaries.current;
  }

  watchExecutionSummaries(notify: () => void): () => void {
    const remove = this.summaries.watch(notify);
    if (this.summaries.listenerCount === 1) this.subscribe({ kind: 'executions' });
    return once(() => {
      remove();
      if (this.summaries.listenerCount > 0) return;
      this.summaries.clear();
      this.ports.send({ type: 'unsubscribe', topic: { kind: 'executions' } });
    });
  }

  /** After `welcome`: (re)subscribes every followed topic, resuming where each one was. */
  subscribeAll(): void {
    for (const executionId of this.executions.keys()) this.subscribe(executionTopic(executionId));
    if (this.summaries.listenerCount > 0) this.subscribe({ kind: 'executions' });
  }

  receive(message: TopicMessage): void {
    switch (message.type) {
      case 'events': {
        const receipt = this.executions.get(message.executionId)?.receiveEvents(message.events);
        if (receipt === 'accepted') this.scheduleFlush();
        // Something went missing in between: resume from what we have; repeats are dropped.
        if (receipt === 'gap') this.subscribe(executionTopic(message.executionId));
        return;
      }
      case 'snapshot':
        this.executions.get(message.executionId)?.receiveSnapshot(message.seq, message.state);
        return this.scheduleFlush();
      case 'execution-status':
        this.summaries.receiveStatus(message.cursor, message.summary);
        return this.scheduleFlush();
      case 'executions-snapshot':
        this.summaries.receiveSnapshot(message.cursor, message.executions);
        return this.scheduleFlush();
      case 'subscribed':
        if (message.topic.kind === 'executions') this.summaries.receiveSubscribed(message.cursor);
        return;
      case 'error':
        return this.refused(message);
    }
  }

  dispose(): void {
    this.frame?.();
    this.frame = null;
  }

  private follow(executionId: string, add: (feed: ExecutionFeed) => () => void): () => void {
    // An id the server would refuse (a mistyped address): nothing to follow, state stays unknown.
    if (!ExecutionIdSchema.safeParse(executionId).success) return () => {};
    let feed = this.executions.get(executionId);
    if (!feed) {
      feed = new ExecutionFeed(this.ports.report);
      this.executions.set(executionId, feed);
    }
    const remove = add(feed);
    if (feed.listenerCount === 1) this.subscribe(executionTopic(executionId));
    const followed = feed;
    return once(() => {
      remove();
      if (followed.listenerCount > 0 || this.executions.get(executionId) !== followed) return;
      this.executions.delete(executionId);
      this.ports.send({ type: 'unsubscribe', topic: executionTopic(executionId) });
    });
  }

  private subscribe(topic: Topic): void {
    const sinceSeq =
      topic.kind === 'executions'
        ? this.summaries.resumeCursor
        : this.executions.get(topic.executionId)?.resumeSeq;
    this.ports.send({ type: 'subscribe', topic, ...(sinceSeq !== undefined && { sinceSeq }) });
  }

  private isFollowed(topic: Topic): boolean {
    return topic.kind === 'executions'
      ? this.summaries.listenerCount > 0
      : this.executions.has(topic.executionId);
  }

  private refused(message: ServerMessageOf<'error'>): void {
    this.ports.report(`The server refused a request (${message.code}): ${message.message}`);
    const topic = message.topic;
    if (message.code !== 'internal' || !topic) return;
    this.ports.clock.schedule(() => {
      if (this.isFollowed(topic)) this.subscribe(topic);
    }, RESUBSCRIBE_AFTER_ERROR_MS);
  }

  private scheduleFlush(): void {
    if (this.frame) return;
    this.frame = this.ports.requestFrame(() => {
      this.frame = null;
      this.flush();
    });
  }

  private flush(): void {
    for (const [executionId, feed] of this.executions) {
      if (!feed.hasPending) continue;
      if (!feed.flush()) this.subscribe(executionTopic(executionId));
    }
    this.summaries.flush();
  }
}

function executionTopic(executionId: string): Topic {
  return { kind: 'execution', executionId };
}

function once(callback: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    callback();
  };
}
