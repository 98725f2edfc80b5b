import type { ExecutionStep } from '@pipewright/shared';
import { describe, expect, it } from 'vitest';
import { generatingExecutionId, registeringStepName } from './registry-source';

const arn = 'arn:aws:sagemaker:local:000000000000:model-package/abalonemodels/2';

describe('generatingExecutionId', () => {
  it('reads the execution id from GeneratedBy', () => {
    expect(
      generatingExecutionId({
        GeneratedBy: 'arn:aws:sagemaker:local:000000000000:pipeline/abalone/execution/i0j8zrvo4l6t',
      }),
    ).toBe('i0j8zrvo4l6t');
  });

  it('gives nothing for a version without a local execution ARN', () => {
    expect(generatingExecutionId(undefined)).toBeUndefined();
    expect(generatingExecutionId({ GeneratedBy: 'arn:aws:sagemaker:us-east-1:1:other' })).toBe(
      undefined,
    );
  });
});

describe('registeringStepName', () => {
  const step = (name: string, metadata?: ExecutionStep['Metadata']): ExecutionStep => ({
    StepName: name,
    StepStatus: 'Succeeded',
    StartTime: '2026-01-01T12:00:00.000Z',
    AttemptCount: 1,
    ...(metadata && { Metadata: metadata }),
  });

  it('finds the RegisterModel step whose metadata names the version', () => {
    const steps = [
      step('Train', { TrainingJob: { Arn: 'x' } }),
      step('RegisterOld', { RegisterModel: { Arn: arn.replace(/2$/, '1') } }),
      step('Register', { RegisterModel: { Arn: arn } }),
    ];
    expect(registeringStepName(steps, arn)).toBe('Register');
  });

  it('gives nothing when no step registered it', () => {
    expect(registeringStepName([step('Train')], arn)).toBeUndefined();
  });
});
