/**
 * The clients of `pnpm bench:live`: `ws` sockets that speak the live protocol (hello, subscribe
 * to one execution) and time every event they receive against the event's `at` (both processes
 * read the same wall clock).
 */
import { PROTOCOL_VERSION } from '@pipewright/shared';
import { WebSocket } from 'ws';

/** Delivery latencies in whole milliseconds (`at` has millisecond resolution anyway). */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(60_001);
  count = 0;

  add(ms: number): void {
    this.counts[Math.max(0, Math.min(60_000, Math.round(ms)))]! += 1;
    this.count += 1;
  }

  /** The value at or below which `p` percent of the samples fall (nearest rank). */
  percentile(p: number): number {
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms++) {
      seen += this.counts[ms]!;
      if (seen >= rank) return ms;
    }
    return Number.NaN;
  }
}

export interface Watcher {
  socket: WebSocket;
  /** Events received after subscribing. */
  events: number;
  /** Snapshots received after subscribing: a resync after the socket fell behind. */
  resyncs: number;
}

interface EventsMessage {
  type: string;
  events?: { event: { at: string } }[];
}

/**
 * Opens a socket, says hello, subscribes to the execution and resolves once `subscribed`
 * arrives; from then on each event whose `at` is not before `measureFrom()` is timed.
 */
export function openWatcher(
  url: string,
  executionId: string,
  latencies: LatencyHistogram,
  measureFrom: () => number,
): Promise<Watcher> {
  const socket = new WebSocket(url);
  const watcher: Watcher = { socket, events: 0, resyncs: 0 };
  let live = false;
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () =>
      socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION })),
    );
    socket.on('message', (data) => {
      const received = Date.now();
      const message = JSON.parse(String(data)) as EventsMessage;
      if (message.type === 'events' && live) {
        const from = measureFrom();
        for (const { event } of message.events ?? []) {
          const at = Date.parse(event.at);
          if (at >= from) latencies.add(received - at);
        }
        watcher.events += message.events?.length ?? 0;
      } else if (message.type === 'snapshot' && live) watcher.resyncs += 1;
      else if (message.type === 'welcome') {
        const topic = { kind: 'execution', executionId };
        socket.send(JSON.stringify({ type: 'subscribe', topic }));
      } else if (message.type === 'subscribed') {
        live = true;
        resolve(watcher);
      }
    });
  });
}

/** Opens `count` watchers, ten at a time. */
export async function openWatchers(
  count: number,
  open: () => Promise<Watcher>,
): Promise<Watcher[]> {
  const watchers: Watcher[] = [];
  while (watchers.length < count) {
    const batch = Math.min(10, count - watchers.length);
    watchers.push(...(await Promise.all(Array.from({ length: batch }, open))));
  }
  return watchers;
}

/** Resolves once `ready()` holds, or after `timeoutMs` (a benchmark reports, it does not hang). */
export async function waitUntil(ready: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
