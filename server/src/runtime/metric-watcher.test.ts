import { describe, expect, it } from 'vitest';
import { MetricWatcher } from './metric-watcher';

const definitions = [
  { Name: 'validation:rmse', Regex: 'validation:rmse=(?P<value>[0-9.eE+-]+)' },
  { Name: 'train:loss', Regex: 'loss: ([0-9.]+)' },
  { Name: 'never', Regex: 'never=([0-9]+)' },
];

function clock() {
  let tick = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 0, 0, tick++));
}

describe('MetricWatcher', () => {
  it('reads metrics from lines split across chunks, on both streams; the last value wins', () => {
    const watcher = new MetricWatcher(definitions, clock());
    watcher.write('stdout', 'epoch 1 validation:rm');
    watcher.write('stdout', 'se=0.5\nepoch 2 validation:rmse=0.25\r\n');
    watcher.write('stderr', 'loss: 3.5\nloss: nan-ish\n');
    watcher.write('stdout', 'epoch 3 validation:rmse=1e-1');
    watcher.end();
    expect(watcher.finalMetrics()).toEqual([
      { MetricName: 'validation:rmse', Value: 0.1, Timestamp: '2025-01-01T00:00:03.000Z' },
      { MetricName: 'train:loss', Value: 3.5, Timestamp: '2025-01-01T00:00:02.000Z' },
    ]);
    expect(watcher.series()['validation:rmse']?.map((point) => point.Value)).toEqual([
      0.5, 0.25, 0.1,
    ]);
  });

  it('names the metric whose regex is not valid', () => {
    expect(() => new MetricWatcher([{ Name: 'acc', Regex: 'acc=([0-9' }])).toThrow(
      /the Regex of "acc" is not a valid regular expression/,
    );
  });
});
