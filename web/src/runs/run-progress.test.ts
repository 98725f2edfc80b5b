import type { StepCounts } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { runProgress } from './run-progress';

const counts = (partial: Partial<StepCounts>): StepCounts => ({
  Total: 0,
  NotStarted: 0,
  Starting: 0,
  Executing: 0,
  Stopping: 0,
  Stopped: 0,
  Failed: 0,
  Succeeded: 0,
  ...partial,
});

describe('runProgress', () => {
  it('counts failed and stopped steps as ended, not the ones a failed run never ran', () => {
    const result = runProgress(counts({ Total: 3, Succeeded: 1, Failed: 1, NotStarted: 1 }));
    expect(result).toMatchObject({ done: 2, total: 3, failed: 1, text: '2 of 3 steps done' });
    expect(result.percent).toBe(67);
  });

  it('counts steps still starting, running or stopping as running, not done', () => {
    const result = runProgress(
      counts({ Total: 4, Succeeded: 1, Starting: 1, Executing: 1, Stopping: 1 }),
    );
    expect(result).toMatchObject({ done: 1, running: 3, text: '1 of 4 steps done' });
  });

  it('is empty, not full, before any step is known', () => {
    expect(runProgress(counts({}))).toMatchObject({ percent: 0, text: '0 of 0 steps done' });
  });
});
