import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionEvent, PipelineDocument } from '@pipewright/shared';
import { afterEach } from 'vitest';
import type { Clock } from './database';
import { type Store, openStore } from './store';

/** A fresh temporary data directory per call, removed after each test. */
export function useTempDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'pipewright-store-'));
    dirs.push(dir);
    return dir;
  };
}

/** A store on a fresh temporary SQLite file per call, closed and removed after each test. */
export function useTempStore(): (dataDir?: string) => Store {
  const tempDir = useTempDirs();
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });
  return (dataDir = tempDir()) => {
    const store = openStore(dataDir, { now: steppingClock() });
    stores.push(store);
    return store;
  };
}

/** A clock that moves one second per reading, so every stamped time differs. */
export function steppingClock(start = Date.UTC(2026, 0, 1)): Clock {
  let time = start;
  return () => new Date((time += 1000));
}

/** A small pipeline document; the store keeps documents as given. */
export function sampleDocument(note = 'first'): PipelineDocument {
  return {
    Version: '2020-12-01',
    Metadata: { note },
    Parameters: [{ Name: 'Mode', Type: 'String', DefaultValue: 'fast' }],
    Steps: [],
  };
}

const at = '2026-01-01T00:00:00.000Z';

/** The first event of an execution of steps `stepNames`. */
export function started(stepNames: string[] = ['A', 'B']): ExecutionEvent {
  return { type: 'execution-started', at, parameters: { Mode: 'fast' }, stepNames };
}

/** A step attempt from start to `result`. */
export function stepRan(
  stepName: string,
  result: 'succeeded' | 'failed' = 'succeeded',
  attempt = 1,
): ExecutionEvent[] {
  return [
    { type: 'step-starting', at, stepName, attempt },
    { type: 'step-executing', at, stepName, attempt },
    result === 'succeeded'
      ? { type: 'step-succeeded', at, stepName, attempt }
      : { type: 'step-failed', at, stepName, attempt, reason: 'exit 1' },
  ];
}

/** A log chunk. */
export function logLine(stepName: string, text: string): ExecutionEvent {
  return { type: 'log', at, stepName, attempt: 1, stream: 'stdout', text };
}
