/** The hub's limits; tests shrink them, production uses the defaults. */
export interface LiveLimits {
  /** A resume further behind than this many events gets a snapshot instead of a replay. */
  replayLimit: number;
  /** Events read from the store per replay step; the event loop breathes between steps. */
  replayPageSize: number;
  /**
   * Bytes a socket may have queued (plus the message about to go) before its subscriptions
   * stop streaming and wait to resync with a snapshot.
   */
  maxBufferedBytes: number;
  /** An `events` message holds about this many bytes at most; bigger batches are split. */
  eventsMessageBytes: number;
  /** A stalled socket resyncs once its queue is back under this many bytes. */
  drainedBytes: number;
  /** How often a stalled socket's queue is checked. */
  drainPollMs: number;
  /** ws ping and `heartbeat` period; a socket that has not answered the previous ping is dropped. */
  heartbeatMs: number;
  /** Subscriptions one socket may hold. */
  maxSubscriptions: number;
  /** Largest frame a client may send; client messages are tiny. */
  maxClientFrameBytes: number;
  /** Newest executions an `executions-snapshot` lists (running ones are always included). */
  executionsSnapshotSize: number;
}

/** The production limits, as documented in docs/protocol.md. */
export const defaultLiveLimits: LiveLimits = {
  replayLimit: 5000,
  replayPageSize: 500,
  maxBufferedBytes: 4 * 1024 * 1024,
  eventsMessageBytes: 256 * 1024,
  drainedBytes: 1024 * 1024,
  drainPollMs: 100,
  heartbeatMs: 30_000,
  maxSubscriptions: 64,
  maxClientFrameBytes: 64 * 1024,
  executionsSnapshotSize: 50,
};
