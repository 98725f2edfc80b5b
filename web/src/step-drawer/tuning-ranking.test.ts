import { describe, expect, it } from 'vitest';
import { rankTrainingJobs } from './tuning-ranking';

const job = (name: string, value?: number, status = 'Completed') => ({
  TrainingJobName: name,
  TrainingJobStatus: status,
  TunedHyperParameters: { alpha: '0.1' },
  ...(value !== undefined && {
    FinalHyperParameterTuningJobObjectiveMetric: { MetricName: 'mse', Value: value },
  }),
});

const tuning = (type: 'Maximize' | 'Minimize', jobs: unknown[]) => ({
  HyperParameterTuningJobConfig: {
    HyperParameterTuningJobObjective: { Type: type, MetricName: 'mse' },
  },
  TrainingJobSummaries: jobs,
});

describe('ranking a tuning job’s training jobs', () => {
  it('puts the lowest value first when minimizing', () => {
    const ranked = rankTrainingJobs(
      tuning('Minimize', [job('a', 0.5), job('b', 0.2), job('c', 0.9)]),
    );
    expect(ranked.jobs.map((entry) => [entry.rank, entry.name, entry.best])).toEqual([
      [1, 'b', true],
      [2, 'a', false],
      [3, 'c', false],
    ]);
    expect(ranked.objective).toEqual({ type: 'Minimize', metricName: 'mse' });
  });

  it('puts the highest value first when maximizing, ties in launch order', () => {
    const ranked = rankTrainingJobs(
      tuning('Maximize', [job('a', 0.5), job('b', 0.9), job('c', 0.9)]),
    );
    expect(ranked.jobs.map((entry) => entry.name)).toEqual(['b', 'c', 'a']);
  });

  it('lists jobs without a value last, unranked', () => {
    const ranked = rankTrainingJobs(
      tuning('Minimize', [job('failed', undefined, 'Failed'), job('a', 0.3), job('b', 0.1)]),
    );
    expect(ranked.jobs.map((entry) => [entry.rank, entry.name, entry.best])).toEqual([
      [1, 'b', true],
      [2, 'a', false],
      [undefined, 'failed', false],
    ]);
  });

  it('has nothing to rank before the tuning job reports', () => {
    expect(rankTrainingJobs(undefined)).toEqual({ objective: undefined, jobs: [] });
  });
});
