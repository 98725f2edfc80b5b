import {
  type ClientMessage,
  LiveCloseCode,
  PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
  type ServerMessage,
  parseClientMessage,
} from '@pipewright/shared';
import { type RawData, WebSocket } from 'ws';
import type { LiveLimits } from './live-limits';
import type { LiveLog, LiveRegistry, LiveStore, Outbox } from './live-ports';
import { frameOf } from './message-frame';
import { SocketSubscriptions } from './socket-subscriptions';

/** What every socket gets from the hub. */
export interface ConnectionContext {
  store: LiveStore;
  limits: LiveLimits;
  serverVersion: string;
  registry: LiveRegistry;
  log?: LiveLog;
}

/**
 * One WebSocket: reads client frames (a bad one gets an `error`, the socket stays open), and is
 * its subscriptions' outbox: it enforces the buffered-bytes cap and tells stalled subscriptions
 * when the socket has drained.
 */
export class LiveConnection implements Outbox {
  private welcomed = false;
  private alive = true;
  private readonly subscriptions: SocketSubscriptions;
  private drainWaiters: (() => void)[] = [];
  private drainTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly context: ConnectionContext,
  ) {
    this.subscriptions = new SocketSubscriptions({ ...context, outbox: this });
    socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    socket.on('pong', () => (this.alive = true));
    socket.once('close', () => this.dispose());
  }

  offer(message: ServerMessage): boolean {
    if (this.socket.readyState !== WebSocket.OPEN) return true; // nobody left to fall behind
    const frame = frameOf(message);
    const queued = this.socket.bufferedAmount + frame.length;
    if (queued > this.context.limits.maxBufferedBytes) return false;
    this.socket.send(frame, { binary: false });
    return true;
  }

  send(message: ServerMessage): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(frameOf(message), { binary: false });
  }

  whenDrained(callback: () => void): void {
    this.drainWaiters.push(callback);
    // ws has no public 'drain' event, so the queue is polled while anyone waits on it.
    this.drainTimer ??= setInterval(() => this.checkDrained(), this.context.limits.drainPollMs);
  }

  /** Called by the hub every heartbeat period. */
  heartbeat(): void {
    // No pong since the last ping: the link died without either side being told.
    if (!this.alive) return this.socket.terminate();
    this.alive = false;
    this.socket.ping();
    if (this.welcomed) this.offer({ type: 'heartbeat' });
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  stats() {
    return { bufferedBytes: this.socket.bufferedAmount, ...this.subscriptions.stats() };
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.offer({ type: 'error', code: 'invalid-message', message: 'Send JSON in text frames.' });
      return;
    }
    const parsed = parseClientMessage(rawText(data));
    if (!parsed.ok) this.offer({ type: 'error', ...parsed.error });
    else this.handle(parsed.message);
  }

  private handle(message: ClientMessage): void {
    if (message.type === 'ping') {
      this.offer({ type: 'pong', ...(message.id !== undefined && { id: message.id }) });
    } else if (message.type === 'hello') {
      this.hello(message.protocolVersion);
    } else if (!this.welcomed) {
      this.offer({
        type: 'error',
        code: 'hello-required',
        message: `Send {"type":"hello","protocolVersion":${PROTOCOL_VERSION}} first.`,
      });
    } else if (message.type === 'subscribe') {
      this.subscriptions.subscribe(message.topic, message.sinceSeq);
    } else {
      this.subscriptions.unsubscribe(message.topic);
    }
  }

  private hello(protocolVersion: number): void {
    if (this.welcomed) {
      this.offer({ type: 'error', code: 'duplicate-hello', message: 'Say hello once.' });
    } else if (!SUPPORTED_PROTOCOL_VERSIONS.includes(protocolVersion)) {
      this.send({
        type: 'incompatible',
        protocolVersion,
        supported: [...SUPPORTED_PROTOCOL_VERSIONS],
        reason: incompatibleReason(protocolVersion),
      });
      this.close(LiveCloseCode.incompatible, 'incompatible protocol version');
    } else {
      this.welcomed = true;
      this.send({
        type: 'welcome',
        protocolVersion,
        serverVersion: this.context.serverVersion,
        heartbeatIntervalMs: this.context.limits.heartbeatMs,
      });
    }
  }

  private checkDrained(): void {
    if (this.socket.readyState !== WebSocket.OPEN) return this.dispose();
    if (this.socket.bufferedAmount > this.context.limits.drainedBytes) return;
    clearInterval(this.drainTimer);
    this.drainTimer = undefined;
    for (const callback of this.drainWaiters.splice(0)) {
      try {
        callback();
      } catch (error) {
        this.context.log?.error({ err: error }, 'live resync failed');
      }
    }
  }

  private dispose(): void {
    clearInterval(this.drainTimer);
    this.drainTimer = undefined;
    this.drainWaiters = [];
    this.subscriptions.closeAll();
  }
}

function incompatibleReason(protocolVersion: number): string {
  const direction = protocolVersion > PROTOCOL_VERSION ? 'newer' : 'older';
  return (
    `This client speaks live protocol ${protocolVersion}, ${direction} than this server ` +
    `(${SUPPORTED_PROTOCOL_VERSIONS.join(', ')}). Reload the page, or run the same Pipewright ` +
    'version on both sides.'
  );
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
