import { StartExecutionRequestSchema } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { initialTexts, parameterFields } from './parameter-form';
import { buildStartRequest, problemField, runOptionErrors } from './run-options';

const noOptions = { displayName: '', description: '', maxParallel: '' };
const fields = parameterFields([
  { Name: 'Epochs', Type: 'Integer', DefaultValue: 10 },
  { Name: 'Input', Type: 'String' },
]);
const sourceArn = 'arn:aws:sagemaker:local:000000000000:pipeline/churn/execution/i0j8zrvo4l6t';

describe('runOptionErrors', () => {
  it.each([
    [{ displayName: 'nightly-2026-01' }, {}],
    [{ displayName: 'nightly run' }, { displayName: expect.stringMatching(/letters, digits/) }],
    [{ displayName: '-nightly' }, { displayName: expect.stringMatching(/starting and ending/) }],
    [{ displayName: 'a'.repeat(83) }, { displayName: 'A display name has at most 82 characters.' }],
    [{ maxParallel: '4' }, {}],
    [{ maxParallel: '0' }, { maxParallel: 'At least 1 step must be able to run.' }],
    [{ maxParallel: '2.5' }, { maxParallel: expect.stringMatching(/whole number/) }],
    [{ description: 'x'.repeat(3073) }, { description: expect.stringMatching(/at most 3072/) }],
  ])('%j → %j', (options, expected) => {
    expect(runOptionErrors({ ...noOptions, ...options })).toEqual(expected);
  });
});

describe('buildStartRequest', () => {
  it('sends nothing while a field is wrong', () => {
    const texts = initialTexts(fields);
    expect(
      buildStartRequest({ fields, texts, options: noOptions, idempotencyKey: 'k' }),
    ).toBeUndefined();
    expect(
      buildStartRequest({
        fields,
        texts: { ...texts, Input: 's3://in/' },
        options: { ...noOptions, maxParallel: 'many' },
        idempotencyKey: 'k',
      }),
    ).toBeUndefined();
  });

  it('builds a request the server accepts, with the chosen steps of a selective run', () => {
    const request = buildStartRequest({
      fields,
      texts: { Epochs: '', Input: 's3://in/' },
      options: { displayName: ' retrain ', description: 'January data', maxParallel: '2' },
      pipelineVersion: 3,
      selective: { selectedSteps: ['Train', 'Evaluate'], sourceExecutionArn: sourceArn },
      idempotencyKey: 'key-1',
    });
    expect(request).toEqual({
      parameters: { Epochs: null, Input: 's3://in/' },
      pipelineVersion: 3,
      displayName: 'retrain',
      description: 'January data',
      maxParallelExecutionSteps: 2,
      idempotencyKey: 'key-1',
      selectiveExecutionConfig: {
        SourcePipelineExecutionArn: sourceArn,
        SelectedSteps: [{ StepName: 'Train' }, { StepName: 'Evaluate' }],
      },
    });
    expect(StartExecutionRequestSchema.safeParse(request).success).toBe(true);
  });

  it('leaves empty options out so the server’s defaults apply', () => {
    expect(
      buildStartRequest({ fields: [], texts: {}, options: noOptions, idempotencyKey: 'k' }),
    ).toEqual({ idempotencyKey: 'k' });
  });
});

describe('problemField', () => {
  it('places a server problem on its field', () => {
    expect(problemField('/body/parameters/Epochs')).toEqual({ parameter: 'Epochs' });
    expect(problemField('/body/displayName')).toEqual({ option: 'displayName' });
    expect(problemField('/body/maxParallelExecutionSteps')).toEqual({ option: 'maxParallel' });
    expect(problemField('/body/selectiveExecutionConfig')).toBeUndefined();
  });
});
