import {
  type ClientMessage,
  type ExecutionState,
  LiveCloseCode,
  PROTOCOL_VERSION,
  type ServerMessage,
  type ServerMessageOf,
  parseServerMessage,
} from '@pipewright/shared';
import { backoffDelay } from './backoff';
import type { ExecutionEventsListener } from './execution-feed';
import type { Cancel, LiveClock, RequestFrame } from './live-clock';
import type { LiveSocket, LiveSocketFactory } from './live-socket';
import { LiveTopics } from './live-topics';
import { SilenceWatchdog } from './silence-watchdog';
import type { LiveSummaries } from './summaries-feed';

/** The socket's state, for the header indicator. */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'incompatible' | 'offline';

/** A socket that has not said `welcome` this long after it was opened is given up on. */
export const HANDSHAKE_TIMEOUT_MS = 10_000;
/** Silence for this many heartbeat intervals means the link is dead, told or not. */
export const SILENT_HEARTBEATS = 2.5;
/** After the tab wakes up, a `ping` must be answered this fast or the socket is replaced. */
export const PROBE_TIMEOUT_MS = 5_000;
/** Failed attempts in a row after which the indicator says "Offline" (it keeps retrying). */
export const OFFLINE_AFTER_FAILURES = 4;

export interface LiveClientOptions {
  url: string;
  openSocket: LiveSocketFactory;
  clock: LiveClock;
  requestFrame: RequestFrame;
  random?: () => number;
  /** Where a frame or listener that went wrong is told; the client carries on regardless. */
  report?: (message: string, detail?: unknown) => void;
}

/**
 * The page's one connection to `/api/live`: says hello, keeps the socket alive (heartbeats,
 * reconnect with backoff), and keeps reference-counted topic subscriptions that resume from the
 * last seq or cursor after a reconnect. Plain TypeScript: React reads it through the hooks.
 */
export class LiveClient {
  private readonly options: Required<LiveClientOptions>;
  private socket: LiveSocket | null = null;
  private welcomed = false;
  private started = false;
  private disposed = false;
  private connection: LiveConnection = 'connecting';
  private everLive = false;
  private failures = 0;
  private reconnectTimer: Cancel | null = null;
  private readonly watchdog: SilenceWatchdog;
  private heartbeatMs = 30_000;
  private pings = 0;
  private readonly connectionListeners = new Set<{ notify: () => void }>();
  private readonly topics: LiveTopics;
  /** Why the server refused this client's protocol version, when it did. */
  incompatibleReason: string | undefined;

  constructor(options: LiveClientOptions) {
    this.options = {
      random: Math.random,
      report: (message, detail) => console.warn(`[live] ${message}`, detail ?? ''),
      ...options,
    };
    this.topics = new LiveTopics({
      send: (message) => this.send(message),
      clock: this.options.clock,
      requestFrame: this.options.requestFrame,
      report: this.options.report,
    });
    this.watchdog = new SilenceWatchdog(this.options.clock, (silentFor) => {
      this.options.report(`No frame for ${Math.round(silentFor)} ms; reconnecting.`);
      this.lost();
    });
  }

  /** Opens the socket, once. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.connect();
  }

  /** Closes the socket for good (tests, or a page being torn down). */
  dispose(): void {
    this.disposed = true;
    this.reconnectTimer?.();
    this.topics.dispose();
    this.detach();
  }

  get status(): LiveConnection {
    return this.connection;
  }

  watchConnection(notify: () => void): () => void {
    const entry = { notify };
    this.connectionListeners.add(entry);
    return () => this.connectionListeners.delete(entry);
  }

  /**
   * The tab came back (visible again, or the browser back online): a socket waiting out its
   * backoff tries now, and a live one proves it still is with a `ping`.
   */
  wake(): void {
    if (this.disposed || this.connection === 'incompatible') return;
    if (this.reconnectTimer) {
      this.reconnectTimer();
      this.reconnectTimer = null;
      this.connect();
    } else if (this.welcomed) {
      this.pings += 1;
      this.send({ type: 'ping', id: `wake-${this.pings}` });
      this.watchdog.expectWithin(PROBE_TIMEOUT_MS);
    }
  }

  executionState(executionId: string): ExecutionState | null | undefined {
    return this.topics.executionState(executionId);
  }

  /** Follows an execution's folded state; the first watcher subscribes, the last unsubscribes. */
  watchExecutionState(executionId: string, notify: () => void): () => void {
    return this.topics.watchExecutionState(executionId, notify);
  }

  /** Follows an execution's raw events, logs included. */
  watchExecutionEvents(executionId: string, listener: ExecutionEventsListener): () => void {
    return this.topics.watchExecutionEvents(executionId, listener);
  }

  get executionSummaries(): LiveSummaries {
    return this.topics.executionSummaries;
  }

  /** Follows the `executions` topic. */
  watchExecutionSummaries(notify: () => void): () => void {
    return this.topics.watchExecutionSummaries(notify);
  }

  private connect(): void {
    if (this.disposed) return;
    this.watchdog.expectWithin(HANDSHAKE_TIMEOUT_MS);
    let socket: LiveSocket;
    try {
      socket = this.options.openSocket(this.options.url, {
        onOpen: () => {
          if (this.socket === socket)
            this.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
        },
        onMessage: (data) => {
          if (this.socket === socket) this.receive(data);
        },
        // A socket we already replaced may still report its close: only the current one counts.
        onClose: (code) => {
          if (this.socket === socket) this.closed(code);
        },
      });
    } catch (error) {
      this.options.report('Could not open the live socket.', error);
      return this.lost();
    }
    this.socket = socket;
  }

  private receive(data: unknown): void {
    // Any frame, even one we cannot read, proves the link is alive.
    this.watchdog.heard(
      this.welcomed ? this.heartbeatMs * SILENT_HEARTBEATS : HANDSHAKE_TIMEOUT_MS,
    );
    const parsed = parseServerMessage(typeof data === 'string' ? data : '');
    if (!parsed.ok) {
      this.options.report(`Ignored a frame: ${parsed.error.message}`);
      return;
    }
    this.handle(parsed.message);
  }

  private handle(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        return this.welcome(message);
      case 'incompatible':
        this.incompatibleReason = message.reason;
        this.detach();
        return this.setConnection('incompatible');
      case 'events':
      case 'snapshot':
      case 'execution-status':
      case 'executions-snapshot':
      case 'subscribed':
      case 'error':
        return this.topics.receive(message);
      case 'pong':
      case 'heartbeat':
        return;
    }
  }

  private welcome(message: ServerMessageOf<'welcome'>): void {
    this.welcomed = true;
    this.everLive = true;
    this.failures = 0;
    this.heartbeatMs = message.heartbeatIntervalMs;
    this.watchdog.expectWithin(this.heartbeatMs * SILENT_HEARTBEATS);
    this.topics.subscribeAll();
    this.setConnection('live');
  }

  private closed(code: number): void {
    if (code === LiveCloseCode.incompatible) {
      this.detach();
      return this.setConnection('incompatible');
    }
    this.lost();
  }

  /** The socket is gone or given up on: try again after a growing, jittered wait. */
  private lost(): void {
    this.detach();
    if (this.disposed || this.connection === 'incompatible') return;
    const delay = backoffDelay(this.failures, this.options.random);
    this.failures += 1;
    this.setConnection(
      this.failures >= OFFLINE_AFTER_FAILURES
        ? 'offline'
        : this.everLive
          ? 'reconnecting'
          : 'connecting',
    );
    this.reconnectTimer = this.options.clock.schedule(() => {
      this.reconnectTimer = null;
      this.connect();
    }, delay);
  }

  /** Lets go of the current socket; its late events and close are ignored from here on. */
  private detach(): void {
    const socket = this.socket;
    this.socket = null;
    this.welcomed = false;
    this.watchdog.stop();
    if (!socket) return;
    try {
      socket.close(1000, 'replaced');
    } catch {
      // Already closed: nothing to let go of.
    }
  }

  private send(message: ClientMessage): void {
    if (!this.socket) return;
    // Before `welcome` the server answers only `hello` and `ping`; `welcome` sends the rest.
    if (!this.welcomed && message.type !== 'hello' && message.type !== 'ping') return;
    try {
      this.socket.send(JSON.stringify(message));
    } catch (error) {
      // The close event follows and reconnects; the next `welcome` sends every subscription.
      this.options.report(`Could not send "${message.type}".`, error);
    }
  }

  private setConnection(next: LiveConnection): void {
    if (this.connection === next) return;
    this.connection = next;
    for (const { notify } of [...this.connectionListeners]) notify();
  }
}
