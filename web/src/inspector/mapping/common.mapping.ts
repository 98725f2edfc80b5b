import type { RetryPolicy } from '@pipewright/shared';
import { type FieldMapping, listAt, numberAt, textAt } from './form-mapping';
import { getIn, setIn } from './lens';

/** The keys every step has beside its Arguments (the name is renamed, not written: see renameStep). */
export const commonForm = {
  displayName: textAt(['DisplayName']),
  description: textAt(['Description']),
  dependsOn: listAt<string>(['DependsOn']),
  cacheEnabled: cacheEnabled(),
  cacheExpireAfter: textAt(['CacheConfig', 'ExpireAfter']),
  retryPolicies: listAt<RetryPolicy>(['RetryPolicies']),
};

/** `CacheConfig.Enabled`; turning caching off keeps the expiry a person may turn back on. */
function cacheEnabled(): FieldMapping<boolean> {
  const path = ['CacheConfig', 'Enabled'];
  return {
    kind: 'boolean',
    path,
    read: (step) => getIn(step, path) === true,
    write: (step, value) => setIn(step, path, value),
  };
}

export const retryPolicyForm = {
  exceptionTypes: listAt<string>(['ExceptionType']),
  intervalSeconds: numberAt(['IntervalSeconds']),
  backoffRate: numberAt(['BackoffRate']),
  maxAttempts: numberAt(['MaxAttempts']),
  expireAfterMin: numberAt(['ExpireAfterMin']),
};

/** A new retry policy: SageMaker's defaults for a throttled service call. */
export function newRetryPolicy(): RetryPolicy {
  return { ExceptionType: ['Step.THROTTLING'], IntervalSeconds: 1, BackoffRate: 2, MaxAttempts: 5 };
}
