/**
 * The server side of `pnpm bench:live`, run as a child process so its memory is its own and the
 * watchers in the parent do not count. `node live-server.ts pipewright` is the real server
 * (`openServices` + `buildApp`, token and all); `node live-server.ts bare` is the baseline, a
 * bare `ws` server that stringifies each batch once and sends it to every client. The parent
 * drives it over the IPC channel: `ready` → `emit` → `emitted` → `stop`.
 *
 * How the Pipewright server gets its events: each log event is appended with
 * `store.executions.appendEvents` and published on the bus, one transaction per event, which is
 * exactly what the engine does when a step's log batcher flushes (`Engine.append`). Driving the
 * engine with 200 real processes that print would measure process scheduling on a shared
 * machine rather than the hub, and could not hold a steady 1,000 events a second.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp, openServices } from '@pipewright/server';
import type { ExecutionEvent } from '@pipewright/shared';
import { type WebSocket, WebSocketServer } from 'ws';
import { benchPipeline, emitAtRate, logEvent, startEvents } from './live-load';

export type ParentMessage = { type: 'emit'; rate: number; seconds: number } | { type: 'stop' };

export interface MemoryGrowth {
  /** Resident set size. */
  rssBytes: number;
  /** V8 heap in use plus Buffers (where queued socket data lives). */
  heapAndBuffersBytes: number;
}

export type ChildMessage =
  | { type: 'ready'; url: string; executionId: string }
  | {
      type: 'emitted';
      count: number;
      /** Peak during the emission minus the value just before it (after a GC). */
      growth: MemoryGrowth;
      /** The most any one socket had queued in userland (`bufferedAmount`) at a sample. */
      maxBufferedBytes: number;
      /** Server CPU time (user + system) spent during the emission. */
      cpuMs: number;
      /** The longest the server's event loop was blocked during the emission. */
      maxLoopDelayMs: number;
    };

interface BenchServer {
  url: string;
  executionId: string;
  sockets(): Iterable<WebSocket>;
  emit(n: number): void;
  endTick(): void;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startPipewright(): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-bench-live-'));
  const services = await openServices({ dataDir, sandbox: 'host' });
  const port = await freePort();
  const token = randomBytes(16).toString('hex');
  const app = buildApp(
    {
      host: '127.0.0.1',
      port,
      dataDir,
      webDir: join(dataDir, 'no-web'),
      logLevel: 'silent',
      token,
    },
    services,
  );
  await app.listen({ host: '127.0.0.1', port });
  const { store, bus } = services;
  store.pipelines.create({ name: 'live-bench', document: benchPipeline() });
  const executionId = store.executions.create({ pipelineName: 'live-bench', version: 1 }).execution
    .header.executionId;
  const append = (events: ExecutionEvent[]) =>
    bus.publish(store.executions.appendEvents(executionId, events));
  append(startEvents());
  return {
    url: `ws://127.0.0.1:${port}/api/live?token=${token}`,
    executionId,
    sockets: () => (app as unknown as { websocketServer: WebSocketServer }).websocketServer.clients,
    emit: (n) => append([logEvent(n)]),
    endTick: () => undefined, // the hub batches what one turn published by itself
    async close() {
      await app.close();
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function startBare(): Promise<BenchServer> {
  const executionId = 'bare';
  const server = createServer();
  const wss = new WebSocketServer({ server });
  const subscribed = new Set<WebSocket>();
  wss.on('connection', (socket) => {
    // Just enough of the protocol for the same watcher code to follow it.
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; topic?: unknown };
      if (message.type === 'hello') socket.send(JSON.stringify({ type: 'welcome' }));
      if (message.type === 'subscribe') {
        socket.send(JSON.stringify({ type: 'subscribed', topic: message.topic, cursor: 0 }));
        subscribed.add(socket);
      }
    });
    socket.once('close', () => subscribed.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  let seq = startEvents().length;
  let pending: { seq: number; event: ExecutionEvent }[] = [];
  return {
    url: `ws://127.0.0.1:${port}/`,
    executionId,
    sockets: () => wss.clients,
    emit: (n) => pending.push({ seq: ++seq, event: logEvent(n) }),
    endTick() {
      if (pending.length === 0) return;
      // Serialized and encoded once for all sockets: the least a broadcast can do.
      const frame = Buffer.from(JSON.stringify({ type: 'events', executionId, events: pending }));
      pending = [];
      for (const socket of subscribed) socket.send(frame, { binary: false });
    },
    async close() {
      for (const socket of wss.clients) socket.terminate();
      await new Promise((resolve) => wss.close(resolve));
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function heapAndBuffers(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Emits while sampling memory and socket queues every 50 ms. */
async function emitAndMeasure(server: BenchServer, rate: number, seconds: number) {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = heapAndBuffers();
  let rssPeak = rssBefore;
  let heapPeak = heapBefore;
  let maxBufferedBytes = 0;
  const cpuBefore = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    heapPeak = Math.max(heapPeak, heapAndBuffers());
    for (const socket of server.sockets()) {
      maxBufferedBytes = Math.max(maxBufferedBytes, socket.bufferedAmount);
    }
  }, 50);
  const count = await emitAtRate({
    rate,
    seconds,
    emit: server.emit,
    endTick: server.endTick,
  });
  // Let the last batch go out before the last sample.
  await new Promise((resolve) => setTimeout(resolve, 200));
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  const growth = { rssBytes: rssPeak - rssBefore, heapAndBuffersBytes: heapPeak - heapBefore };
  return {
    count,
    growth,
    maxBufferedBytes,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxLoopDelayMs: loopDelay.max / 1e6,
  };
}

const mode = process.argv[2];
if (mode !== 'pipewright' && mode !== 'bare')
  throw new Error('usage: live-server.ts pipewright|bare');
const server = mode === 'pipewright' ? await startPipewright() : await startBare();
const tell = (message: ChildMessage) => process.send?.(message);
process.on('message', (message: ParentMessage) => {
  if (message.type === 'emit') {
    void emitAndMeasure(server, message.rate, message.seconds).then((result) =>
      tell({ type: 'emitted', ...result }),
    );
  } else {
    void server.close().then(() => process.exit(0));
  }
});
tell({ type: 'ready', url: server.url, executionId: server.executionId });
