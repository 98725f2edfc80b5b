import type { Diagnostic } from '../diagnostics/diagnostic';
import { parseExpireAfter } from '../duration';
import { joinPointer } from '../json/json-pointer';
import { retryExceptionTypes } from '../schema/steps/step-common.schema';

/** Step types that SageMaker lets retry (sagemaker-definition.md §6). */
const retryableTypes = new Set([
  'Processing',
  'Training',
  'Tuning',
  'AutoML',
  'Model',
  'RegisterModel',
  'Transform',
  'EMR',
  'EndpointConfig',
]);

const limits = { MaxAttempts: 20, ExpireAfterMin: 14_400, IntervalSeconds: 43_200 } as const;

/** Checks a step's CacheConfig.ExpireAfter and RetryPolicies against SageMaker's rules. */
export function checkStepPolicies(
  step: Record<string, unknown>,
  pointer: string,
  stepName: string,
): Diagnostic[] {
  return [...checkCache(step, pointer, stepName), ...checkRetries(step, pointer, stepName)];
}

function checkCache(step: Record<string, unknown>, pointer: string, stepName: string) {
  const cache = step.CacheConfig as Record<string, unknown> | undefined;
  const expireAfter = cache?.ExpireAfter;
  if (typeof expireAfter !== 'string' || parseExpireAfter(expireAfter) !== null) return [];
  return [
    {
      severity: 'error',
      code: 'invalid-expire-after',
      pointer: joinPointer(pointer, 'CacheConfig', 'ExpireAfter'),
      stepName,
      message: `Step "${stepName}": cache ExpireAfter "${expireAfter}" is not a duration.`,
      hint: 'Use an ISO 8601 duration such as "PT1H", "P30D" or "P4DT12H" (the short forms "30d" and "T12H" work too).',
    } satisfies Diagnostic,
  ];
}

function checkRetries(step: Record<string, unknown>, pointer: string, stepName: string) {
  const policies = step.RetryPolicies;
  if (!Array.isArray(policies) || policies.length === 0) return [];
  const diagnostics: Diagnostic[] = [];
  const problem = (at: string, message: string, hint: string) =>
    diagnostics.push({
      severity: 'error',
      code: 'invalid-retry-policy',
      pointer: at,
      stepName,
      message: `Step "${stepName}": ${message}`,
      hint,
    });
  if (!retryableTypes.has(String(step.Type))) {
    problem(
      joinPointer(pointer, 'RetryPolicies'),
      `${String(step.Type)} steps cannot have retry policies.`,
      `Retry policies apply to ${[...retryableTypes].join(', ')} steps; remove them here.`,
    );
    return diagnostics;
  }
  policies.forEach((policy: unknown, index) => {
    if (policy === null || typeof policy !== 'object') return;
    const at = joinPointer(pointer, 'RetryPolicies', index);
    const { ExceptionType, MaxAttempts, ExpireAfterMin, IntervalSeconds, BackoffRate } =
      policy as Record<string, unknown>;
    if (Array.isArray(ExceptionType)) {
      ExceptionType.forEach((type: unknown, typeIndex) => {
        if (!retryExceptionTypes.includes(type as (typeof retryExceptionTypes)[number])) {
          problem(
            joinPointer(at, 'ExceptionType', typeIndex),
            `retry exception type ${JSON.stringify(type)} is not one SageMaker knows.`,
            `Use one of ${retryExceptionTypes.join(', ')}.`,
          );
        }
      });
    }
    if (MaxAttempts !== undefined && ExpireAfterMin !== undefined) {
      problem(at, 'a retry policy sets both MaxAttempts and ExpireAfterMin.', 'Keep one of them.');
    }
    const checkRange = (key: keyof typeof limits, value: unknown, min: number) => {
      if (value === undefined) return;
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < min ||
        value > limits[key]
      ) {
        problem(
          joinPointer(at, key),
          `${key} is ${JSON.stringify(value)}; it must be a whole number from ${min} to ${limits[key]}.`,
          `SageMaker caps ${key} at ${limits[key]}.`,
        );
      }
    };
    checkRange('MaxAttempts', MaxAttempts, 0);
    checkRange('ExpireAfterMin', ExpireAfterMin, 0);
    checkRange('IntervalSeconds', IntervalSeconds, 1);
    if (BackoffRate !== undefined && (typeof BackoffRate !== 'number' || BackoffRate < 1)) {
      problem(
        joinPointer(at, 'BackoffRate'),
        `BackoffRate is ${JSON.stringify(BackoffRate)}; it must be a number of at least 1.`,
        'The interval is multiplied by BackoffRate after each attempt; 2 is the default.',
      );
    }
  });
  return diagnostics;
}
