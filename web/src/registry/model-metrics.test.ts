import { describe, expect, it } from 'vitest';
import {
  flattenMetrics,
  formatMetricValue,
  isStoredObjectUri,
  metricReports,
} from './model-metrics';

describe('metricReports', () => {
  it('finds every report a ModelMetrics block points to, named by its section', () => {
    const reports = metricReports({
      ModelQuality: {
        Statistics: { ContentType: 'application/json', S3Uri: 's3://b/eval/evaluation.json' },
      },
      Bias: { Report: { ContentType: 'application/json', S3Uri: 's3://b/bias.json' } },
    });
    expect(reports).toEqual([
      {
        label: 'ModelQuality › Statistics',
        uri: 's3://b/eval/evaluation.json',
        contentType: 'application/json',
      },
      { label: 'Bias › Report', uri: 's3://b/bias.json', contentType: 'application/json' },
    ]);
  });

  it('finds nothing in a version registered without metrics', () => {
    expect(metricReports(undefined)).toEqual([]);
    expect(metricReports({})).toEqual([]);
  });
});

describe('isStoredObjectUri', () => {
  it('accepts s3:// objects and refuses other places', () => {
    expect(isStoredObjectUri('s3://pipewright/executions/a/eval.json')).toBe(true);
    expect(isStoredObjectUri('https://example.com/eval.json')).toBe(false);
    expect(isStoredObjectUri('s3://bucket-only')).toBe(false);
  });
});

describe('flattenMetrics', () => {
  it("reads SageMaker's { value, standard_deviation } metrics as their value", () => {
    expect(
      flattenMetrics({
        regression_metrics: { mse: { value: 4.1, standard_deviation: 0.2 }, r2: { value: 0.5 } },
      }),
    ).toEqual([
      { name: 'regression_metrics.mse', value: 4.1 },
      { name: 'regression_metrics.r2', value: 0.5 },
    ]);
  });

  it('keeps the full path of plain leaves and indexes arrays', () => {
    expect(flattenMetrics({ rows: 120, labels: ['a', 'b'], ok: true })).toEqual([
      { name: 'rows', value: 120 },
      { name: 'labels[0]', value: 'a' },
      { name: 'labels[1]', value: 'b' },
      { name: 'ok', value: true },
    ]);
  });

  it('stops at 200 values', () => {
    const big = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`m${i}`, i]));
    expect(flattenMetrics(big)).toHaveLength(200);
  });
});

describe('formatMetricValue', () => {
  it('shortens long decimals and leaves whole numbers and text alone', () => {
    expect(formatMetricValue(4.123456789)).toBe('4.123');
    expect(formatMetricValue(12)).toBe('12');
    expect(formatMetricValue('fast')).toBe('fast');
  });
});
