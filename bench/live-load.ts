/**
 * The load `pnpm bench:live` puts on a server: a 200-step execution whose steps print log output
 * at a fixed rate. Both servers (Pipewright and the bare `ws` baseline) emit exactly these events
 * on exactly this schedule, so the only difference between them is what sits between the
 * emitter and the sockets.
 */
import type { ExecutionEvent, PipelineDocument } from '@pipewright/shared';

export const stepCount = 200;
export const stepNames = Array.from({ length: stepCount }, (_, index) => `Train${index}`);

/** 200 independent Processing steps; the benchmark never runs them, it only logs for them. */
export function benchPipeline(): PipelineDocument {
  return {
    Version: '2020-12-01',
    Metadata: {},
    Parameters: [],
    Steps: stepNames.map((Name) => ({
      Name,
      Type: 'Processing',
      Arguments: { AppSpecification: { ImageUri: 'local', ContainerEntrypoint: ['true'] } },
    })),
  } as PipelineDocument;
}

/** Everything up to the logs: the execution started and every step executing. */
export function startEvents(): ExecutionEvent[] {
  const at = new Date().toISOString();
  return [
    { type: 'execution-started', at, parameters: {}, stepNames },
    ...stepNames.flatMap((stepName): ExecutionEvent[] => [
      { type: 'step-starting', at, stepName, attempt: 1 },
      { type: 'step-executing', at, stepName, attempt: 1 },
    ]),
  ];
}

const shortLine = 'epoch 3/10  step 1200/5000  loss=0.4312  accuracy=0.8876  lr=1.0e-03\n';
// What a log batcher hands over when a step prints a burst (a table, a traceback, progress bars).
const burst = `${'  layer.weight  shape=(512, 512)  mean=0.0012  std=0.0441  grad=2.1e-04\n'.repeat(56)}`;

/** The nth log event: nine of ten are one short line, the tenth a ~4 KiB burst. */
export function logEvent(n: number): ExecutionEvent {
  return {
    type: 'log',
    at: new Date().toISOString(),
    stepName: stepNames[n % stepCount]!,
    attempt: 1,
    stream: 'stdout',
    text: n % 10 === 9 ? burst : shortLine,
  };
}

/**
 * Calls `emit` `rate` times a second for `seconds`, in ticks every few milliseconds, each tick
 * catching up to the schedule (timers drift; the count does not). `endTick` runs after each
 * tick's events, the way the hub flushes what one turn of the loop published.
 */
export async function emitAtRate(options: {
  rate: number;
  seconds: number;
  emit: (n: number) => void;
  endTick?: () => void;
}): Promise<number> {
  const { rate, seconds, emit, endTick } = options;
  const total = rate * seconds;
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000));
    for (; sent < due; sent++) emit(sent);
    endTick?.();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return sent;
}
