import { describe, expect, it } from 'vitest';
import { compileMetricRegex, metricCurvesFromLog, metricCurvesFromSeries } from './metric-series';

describe('metric curves from a Training log', () => {
  it('takes each definition’s first group as a number, line by line', () => {
    const log = 'epoch 1 loss=0.9 acc=0.5\nnoise\r\nepoch 2 loss=0.4 acc=0.75\n';
    const { curves, xAxis } = metricCurvesFromLog(log, [
      { Name: 'loss', Regex: 'loss=([0-9.]+)' },
      { Name: 'accuracy', Regex: 'acc=([0-9.]+)' },
    ]);
    expect(xAxis).toBe('sample');
    expect(curves).toEqual({
      loss: [
        { x: 0, y: 0.9 },
        { x: 1, y: 0.4 },
      ],
      accuracy: [
        { x: 0, y: 0.5 },
        { x: 1, y: 0.75 },
      ],
    });
  });

  it('reads Python regexes: named groups and a leading (?i)', () => {
    const { curves } = metricCurvesFromLog('Validation-RMSE: 3.5\n', [
      { Name: 'rmse', Regex: '(?i)validation-rmse: (?P<value>[0-9.]+)' },
    ]);
    expect(curves.rmse).toEqual([{ x: 0, y: 3.5 }]);
  });

  it('skips values that are not numbers and definitions that do not compile', () => {
    const { curves } = metricCurvesFromLog('loss=nan\nloss=abc\nloss=1e-3\n', [
      { Name: 'loss', Regex: 'loss=(\\S+)' },
      { Name: 'broken', Regex: '(unclosed' },
    ]);
    expect(curves).toEqual({ loss: [{ x: 0, y: 0.001 }] });
    expect(compileMetricRegex('(unclosed')).toBeUndefined();
  });

  it('uses the whole match when the regex has no group', () => {
    const { curves } = metricCurvesFromLog('score 42\n', [{ Name: 'n', Regex: '\\d+' }]);
    expect(curves.n).toEqual([{ x: 0, y: 42 }]);
  });
});

describe('metric curves from the recorded series', () => {
  it('counts seconds from the first value of any metric', () => {
    const { curves, xAxis } = metricCurvesFromSeries({
      loss: [
        { Timestamp: '2026-01-01T12:00:01.000Z', Value: 0.9 },
        { Timestamp: '2026-01-01T12:00:03.500Z', Value: 0.4 },
      ],
      accuracy: [{ Timestamp: '2026-01-01T12:00:00.000Z', Value: 0.5 }],
    });
    expect(xAxis).toBe('seconds');
    expect(curves.loss).toEqual([
      { x: 1, y: 0.9 },
      { x: 3.5, y: 0.4 },
    ]);
    expect(curves.accuracy).toEqual([{ x: 0, y: 0.5 }]);
  });
});
