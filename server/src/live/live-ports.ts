import type { ExecutionSummary, ServerMessage, Topic } from '@pipewright/shared';
import type { PublishedEvent } from '../events/event-bus';
import type { ExecutionRepository } from '../store';
import type { LiveLimits } from './live-limits';

/** The slice of Fastify's logger the hub uses. */
export interface LiveLog {
  error(details: object, message: string): void;
}

/** The store reads the hub makes; nothing here writes. */
export type LiveStore = Pick<
  ExecutionRepository,
  'get' | 'eventsSince' | 'globalEventsSince' | 'lastGlobalEventId' | 'list' | 'listActive'
>;

/** One socket's way out, with its backpressure rule. */
export interface Outbox {
  /**
   * Sends unless the socket's queue plus this message would pass the cap; returns whether it
   * went. Streams use it, so a slow reader makes them stall instead of growing the queue.
   */
  offer(message: ServerMessage): boolean;
  /** Sends even past the cap: only for a resync snapshot, once the queue has drained. */
  send(message: ServerMessage): void;
  /** Calls back once the socket's queue is back under the low mark. */
  whenDrained(callback: () => void): void;
}

/** An execution's status changed in one flush: for the executions topic. */
export interface StatusChange {
  /** The global id of the execution's last event in the flush. */
  cursor: number;
  /** The summary after the flush, read once and shared by every subscriber. */
  summary: ExecutionSummary;
}

/** What a subscription needs from its socket and the hub. */
export interface SubscriptionContext {
  store: LiveStore;
  outbox: Outbox;
  limits: LiveLimits;
  /** The subscription cannot go on (its execution vanished, or a bug): report it and drop it. */
  fail(error: unknown): void;
}

/** One topic a socket follows. */
export interface Subscription {
  readonly topic: Topic;
  /** Replays or snapshots from `sinceSeq`, then streams; resolves once live (or stalled). */
  start(sinceSeq: number | undefined): Promise<void>;
  /** Stops for good; later deliveries are ignored. */
  close(): void;
  /** True while waiting for a drained socket to resync. */
  readonly stalled: boolean;
}

/** Where subscriptions sign up for what the bus publishes; the hub implements it. */
export interface LiveRegistry {
  watchExecution(
    executionId: string,
    deliver: (events: readonly PublishedEvent[]) => void,
  ): () => void;
  watchExecutions(deliver: (changes: readonly StatusChange[]) => void): () => void;
}
