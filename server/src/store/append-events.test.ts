import {
  type ExecutionEvent,
  type ExecutionState,
  ExecutionEventError,
  NotFoundError,
  reduceExecution,
} from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from './execution-rows';
import type { Store } from './store';
import {
  logLine,
  sampleDocument,
  started,
  stepRan,
  useTempDirs,
  useTempStore,
} from './store-test-helpers';

const at = '2026-01-01T00:00:05.000Z';

function newExecution(store: Store, pipelineName = 'p'): string {
  try {
    store.pipelines.get(pipelineName);
  } catch {
    store.pipelines.create({ name: pipelineName, document: sampleDocument() });
  }
  return store.executions.create({ pipelineName, version: 1 }).execution.header.executionId;
}

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let value = seed;
  return () => {
    value = (value * 1103515245 + 12345) % 2 ** 31;
    return value / 2 ** 31;
  };
}

function fold(events: readonly { seq: number; event: ExecutionEvent }[]): ExecutionState {
  let state: ExecutionState | undefined;
  for (const { seq, event } of events) state = reduceExecution(state, event, seq);
  if (!state) throw new Error('no events');
  return state;
}

describe('appendEvents', () => {
  const openStore = useTempStore();
  const tempDir = useTempDirs();

  it('numbers events 1, 2, 3… with no gap across many appends to many executions', () => {
    const dataDir = tempDir();
    // Two connections to one file, as a second process would have: each continues from what
    // the other committed.
    const stores = [openStore(dataDir), openStore(dataDir)] as const;
    const ids = [newExecution(stores[0]), newExecution(stores[0]), newExecution(stores[0])];
    for (const id of ids) stores[1].executions.appendEvents(id, [started(['S0', 'S1', 'S2'])]);
    const next = random(42);
    const returned: StoredEvent[] = [];
    const stepsStarted = new Map<string, number>();
    for (let round = 0; round < 300; round += 1) {
      const id = ids[Math.floor(next() * ids.length)] as string;
      const store = stores[round % 2] as Store;
      const size = 1 + Math.floor(next() * 5);
      const batch: ExecutionEvent[] = [];
      for (let index = 0; index < size; index += 1) {
        const count = stepsStarted.get(id) ?? 0;
        if (next() < 0.3) {
          const stepName = `S${count}`;
          stepsStarted.set(id, count + 1);
          batch.push({ type: 'step-starting', at, stepName, attempt: 1 });
        } else {
          batch.push(logLine('S0', `round ${round}`));
        }
      }
      returned.push(...store.executions.appendEvents(id, batch));
    }

    for (const id of ids) {
      const events = stores[0].executions.eventsSince(id, 0, 10_000);
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
      const mine = returned.filter((event) => event.executionId === id).map((event) => event.seq);
      expect(mine).toEqual(mine.map((_, index) => index + 2));
      const { state } = stores[1].executions.get(id);
      expect(state?.lastSeq).toBe(events.length);
      expect(state).toEqual(fold(events));
    }
    const global = stores[0].executions.globalEventsSince(0, { limit: 10_000 });
    const globalIds = global.map((event) => event.globalId);
    expect(globalIds).toEqual([...globalIds].sort((a, b) => a - b));
    expect(global.slice(ids.length)).toEqual(returned);
    expect(stores[1].executions.lastGlobalEventId()).toBe(globalIds.at(-1));
  });

  it('writes nothing when the reducer refuses an event in the middle of a batch', () => {
    const store = openStore();
    const id = newExecution(store);
    store.executions.appendEvents(id, [
      started(),
      { type: 'step-starting', at, stepName: 'A', attempt: 1 },
    ]);
    const before = store.executions.get(id);
    const bad: ExecutionEvent[] = [
      logLine('A', 'working'),
      { type: 'step-executing', at, stepName: 'A', attempt: 1 },
      { type: 'step-succeeded', at, stepName: 'B', attempt: 1 }, // B never started
      { type: 'step-succeeded', at, stepName: 'A', attempt: 1 },
    ];
    expect(() =>
      store.executions.appendEvents(id, bad, {
        stepProperties: [{ stepName: 'A', attempt: 1, properties: { done: true } }],
      }),
    ).toThrow(ExecutionEventError);

    expect(store.executions.get(id)).toEqual(before);
    expect(store.executions.eventsSince(id, 0)).toHaveLength(2);
    expect(store.executions.getStepProperties(id, 'A')).toBeUndefined();
    expect(store.executions.lastGlobalEventId()).toBe(2);
    const [next] = store.executions.appendEvents(id, [logLine('A', 'after')]);
    expect(next?.seq).toBe(3);
  });

  it('writes nothing when the step properties of a batch cannot be stored', () => {
    const store = openStore();
    const id = newExecution(store);
    const properties = [{ stepName: 'A', attempt: 1, properties: { first: true } }];
    store.executions.appendEvents(id, [started(), ...stepRan('A')], { stepProperties: properties });
    expect(() =>
      store.executions.appendEvents(id, [logLine('A', 'late')], { stepProperties: properties }),
    ).toThrow(/UNIQUE/);
    expect(store.executions.eventsSince(id, 0).map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(store.executions.getStepProperties(id, 'A')?.properties).toEqual({ first: true });
  });

  it('refuses malformed events, events before the start, and unknown executions', () => {
    const store = openStore();
    const id = newExecution(store);
    expect(() => store.executions.appendEvents(id, [logLine('A', 'too early')])).toThrow(
      /before "execution-started"/,
    );
    expect(() =>
      store.executions.appendEvents(id, [
        started(),
        { type: 'step-starting', at, attempt: 1 } as unknown as ExecutionEvent,
      ]),
    ).toThrow(/Event 2 .* malformed at stepName/);
    expect(store.executions.eventsSince(id, 0)).toEqual([]);
    expect(() => store.executions.appendEvents('nosuchexecut', [started()])).toThrow(NotFoundError);
    expect(() => store.executions.eventsSince('nosuchexecut', 0)).toThrow(NotFoundError);
  });

  it('keeps the stored state equal to the fold of the stored events, logs included', () => {
    const store = openStore();
    const id = newExecution(store);
    store.executions.appendEvents(id, [started(['A', 'B'])]);
    store.executions.appendEvents(id, stepRan('A'));
    store.executions.appendEvents(id, [logLine('A', 'one'), logLine('A', 'two')]);
    store.executions.appendEvents(id, stepRan('B', 'failed'));
    store.executions.appendEvents(id, [logLine('B', 'three')]);
    const finish: ExecutionEvent = {
      type: 'execution-finished',
      at: '2026-01-01T00:00:09.000Z',
      status: 'Failed',
      failureReason: 'B failed',
    };
    store.executions.appendEvents(id, [finish]);
    store.executions.appendEvents(id, [logLine('B', 'straggler')]);

    const { state, summary } = store.executions.get(id);
    expect(state).toEqual(fold(store.executions.eventsSince(id, 0)));
    expect(state?.lastSeq).toBe(12);
    expect(summary).toMatchObject({
      PipelineExecutionStatus: 'Failed',
      FailureReason: 'B failed',
      EndTime: '2026-01-01T00:00:09.000Z',
      StepCounts: { Total: 2, Succeeded: 1, Failed: 1 },
    });
    expect(store.executions.list({ status: 'Failed' }).items).toEqual([summary]);
  });

  it('replays from any sequence number, and all executions from any global id', () => {
    const store = openStore();
    const [a, b] = [newExecution(store), newExecution(store)];
    const first = store.executions.appendEvents(a, [started(), logLine('A', 'x')]);
    store.executions.appendEvents(b, [started(), logLine('A', 'y')]);
    store.executions.appendEvents(a, stepRan('A'));
    expect(store.executions.eventsSince(a, 2, 2).map((event) => event.seq)).toEqual([3, 4]);
    expect(store.executions.eventsSince(a, 5)).toEqual([]);
    const after = store.executions.globalEventsSince(first.at(-1)?.globalId ?? 0);
    expect(after.map((event) => [event.executionId, event.seq])).toEqual([
      [b, 1],
      [b, 2],
      [a, 3],
      [a, 4],
      [a, 5],
    ]);
    const statusOnly = store.executions.globalEventsSince(0, { withoutLogs: true, limit: 3 });
    expect(statusOnly.map((event) => event.event.type)).toEqual([
      'execution-started',
      'execution-started',
      'step-starting',
    ]);
  });
});
