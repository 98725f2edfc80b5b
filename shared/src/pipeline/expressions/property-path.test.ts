import { describe, expect, it } from 'vitest';
import { formatPropertyPath, parseGetTarget, parsePropertyPath } from './property-path';

describe('parseGetTarget', () => {
  it.each([
    ['Parameters.MseThreshold', { root: 'Parameters', name: 'MseThreshold' }],
    ['Execution.PipelineExecutionId', { root: 'Execution', variable: 'PipelineExecutionId' }],
    [
      'PipelineExperimentConfig.TrialName',
      { root: 'PipelineExperimentConfig', field: 'TrialName' },
    ],
    [
      "Steps.Abalone-Process.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri",
      {
        root: 'Steps',
        stepName: 'Abalone-Process',
        path: [
          { kind: 'property', name: 'ProcessingOutputConfig' },
          { kind: 'property', name: 'Outputs' },
          { kind: 'key', key: 'train' },
          { kind: 'property', name: 'S3Output' },
          { kind: 'property', name: 'S3Uri' },
        ],
      },
    ],
    [
      'Steps.my-step.PropertyFiles.my-property-file',
      {
        root: 'Steps',
        stepName: 'my-step',
        path: [
          { kind: 'property', name: 'PropertyFiles' },
          { kind: 'property', name: 'my-property-file' },
        ],
      },
    ],
  ])('reads %s', (text, target) => {
    expect(parseGetTarget(text)).toEqual({ ok: true, value: target });
  });

  it.each([
    ['MseThreshold', /has no root/],
    ['Param.X', /not a reference root/],
    ['Steps.Train', /names no property/],
    ['Steps.Train.Outputs[x]', /expected \[number\]/],
    ['Parameters.', /missing a parameter name/],
  ])('explains what is wrong with %s', (text, reason) => {
    const result = parseGetTarget(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });
});

describe('formatPropertyPath', () => {
  it('writes paths back in the SDK form', () => {
    const text = "TrainingJobSummaries[0].FinalMetricDataList['mse'].Value";
    const parsed = parsePropertyPath(text);
    expect(parsed.ok && formatPropertyPath(parsed.value)).toBe(text);
  });
});
