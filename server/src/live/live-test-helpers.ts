import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ExecutionEvent,
  PROTOCOL_VERSION,
  type ServerMessage,
  type ServerMessageOf,
  type ServerMessageType,
  parseServerMessage,
} from '@pipewright/shared';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import { WebSocket } from 'ws';
import type { Engine } from '../engine/engine';
import { EventBus } from '../events/event-bus';
import { openServices } from '../services';
import { type Store, openStore } from '../store';
import { sampleDocument } from '../store/store-test-helpers';
import { LiveHub } from './live-hub';
import type { LiveLimits } from './live-limits';
import { type AuthorizeUpgrade, livePlugin } from './live.plugin';

/** A real server on an ephemeral port with the live endpoint, over a temporary data dir. */
export interface LiveServer {
  app: FastifyInstance;
  store: Store;
  bus: EventBus;
  /** Only with `engine: true`. */
  engine: Engine | undefined;
  hub: LiveHub;
  url: string;
  port: number;
  /** A new execution of a fresh pipeline, with no events yet. */
  createExecution(): string;
  /** Appends and publishes, as the engine does after each transaction. */
  append(executionId: string, events: ExecutionEvent[]): void;
  /** A client that has said hello and been welcomed. */
  connect(options?: { hello?: boolean; autoPong?: boolean }): Promise<LiveClient>;
}

const at = '2026-01-01T00:00:00.000Z';

/** The first event of an execution. */
export const startedEvent = (
  stepNames = ['A'],
  parameters: Record<string, string> = {},
): ExecutionEvent => ({ type: 'execution-started', at, parameters, stepNames });

/** `count` log chunks of `text`. */
export const logEvents = (count: number, text = 'line\n'): ExecutionEvent[] =>
  Array.from({ length: count }, () => ({
    type: 'log' as const,
    at,
    stepName: 'A',
    attempt: 1,
    stream: 'stdout' as const,
    text,
  }));

/** Starts servers and clients for one test file; everything is closed after each test. */
export function useLiveServer(): (options?: {
  limits?: Partial<LiveLimits>;
  /** The check to install, given the port the server listens on. */
  authorize?: (port: number) => AuthorizeUpgrade;
  /** Full services with a real engine running steps on the host. */
  engine?: boolean;
}) => Promise<LiveServer> {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return async ({ limits, authorize, engine = false } = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pipewright-live-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const services = engine ? await openServices({ dataDir, sandbox: 'host' }) : undefined;
    const store = services?.store ?? openStore(dataDir);
    cleanups.push(() => (services ? services.close() : store.close()));
    const bus = services?.bus ?? new EventBus();
    const hub = new LiveHub({
      store: store.executions,
      bus,
      serverVersion: 'test',
      ...(limits && { limits }),
    });
    const app = Fastify({ logger: false });
    let port = 0;
    await app.register(livePlugin, {
      services: { store, bus },
      hub,
      ...(authorize && { authorize: (request) => authorize(port)(request) }),
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
    cleanups.push(() => app.close());
    const url = `ws://127.0.0.1:${port}/api/live`;
    let pipelines = 0;

    return {
      app,
      store,
      bus,
      engine: services?.engine,
      hub,
      url,
      port,
      createExecution() {
        const name = `p${(pipelines += 1)}`;
        store.pipelines.create({ name, document: sampleDocument() });
        return store.executions.create({ pipelineName: name, version: 1 }).execution.header
          .executionId;
      },
      append(executionId, events) {
        bus.publish(store.executions.appendEvents(executionId, events));
      },
      async connect({ hello = true, autoPong = true } = {}) {
        const client = await LiveClient.open(url, { autoPong });
        // Clients go before the server, so its close does not wait on them.
        cleanups.push(() => client.terminate());
        if (hello) {
          client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION });
          await client.next('welcome');
        }
        return client;
      },
    };
  };
}

const TIMEOUT_MS = 10_000;

/**
 * A `ws` client that checks every frame against the protocol schema and lets a test read
 * messages in order, waiting (with a generous timeout) for the next one.
 */
export class LiveClient {
  readonly received: ServerMessage[] = [];
  private read = 0;
  private wake: (() => void) | undefined;
  closed: { code: number; reason: string } | undefined;
  /** A frame that broke the protocol: the next read fails with it. */
  private violation: Error | undefined;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const parsed = parseServerMessage(String(data));
      if (parsed.ok) this.received.push(parsed.message);
      else this.violation ??= new Error(`the server sent a bad frame: ${parsed.error.message}`);
      this.wake?.();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake?.();
    });
  }

  static open(url: string, options: { autoPong?: boolean; headers?: Record<string, string> } = {}) {
    const socket = new WebSocket(url, options);
    return new Promise<LiveClient>((resolve, reject) => {
      const client = new LiveClient(socket);
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  send(message: object | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next unread message, which must be of `type` when one is given. */
  async next<T extends ServerMessageType>(type?: T): Promise<ServerMessageOf<T>> {
    await this.until(() => this.read < this.received.length, `a "${type ?? 'any'}" message`);
    if (this.violation) throw this.violation;
    const message = this.received[this.read++] as ServerMessage;
    if (type !== undefined && message.type !== type) {
      throw new Error(`expected "${type}", got ${JSON.stringify(message).slice(0, 300)}`);
    }
    return message as ServerMessageOf<T>;
  }

  /** Every message up to and including a `pong` for a fresh ping: what the server sent before. */
  async drain(): Promise<ServerMessage[]> {
    // The hub delivers what was published on the next turn of the loop (same process): let it.
    await new Promise((resolve) => setImmediate(resolve));
    const id = `barrier-${this.received.length}`;
    this.send({ type: 'ping', id });
    const before: ServerMessage[] = [];
    for (;;) {
      const message = await this.next();
      if (message.type === 'pong' && message.id === id) return before;
      before.push(message);
    }
  }

  /** Resolves once the socket has closed. */
  async waitForClose(): Promise<{ code: number; reason: string }> {
    await this.until(() => this.closed !== undefined, 'the socket to close');
    return this.closed as { code: number; reason: string };
  }

  terminate(): void {
    this.socket.terminate();
  }

  private async until(ready: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + TIMEOUT_MS;
    while (!ready()) {
      if (this.violation) throw this.violation;
      if (this.closed && what !== 'the socket to close') {
        throw new Error(`socket closed (${this.closed.code}) while waiting for ${what}`);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}
