import type { ExecutionStep } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import {
  diffMetrics,
  diffParameters,
  diffSteps,
  formatDuration,
  formatDurationDelta,
  formatMetricDelta,
} from './compare-diff';

describe('diffParameters', () => {
  it('marks the parameters whose values differ and keeps the equal ones unmarked', () => {
    const rows = diffParameters(
      [
        { Name: 'L2', Value: '0.01' },
        { Name: 'Mode', Value: 'fast' },
      ],
      [
        { Name: 'L2', Value: '0.1' },
        { Name: 'Mode', Value: 'fast' },
      ],
    );
    expect(rows).toEqual([
      { name: 'L2', left: '0.01', right: '0.1', changed: true },
      { name: 'Mode', left: 'fast', right: 'fast', changed: false },
    ]);
  });

  it('lists a parameter only one side has as changed, after the shared ones', () => {
    const rows = diffParameters([{ Name: 'Old', Value: '1' }], [{ Name: 'New', Value: '2' }]);
    expect(rows).toEqual([
      { name: 'Old', left: '1', changed: true },
      { name: 'New', right: '2', changed: true },
    ]);
  });
});

const step = (
  name: string,
  status: ExecutionStep['StepStatus'],
  seconds?: number,
): ExecutionStep => ({
  StepName: name,
  StepStatus: status,
  StartTime: '2026-01-01T12:00:00.000Z',
  ...(seconds !== undefined && {
    EndTime: new Date(Date.parse('2026-01-01T12:00:00.000Z') + seconds * 1000).toISOString(),
  }),
  AttemptCount: 1,
});

describe('diffSteps', () => {
  it('pairs steps by name with their statuses, durations and the duration difference', () => {
    const rows = diffSteps(
      [step('Train', 'Succeeded', 10), step('Prep', 'Succeeded', 2)],
      [step('Train', 'Failed', 4), step('Prep', 'Succeeded', 2)],
      ['Prep', 'Train'],
    );
    expect(rows).toEqual([
      {
        name: 'Prep',
        left: { status: 'Succeeded', durationMs: 2000, attempts: 1 },
        right: { status: 'Succeeded', durationMs: 2000, attempts: 1 },
        statusChanged: false,
        durationDeltaMs: 0,
      },
      {
        name: 'Train',
        left: { status: 'Succeeded', durationMs: 10000, attempts: 1 },
        right: { status: 'Failed', durationMs: 4000, attempts: 1 },
        statusChanged: true,
        durationDeltaMs: -6000,
      },
    ]);
  });

  it('gives no difference while a side still runs, and marks a step only one side ran', () => {
    const rows = diffSteps(
      [step('Train', 'Executing')],
      [step('Train', 'Succeeded', 3), step('Register', 'Succeeded', 1)],
    );
    expect(rows.find((row) => row.name === 'Train')).toEqual({
      name: 'Train',
      left: { status: 'Executing', attempts: 1 },
      right: { status: 'Succeeded', durationMs: 3000, attempts: 1 },
      statusChanged: true,
    });
    expect(rows.find((row) => row.name === 'Register')).toMatchObject({
      statusChanged: true,
      right: { status: 'Succeeded' },
    });
    expect(rows.find((row) => row.name === 'Register')?.left).toBeUndefined();
  });

  it('leaves out steps of the document that neither execution started', () => {
    expect(
      diffSteps([step('A', 'Succeeded', 1)], [], ['A', 'Untaken']).map((row) => row.name),
    ).toEqual(['A']);
  });
});

describe('diffMetrics', () => {
  it('subtracts left from right for numbers and marks text changes', () => {
    expect(
      diffMetrics(
        [
          { name: 'validation:mse', value: 4.5 },
          { name: 'mode', value: 'ridge' },
          { name: 'rows', value: 100 },
        ],
        [
          { name: 'validation:mse', value: 4 },
          { name: 'mode', value: 'lasso' },
          { name: 'rows', value: 100 },
        ],
      ),
    ).toEqual([
      { name: 'validation:mse', left: 4.5, right: 4, delta: -0.5, changed: true },
      { name: 'mode', left: 'ridge', right: 'lasso', changed: true },
      { name: 'rows', left: 100, right: 100, delta: 0, changed: false },
    ]);
  });

  it('keeps metrics only one side has', () => {
    expect(diffMetrics([], [{ name: 'auc', value: 0.9 }])).toEqual([
      { name: 'auc', right: 0.9, changed: true },
    ]);
  });
});

describe('formatting differences', () => {
  it('reads durations in the unit that fits', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration(3_720_000)).toBe('1 h 2 min');
  });

  it('signs duration and metric differences', () => {
    expect(formatDurationDelta(1200)).toBe('+1.2 s');
    expect(formatDurationDelta(-300)).toBe('−300 ms');
    expect(formatDurationDelta(0)).toBe('no change');
    expect(formatMetricDelta(-0.123456)).toBe('−0.1235');
    expect(formatMetricDelta(2)).toBe('+2');
  });
});
