import { describe, expect, it } from 'vitest';
import { classifyFailure, retryDelayMs } from './retry-policy';

describe('classifyFailure', () => {
  it.each([
    ['AlgorithmError: could not start python3: not found', 'Step.SERVICE_FAULT'],
    ['AlgorithmError: the process was killed by SIGKILL', 'SageMaker.JOB_INTERNAL_ERROR'],
    ['AlgorithmError: exit code 137', 'SageMaker.JOB_INTERNAL_ERROR'],
    ['AlgorithmError: exit code 1\nLast lines of stderr:\nValueError', undefined],
    ['ClientError: s3://b/x: no object or prefix found there', undefined],
    ['The job exceeded MaxRuntimeInSeconds (5 s) and was stopped', undefined],
  ])('%s → %s', (reason, type) => {
    expect(classifyFailure(reason)).toBe(type);
  });
});

describe('retryDelayMs', () => {
  const policy = {
    ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'],
    IntervalSeconds: 2,
    BackoffRate: 3,
    MaxAttempts: 2,
  };

  it('backs off exponentially up to MaxAttempts retries', () => {
    expect(
      [0, 1, 2].map((retries) =>
        retryDelayMs([policy], 'SageMaker.JOB_INTERNAL_ERROR', retries, 0),
      ),
    ).toEqual([2000, 6000, undefined]);
  });

  it('stops retrying once ExpireAfterMin would be passed', () => {
    const expiring = {
      ExceptionType: ['SageMaker.JOB_INTERNAL_ERROR'],
      IntervalSeconds: 30,
      ExpireAfterMin: 1,
    };
    expect(retryDelayMs([expiring], 'SageMaker.JOB_INTERNAL_ERROR', 0, 0)).toBe(30_000);
    expect(retryDelayMs([expiring], 'SageMaker.JOB_INTERNAL_ERROR', 0, 40_000)).toBeUndefined();
  });

  it('retries nothing a policy does not name, except service faults by default', () => {
    expect(retryDelayMs([policy], 'SageMaker.CAPACITY_ERROR', 0, 0)).toBeUndefined();
    expect(retryDelayMs(undefined, undefined, 0, 0)).toBeUndefined();
    expect(retryDelayMs(undefined, 'Step.SERVICE_FAULT', 0, 0)).toBe(1000);
    expect(retryDelayMs(undefined, 'Step.SERVICE_FAULT', 5, 0)).toBeUndefined();
  });
});
