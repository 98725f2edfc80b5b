import { describe, expect, it } from 'vitest';
import { fold, ran } from './execution-test-helpers';
import { nextAttempt } from './execution-state';
import { ExecutionEventError } from './reduce-execution';

const started = { type: 'execution-started' as const, parameters: { N: 1 }, stepNames: ['A', 'B'] };

describe('reduceExecution', () => {
  it('follows a step through SageMaker statuses and keeps its first start time', () => {
    const state = fold([started, ...ran('A', 'failed', { reason: 'exit 1' })]);
    expect(state.steps.A).toMatchObject({
      status: 'Failed',
      attemptCount: 1,
      failureReason: 'exit 1',
    });
    expect(state.lastSeq).toBe(4);
  });

  it('records the condition outcome as SageMaker metadata', () => {
    const state = fold([
      started,
      ...ran('A', 'succeeded', { metadata: { Condition: { Outcome: 'True' } } }),
    ]);
    expect(state.steps.A?.metadata).toEqual({ Condition: { Outcome: 'True' } });
  });

  it('finishes an execution with its reason', () => {
    const state = fold([
      started,
      { type: 'execution-finished', status: 'Failed', failureReason: 'boom' },
    ]);
    expect(state).toMatchObject({
      status: 'Failed',
      failureReason: 'boom',
      endTime: expect.any(String),
    });
  });

  it('on retry, forgets reset steps but continues their attempt numbers', () => {
    const state = fold([
      started,
      ...ran('A'),
      ...ran('B', 'failed', { reason: 'x' }),
      { type: 'execution-finished', status: 'Failed', failureReason: 'x' },
      { type: 'execution-retried', resetSteps: ['B'] },
    ]);
    expect(state.status).toBe('Executing');
    expect(state.failureReason).toBeUndefined();
    expect(state.steps.B).toBeUndefined();
    expect(state.steps.A?.status).toBe('Succeeded');
    expect(nextAttempt(state, 'B')).toBe(2);
    expect(nextAttempt(state, 'A')).toBe(2);
  });

  it('puts an interrupted step back to Starting for its next attempt', () => {
    const state = fold([
      started,
      { type: 'step-starting', stepName: 'A', attempt: 1 },
      { type: 'step-executing', stepName: 'A', attempt: 1 },
      { type: 'step-interrupted', stepName: 'A', attempt: 1, reason: 'server restarted' },
    ]);
    expect(state.steps.A).toMatchObject({ status: 'Starting', attemptCount: 1 });
    expect(nextAttempt(state, 'A')).toBe(2);
  });

  it('does not change state for a log chunk beyond its sequence number', () => {
    const before = fold([started]);
    const after = fold([
      started,
      { type: 'log', stepName: 'A', attempt: 1, stream: 'stdout', text: 'hi' },
    ]);
    expect({ ...after, lastSeq: 1 }).toEqual(before);
  });

  it('refuses events that make no sense, instead of inventing state', () => {
    expect(() => fold([{ type: 'step-executing', stepName: 'A', attempt: 1 }])).toThrow(
      ExecutionEventError,
    );
    expect(() => fold([started, { type: 'step-succeeded', stepName: 'A', attempt: 1 }])).toThrow(
      /has not started/,
    );
  });
});
