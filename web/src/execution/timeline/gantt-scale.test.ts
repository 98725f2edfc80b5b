import { describe, expect, it } from 'vitest';
import { ganttScale, tickLabel } from './gantt-scale';

const t0 = Date.parse('2026-01-01T12:00:00.000Z');

describe('ganttScale', () => {
  it('puts times on the axis as percentages of the span, clamped to it', () => {
    const scale = ganttScale(t0, t0 + 40_000);
    expect(scale.percentOf(t0)).toBe(0);
    expect(scale.percentOf(t0 + 10_000)).toBe(25);
    expect(scale.percentOf(t0 + 40_000)).toBe(100);
    expect(scale.percentOf(t0 - 5_000)).toBe(0);
    expect(scale.percentOf(t0 + 60_000)).toBe(100);
  });

  it('picks the smallest round tick spacing that keeps the ticks few', () => {
    expect(ganttScale(t0, t0 + 40_000).ticks.map((tick) => tick.label)).toEqual([
      '0',
      '5s',
      '10s',
      '15s',
      '20s',
      '25s',
      '30s',
      '35s',
      '40s',
    ]);
    const longRun = ganttScale(t0, t0 + 25 * 60_000).ticks;
    expect(longRun.map((tick) => tick.label)).toEqual(['0', '5m', '10m', '15m', '20m', '25m']);
    expect(longRun[1]?.percent).toBeCloseTo(20);
  });

  it('still draws an axis for a run that has just started', () => {
    const scale = ganttScale(t0, t0);
    expect(scale.span).toBe(1);
    expect(scale.ticks[0]).toEqual({ offset: 0, percent: 0, label: '0' });
  });
});

describe('tickLabel', () => {
  it('says elapsed time in the largest units that fit', () => {
    expect(tickLabel(500)).toBe('500ms');
    expect(tickLabel(1_500)).toBe('1.5s');
    expect(tickLabel(90_000)).toBe('1m 30s');
    expect(tickLabel(7_200_000)).toBe('2h');
  });
});
