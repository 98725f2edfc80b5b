import { describe, expect, it } from 'vitest';
import { resolvePath } from './path-resolve';
import { parsePropertyPath } from './property-path';

/** A trimmed DescribeProcessingJob / DescribeTrainingJob / Lambda output shape. */
const job = {
  ProcessingJobName: 'pipelines-abc-AbaloneProcess',
  ProcessingOutputConfig: {
    Outputs: [
      { OutputName: 'train', S3Output: { S3Uri: 's3://bucket/train' } },
      { OutputName: 'validation', S3Output: { S3Uri: 's3://bucket/validation' } },
    ],
  },
  FinalMetricDataList: [
    { MetricName: 'mse', Value: 4.2 },
    { MetricName: 'rmse', Value: 2.05 },
  ],
  OutputParameters: [{ Name: 'model_uri', Value: 's3://bucket/model' }],
  HyperParameters: { '0': 'zero', epochs: '10' },
  Empty: null,
};

function resolve(path: string) {
  const parsed = parsePropertyPath(path);
  if (!parsed.ok) throw new Error(parsed.reason);
  return resolvePath(job, parsed.value, 'the step');
}

describe('resolvePath', () => {
  it.each<[string, unknown]>([
    ["ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri", 's3://bucket/train'],
    ['ProcessingOutputConfig.Outputs[1].S3Output.S3Uri', 's3://bucket/validation'],
    ["FinalMetricDataList['rmse'].Value", 2.05],
    ["OutputParameters['model_uri']", 's3://bucket/model'],
    ["OutputParameters['model_uri'].Value", 's3://bucket/model'],
    ["OutputParameters['model_uri'].Name", 'model_uri'],
    ["FinalMetricDataList['mse']", { MetricName: 'mse', Value: 4.2 }],
    ["HyperParameters['epochs']", '10'],
    ['HyperParameters.epochs', '10'],
    ['HyperParameters[0]', 'zero'],
    ['Empty', null],
    ['ProcessingOutputConfig', job.ProcessingOutputConfig],
  ])('resolves %s', (path, expected) => {
    expect(resolve(path)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Nope', 0, 'missing', 'the step has no "Nope"'],
    ['ProcessingOutputConfig.Output', 1, 'missing', '"ProcessingOutputConfig" has no "Output"'],
    [
      "ProcessingOutputConfig.Outputs['trian'].S3Output",
      2,
      'no-match',
      '"ProcessingOutputConfig.Outputs" has no element named "trian" (names: "train", "validation")',
    ],
    [
      'ProcessingOutputConfig.Outputs[5]',
      2,
      'out-of-range',
      '"ProcessingOutputConfig.Outputs" has 2 elements, so [5] is past the end',
    ],
    [
      'ProcessingOutputConfig.Outputs.train',
      2,
      'list-needs-index',
      `"ProcessingOutputConfig.Outputs" is a list: pick an element with [0] or ['name']`,
    ],
    [
      'ProcessingJobName.Length',
      1,
      'not-container',
      '"ProcessingJobName" is a string, not an object or a list',
    ],
    ['Empty.X', 1, 'not-container', '"Empty" is null, not an object or a list'],
    ['constructor', 0, 'missing', 'the step has no "constructor"'],
  ])('stops at %s', (path, at, kind, reason) => {
    expect(resolve(path)).toEqual({ ok: false, failure: { at, kind, reason } });
  });

  it('returns the root itself for an empty path', () => {
    expect(resolvePath([1, 2], [], 'the file')).toEqual({ ok: true, value: [1, 2] });
  });
});
