import type { ClientMessage, ServerMessage } from '@pipewright/shared';
import { LiveClient, type LiveClientOptions } from '../live-client';
import type { Cancel, LiveClock, RequestFrame } from '../live-clock';
import type { LiveSocket, LiveSocketHandlers } from '../live-socket';

/** Time that moves only when a test says so. */
export class FakeClock implements LiveClock {
  private time = 0;
  private nextId = 0;
  private tasks: { at: number; id: number; callback: () => void }[] = [];

  now(): number {
    return this.time;
  }

  schedule(callback: () => void, delayMs: number): Cancel {
    const task = { at: this.time + delayMs, id: this.nextId++, callback };
    this.tasks.push(task);
    return () => {
      this.tasks = this.tasks.filter((other) => other !== task);
    };
  }

  /** Moves time forward, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.tasks
        .filter((task) => task.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.tasks = this.tasks.filter((task) => task !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }

  /** How long until the next timer, for checking backoff. */
  nextDelay(): number | undefined {
    const next = Math.min(...this.tasks.map((task) => task.at));
    return Number.isFinite(next) ? next - this.time : undefined;
  }
}

/** Animation frames that run only when a test says so. */
export class FakeFrames {
  private callbacks: (() => void)[] = [];
  readonly request: RequestFrame = (callback) => {
    this.callbacks.push(callback);
    return () => {
      this.callbacks = this.callbacks.filter((other) => other !== callback);
    };
  };

  get pending(): number {
    return this.callbacks.length;
  }

  /** Runs the callbacks waiting for the next frame. */
  step(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const callback of callbacks) callback();
  }
}

/** One socket the client opened, played by the test as the server. */
export class FakeSocket implements LiveSocket {
  readonly sent: ClientMessage[] = [];
  closedByClient = false;

  constructor(private readonly handlers: LiveSocketHandlers) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }

  close(): void {
    this.closedByClient = true;
  }

  open(): void {
    this.handlers.onOpen();
  }

  /** The server sends a message (or any raw frame). */
  receive(message: ServerMessage | string): void {
    this.handlers.onMessage(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The connection ends from the server's side (or the network's). */
  drop(code = 1006): void {
    this.handlers.onClose(code);
  }

  /** What the client sent of one type. */
  sentOf<T extends ClientMessage['type']>(type: T): Extract<ClientMessage, { type: T }>[] {
    return this.sent.filter(
      (message): message is Extract<ClientMessage, { type: T }> => message.type === type,
    );
  }
}

/** A live client wired to a fake clock, fake frames and fake sockets. */
export function createFakeLive(options: Partial<LiveClientOptions> = {}) {
  const clock = new FakeClock();
  const frames = new FakeFrames();
  const sockets: FakeSocket[] = [];
  const reports: string[] = [];
  const client = new LiveClient({
    url: 'ws://pipewright.test/api/live',
    openSocket: (_url, handlers) => {
      const socket = new FakeSocket(handlers);
      sockets.push(socket);
      return socket;
    },
    clock,
    requestFrame: frames.request,
    random: () => 1,
    report: (message) => reports.push(message),
    ...options,
  });
  const latest = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('The client has not opened a socket.');
    return socket;
  };
  /** Opens the latest socket and welcomes the client, as a server does. */
  const welcome = (heartbeatIntervalMs = 30_000): FakeSocket => {
    const socket = latest();
    socket.open();
    socket.receive({
      type: 'welcome',
      protocolVersion: 1,
      serverVersion: '0.1.0',
      heartbeatIntervalMs,
    });
    return socket;
  };
  return { client, clock, frames, sockets, reports, latest, welcome };
}
