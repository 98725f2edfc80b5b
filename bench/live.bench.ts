/**
 * `pnpm bench:live`: how fast the live WebSocket hub fans a busy execution out, and what one
 * client that stops reading costs the server.
 *
 * A 200-step execution logs 1,000 events a second for 20 s (`live-load.ts`; how the events
 * reach the server is explained in `live-server.ts`) while 100 watchers follow it over
 * `/api/live` with the token in `?token=`. Each watcher times every event from its `at` to
 * arrival; the run prints p50 and p99. The baseline, in the same run, is the same emitter and
 * the same 100 watchers on a bare `ws` server that sends each batch as one pre-serialized
 * frame. A third run adds one client that subscribes and then stops reading
 * (`WebSocket.pause()`), and compares the server's memory growth with the run without it.
 * The servers run as child processes so their memory is measured apart from the watchers'.
 * A benchmark, not a test: nothing here fails on time.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, MemoryGrowth, ParentMessage } from './live-server';
import {
  LatencyHistogram,
  type Watcher,
  openWatcher,
  openWatchers,
  waitUntil,
} from './live-watchers';

const rate = 1000;
/**
 * Long enough for the paused client to be owed ~12 MB: the kernel's socket buffers take about
 * 4 MB before anything queues in the server, and the cap is 4 MiB on top of that.
 */
const seconds = 20;
const watcherCount = 100;
/** Events stamped in the first second are not timed: sockets, JITs and SQLite warm up. */
const warmUpMs = 1000;
const MiB = 1024 * 1024;

interface RunResult {
  p50: number;
  p99: number;
  delivered: number;
  /** Snapshots the watchers got because they fell behind (each skips the events it covers). */
  resyncs: number;
  expected: number;
  growth: MemoryGrowth;
  maxBufferedBytes: number;
  cpuMs: number;
  /** The longest the server's event loop, and the watchers', was blocked. */
  maxLoopDelayMs: { server: number; watchers: number };
  paused?: { resynced: boolean };
}

function startServer(mode: 'pipewright' | 'bare') {
  const child = fork(fileURLToPath(new URL('live-server.ts', import.meta.url)), [mode], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends ChildMessage['type']>(type: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`the ${mode} server exited (${code})`));
      child.once('exit', onExit);
      child.on('message', function listener(message: ChildMessage) {
        if (message.type !== type) return;
        child.off('message', listener);
        child.off('exit', onExit);
        resolve(message as Extract<ChildMessage, { type: T }>);
      });
    });
  const send = (message: ParentMessage) => child.send(message);
  return { child, next, send };
}

async function stopServer(child: ChildProcess, send: (message: ParentMessage) => void) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  send({ type: 'stop' });
  await exited;
}

async function run(mode: 'pipewright' | 'bare', withPausedClient: boolean): Promise<RunResult> {
  const server = startServer(mode);
  try {
    const { url, executionId } = await server.next('ready');
    const latencies = new LatencyHistogram();
    let measureFrom = Number.POSITIVE_INFINITY;
    const open = () => openWatcher(url, executionId, latencies, () => measureFrom);
    const watchers = await openWatchers(watcherCount, open);
    let paused: Watcher | undefined;
    if (withPausedClient) {
      paused = await open();
      paused.socket.pause();
    }

    const watchersLoop = monitorEventLoopDelay({ resolution: 10 });
    watchersLoop.enable();
    measureFrom = Date.now() + warmUpMs;
    server.send({ type: 'emit', rate, seconds });
    const { count, growth, maxBufferedBytes, cpuMs, maxLoopDelayMs } = await server.next('emitted');
    watchersLoop.disable();
    const expected = count * watcherCount;
    const delivered = () => watchers.reduce((sum, watcher) => sum + watcher.events, 0);
    await waitUntil(() => delivered() >= expected, 10_000);

    let pausedResult: RunResult['paused'];
    if (paused) {
      paused.socket.resume();
      // A socket that fell past the cap resyncs with a snapshot once it has drained.
      const resynced = await waitUntil(() => paused.resyncs > 0, 20_000);
      pausedResult = { resynced };
    }
    for (const watcher of [...watchers, ...(paused ? [paused] : [])]) watcher.socket.terminate();
    return {
      p50: latencies.percentile(50),
      p99: latencies.percentile(99),
      delivered: delivered(),
      resyncs: watchers.reduce((sum, watcher) => sum + watcher.resyncs, 0),
      expected,
      growth,
      maxBufferedBytes,
      cpuMs,
      maxLoopDelayMs: { server: maxLoopDelayMs, watchers: watchersLoop.max / 1e6 },
      ...(pausedResult && { paused: pausedResult }),
    };
  } finally {
    await stopServer(server.child, server.send);
  }
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;
const added = (bytes: number) => `${bytes < 0 ? '−' : '+'}${mib(Math.abs(bytes))}`;
const ms = (value: number) => `${value} ms`;
const ratio = (value: number, baseline: number) =>
  baseline > 0 ? `${(value / baseline).toFixed(2)}×` : '—';

// Latency on a busy machine says more about the machine: print its load next to the numbers.
const load = () => loadavg()[0]!.toFixed(1);
console.log(
  `${watcherCount} watchers, one 200-step execution, ${rate} events/s for ${seconds} s ` +
    `(first ${warmUpMs / 1000} s not timed); ${cpus().length} CPUs, load average ${load()}\n`,
);
const bare = await run('bare', false);
const pipewright = await run('pipewright', false);
const withPaused = await run('pipewright', true);

const rssAdded = withPaused.growth.rssBytes - pipewright.growth.rssBytes;
const heapAdded = withPaused.growth.heapAndBuffersBytes - pipewright.growth.heapAndBuffersBytes;
const rows = [
  ['metric', 'value', 'baseline', 'ratio', 'goal', 'met?'],
  ['delivery p50', ms(pipewright.p50), ms(bare.p50), ratio(pipewright.p50, bare.p50), '', ''],
  [
    'delivery p99',
    ms(pipewright.p99),
    ms(bare.p99),
    ratio(pipewright.p99, bare.p99),
    '≤ 100 ms',
    pipewright.p99 <= 100 ? 'yes' : 'NO',
  ],
  [
    'server CPU time',
    ms(Math.round(pipewright.cpuMs)),
    ms(Math.round(bare.cpuMs)),
    ratio(pipewright.cpuMs, bare.cpuMs),
    '',
    '',
  ],
  [
    'longest server event-loop stall',
    ms(Math.round(pipewright.maxLoopDelayMs.server)),
    ms(Math.round(bare.maxLoopDelayMs.server)),
    ratio(pipewright.maxLoopDelayMs.server, bare.maxLoopDelayMs.server),
    '',
    '',
  ],
  [
    'longest watchers event-loop stall',
    ms(Math.round(pipewright.maxLoopDelayMs.watchers)),
    ms(Math.round(bare.maxLoopDelayMs.watchers)),
    ratio(pipewright.maxLoopDelayMs.watchers, bare.maxLoopDelayMs.watchers),
    '',
    '',
  ],
  [
    'delivery p99, with a paused client',
    ms(withPaused.p99),
    ms(pipewright.p99),
    ratio(withPaused.p99, pipewright.p99),
    '≤ 100 ms',
    withPaused.p99 <= 100 ? 'yes' : 'NO',
  ],
  [
    'server RSS growth, one paused client',
    mib(withPaused.growth.rssBytes),
    mib(pipewright.growth.rssBytes),
    added(rssAdded),
    '+≤ 64 MiB',
    rssAdded <= 64 * MiB ? 'yes' : 'NO',
  ],
  [
    'server heap+Buffers growth, one paused',
    mib(withPaused.growth.heapAndBuffersBytes),
    mib(pipewright.growth.heapAndBuffersBytes),
    added(heapAdded),
    '+≤ 64 MiB',
    heapAdded <= 64 * MiB ? 'yes' : 'NO',
  ],
  [
    'most queued on one socket (server)',
    mib(withPaused.maxBufferedBytes),
    mib(pipewright.maxBufferedBytes),
    '',
    '≤ 4 MiB cap',
    withPaused.maxBufferedBytes <= 4 * MiB ? 'yes' : 'NO',
  ],
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows)
  console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));

console.log('');
for (const [name, result] of [
  ['bare ws', bare],
  ['pipewright', pipewright],
  ['pipewright + paused', withPaused],
] as const) {
  console.log(
    `${name.padEnd(20)} delivered ${result.delivered}/${result.expected} events to the watchers, ` +
      `${result.resyncs} resyncs`,
  );
}
if (withPaused.paused) {
  console.log(
    `the paused client, reading again after the run, ` +
      (withPaused.paused.resynced
        ? 'got what was queued, then a snapshot: it had stalled at the cap'
        : 'got NO snapshot: it never fell past the cap'),
  );
}
console.log(`load average at the end: ${load()}`);
