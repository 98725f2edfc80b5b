/**
 * `pnpm bench:engine`: how much the engine adds on top of spawning the processes itself.
 *
 * A 200-step DAG of no-op Processing steps (`true`, eight wide, each step waiting for two of the
 * layer before) runs through the real engine and store; then a bare Node script spawns the same
 * 200 `true` processes eight at a time. Prints both times, their ratio, and the hand-off latency
 * (last dependency finished → next process started) at p50 and p99. A benchmark, not a test.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openServices } from '@pipewright/server';
import type { PipelineDocument } from '@pipewright/shared';
import { percentile } from './percentile';

const width = 8;
const layers = 25;
const name = (layer: number, lane: number) => `L${layer}S${lane}`;

function benchmarkPipeline(cached = false): PipelineDocument {
  const steps = [];
  for (let layer = 0; layer < layers; layer++) {
    for (let lane = 0; lane < width; lane++) {
      steps.push({
        Name: name(layer, lane),
        Type: 'Processing',
        Arguments: { AppSpecification: { ImageUri: 'local', ContainerEntrypoint: ['true'] } },
        ...(cached && { CacheConfig: { Enabled: true } }),
        ...(layer > 0 && {
          DependsOn: [name(layer - 1, lane), name(layer - 1, (lane + 1) % width)],
        }),
      });
    }
  }
  return { Version: '2020-12-01', Metadata: {}, Parameters: [], Steps: steps } as PipelineDocument;
}

async function runThroughEngine(sandbox: 'host' | 'auto') {
  const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-bench-'));
  const services = await openServices({ dataDir, sandbox, globalConcurrency: width });
  try {
    services.store.pipelines.create({ name: 'bench', document: benchmarkPipeline() });
    const started = performance.now();
    const id = await services.engine.start({ pipelineName: 'bench', maxParallel: width });
    await services.engine.idle();
    const elapsed = performance.now() - started;
    const state = services.store.executions.get(id).state;
    if (state?.status !== 'Succeeded') throw new Error(`the benchmark run ended ${state?.status}`);
    return {
      elapsed,
      handOffs: handOffLatencies(services.store.executions.eventsSince(id, 0, 100_000)),
      mode: services.sandbox.mode,
    };
  } finally {
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** For each step after the first layer: its process start minus its last dependency's end. */
function handOffLatencies(
  events: { event: { type: string; at: string; stepName?: string } }[],
): number[] {
  const finished = new Map<string, number>();
  const executing = new Map<string, number>();
  for (const { event } of events) {
    if (event.type === 'step-succeeded') finished.set(event.stepName!, Date.parse(event.at));
    if (event.type === 'step-executing') executing.set(event.stepName!, Date.parse(event.at));
  }
  const latencies: number[] = [];
  for (let layer = 1; layer < layers; layer++) {
    for (let lane = 0; lane < width; lane++) {
      const ready = Math.max(
        finished.get(name(layer - 1, lane))!,
        finished.get(name(layer - 1, (lane + 1) % width))!,
      );
      latencies.push(executing.get(name(layer, lane))! - ready);
    }
  }
  return latencies;
}

async function runBare(): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < width * layers) {
      next++;
      await new Promise<void>((resolve, reject) => {
        spawn('true', [], { stdio: 'ignore' })
          .on('exit', () => resolve())
          .on('error', reject);
      });
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return performance.now() - started;
}

/** The same DAG with caching on, run twice: the second run is all cache hits. */
async function cachedRerun(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-bench-'));
  const services = await openServices({ dataDir, sandbox: 'host', globalConcurrency: width });
  try {
    services.store.pipelines.create({ name: 'bench', document: benchmarkPipeline(true) });
    await services.engine.start({ pipelineName: 'bench', maxParallel: width });
    await services.engine.idle();
    const started = performance.now();
    const id = await services.engine.start({ pipelineName: 'bench', maxParallel: width });
    await services.engine.idle();
    const elapsed = performance.now() - started;
    const steps = Object.values(services.store.executions.get(id).state?.steps ?? {});
    if (steps.some((step) => !step.cacheHitResult))
      throw new Error('the re-run was not all cache hits');
    return elapsed;
  } finally {
    await services.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const bare = await runBare();
const rerun = await cachedRerun();
console.log(`cached re-run of ${width * layers} steps: ${rerun.toFixed(0)} ms  (goal < 1000 ms)\n`);
for (const sandbox of ['host', 'auto'] as const) {
  const engine = await runThroughEngine(sandbox);
  console.log(
    [
      `engine (${engine.mode} sandbox): ${engine.elapsed.toFixed(0)} ms for ${width * layers} steps`,
      `bare spawn:                ${bare.toFixed(0)} ms`,
      `ratio engine/bare:         ${(engine.elapsed / bare).toFixed(2)}  (goal ≤ 1.15)`,
      `hand-off p50 / p99:        ${percentile(engine.handOffs, 50)} ms / ${percentile(engine.handOffs, 99)} ms  (goal p99 ≤ 20 ms)`,
      '',
    ].join('\n'),
  );
}
