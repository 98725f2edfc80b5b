import type { RetryPolicy } from '@pipewright/shared';

/** The exception types a local failure maps to; see docs/execution.md "Retries". */
export type RetryExceptionType =
  | 'Step.SERVICE_FAULT'
  | 'Step.THROTTLING'
  | 'SageMaker.JOB_INTERNAL_ERROR'
  | 'SageMaker.CAPACITY_ERROR'
  | 'SageMaker.RESOURCE_LIMIT';

/**
 * Which SageMaker exception type a local failure counts as, so RetryPolicies mean the same here:
 * a process that could not start is a service fault; a process killed by a signal it did not ask
 * for (the kernel's OOM killer, a crash) is an internal error. A script's own non-zero exit, bad
 * arguments (ClientError) and MaxRuntimeInSeconds are not retried, as on SageMaker.
 * (Concurrency limits never fail a step here: it waits for a free slot instead.)
 */
export function classifyFailure(
  reason: string,
  declared?: RetryExceptionType,
): RetryExceptionType | undefined {
  if (declared) return declared;
  if (/^AlgorithmError: could not start/.test(reason)) return 'Step.SERVICE_FAULT';
  if (/^AlgorithmError: the process was killed by SIG/.test(reason))
    return 'SageMaker.JOB_INTERNAL_ERROR';
  if (/^AlgorithmError: exit code 137\b/.test(reason)) return 'SageMaker.JOB_INTERNAL_ERROR';
  return undefined;
}

/** SageMaker retries service faults and throttling even without a policy, 1 s doubling. */
const defaultStepPolicy: RetryPolicy = {
  ExceptionType: ['Step.SERVICE_FAULT', 'Step.THROTTLING'],
  IntervalSeconds: 1,
  BackoffRate: 2,
  MaxAttempts: 5,
};

/**
 * How long to wait before the next attempt, or `undefined` when the failure is not retried. The
 * first policy listing the exception type decides: IntervalSeconds × BackoffRate^retries, until
 * MaxAttempts retries were made or ExpireAfterMin minutes passed since the first attempt began.
 */
export function retryDelayMs(
  policies: readonly RetryPolicy[] | undefined,
  exceptionType: RetryExceptionType | undefined,
  retriesSoFar: number,
  elapsedMs: number,
): number | undefined {
  if (exceptionType === undefined) return undefined;
  const policy =
    (policies ?? []).find((candidate) => candidate.ExceptionType.includes(exceptionType)) ??
    (defaultStepPolicy.ExceptionType.includes(exceptionType) ? defaultStepPolicy : undefined);
  if (!policy) return undefined;
  const interval = (policy.IntervalSeconds ?? 1) * 1000;
  const delay = interval * (policy.BackoffRate ?? 2) ** retriesSoFar;
  if (policy.ExpireAfterMin !== undefined) {
    return elapsedMs + delay <= policy.ExpireAfterMin * 60_000 ? delay : undefined;
  }
  return retriesSoFar < (policy.MaxAttempts ?? 5) ? delay : undefined;
}
