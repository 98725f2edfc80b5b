import type { ExecutionEvent } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { foldStepAttempts } from './step-attempts';

const at = (second: number) => `2026-01-01T12:00:${String(second).padStart(2, '0')}.000Z`;

describe('foldStepAttempts', () => {
  it('gives each attempt its own start, end and status, the running one without an end', () => {
    const events: ExecutionEvent[] = [
      { type: 'execution-started', at: at(0), parameters: {}, stepNames: ['A', 'B'] },
      { type: 'step-starting', at: at(1), stepName: 'A', attempt: 1 },
      { type: 'step-executing', at: at(1), stepName: 'A', attempt: 1 },
      { type: 'step-failed', at: at(3), stepName: 'A', attempt: 1, reason: 'exit 1' },
      { type: 'step-starting', at: at(4), stepName: 'A', attempt: 2 },
      { type: 'step-interrupted', at: at(5), stepName: 'A', attempt: 2, reason: 'restart' },
      { type: 'step-starting', at: at(6), stepName: 'A', attempt: 3 },
      { type: 'step-succeeded', at: at(8), stepName: 'A', attempt: 3 },
      { type: 'step-starting', at: at(9), stepName: 'B', attempt: 1 },
      { type: 'step-executing', at: at(9), stepName: 'B', attempt: 1 },
    ];
    expect(foldStepAttempts(events)).toEqual([
      {
        stepName: 'A',
        attempt: 1,
        startTime: at(1),
        endTime: at(3),
        status: 'Failed',
        failureReason: 'exit 1',
      },
      {
        stepName: 'A',
        attempt: 2,
        startTime: at(4),
        endTime: at(5),
        status: 'Failed',
        failureReason: 'restart',
        interrupted: true,
      },
      { stepName: 'A', attempt: 3, startTime: at(6), endTime: at(8), status: 'Succeeded' },
      { stepName: 'B', attempt: 1, startTime: at(9), status: 'Executing' },
    ]);
  });

  it('marks a stopping attempt, then its end when it stopped', () => {
    const events: ExecutionEvent[] = [
      { type: 'step-starting', at: at(1), stepName: 'Sleep', attempt: 1 },
      { type: 'step-stopping', at: at(2), stepName: 'Sleep' },
    ];
    expect(foldStepAttempts(events)).toEqual([
      { stepName: 'Sleep', attempt: 1, startTime: at(1), status: 'Stopping' },
    ]);
    events.push({ type: 'step-stopped', at: at(4), stepName: 'Sleep', attempt: 1 });
    expect(foldStepAttempts(events)).toEqual([
      { stepName: 'Sleep', attempt: 1, startTime: at(1), endTime: at(4), status: 'Stopped' },
    ]);
  });
});
