import { z } from 'zod';
import { ExpressionValueSchema, expressionOr } from '../expression.schema';

/** Step names as the SageMaker API constrains them: 1–64 of letters, digits, `-` and `_`. */
export const stepNamePattern = /^[A-Za-z0-9\-_]{1,64}$/;

/** A string that may also be an expression, as almost every leaf of step Arguments can be. */
export const StringOrExpression = expressionOr(z.string());
/** A number that may also be an expression (`InstanceCount: {"Get": "Parameters.Count"}`). */
export const NumberOrExpression = expressionOr(z.number());
/** A boolean that may also be an expression (`AppManaged: {"Get": "Parameters.Managed"}`). */
export const BooleanOrExpression = expressionOr(z.boolean());

/** `Environment` maps on jobs and containers: names to strings or expressions. */
export const EnvironmentSchema = z.record(z.string(), StringOrExpression);

/** `{"Enabled": true, "ExpireAfter": "PT1H"}`; ExpireAfter's loose real forms are checked by validation. */
export const CacheConfigSchema = z.looseObject({
  Enabled: z.boolean(),
  ExpireAfter: z.string().optional(),
});
export type CacheConfig = z.infer<typeof CacheConfigSchema>;

/** The exception types a retry policy may name (sagemaker-definition.md §6). */
export const retryExceptionTypes = [
  'Step.SERVICE_FAULT',
  'Step.THROTTLING',
  'SageMaker.JOB_INTERNAL_ERROR',
  'SageMaker.CAPACITY_ERROR',
  'SageMaker.RESOURCE_LIMIT',
] as const;

/** One retry policy; limits (MaxAttempts ≤ 20, ExpireAfterMin ≤ 14400, …) are checked by validation. */
export const RetryPolicySchema = z.looseObject({
  ExceptionType: z.array(z.string()),
  IntervalSeconds: z.number().optional(),
  BackoffRate: z.number().optional(),
  MaxAttempts: z.number().optional(),
  ExpireAfterMin: z.number().optional(),
});
export type RetryPolicy = z.infer<typeof RetryPolicySchema>;

/** The keys every step may carry beside Name, Type and Arguments. */
export const stepCommonShape = {
  Name: z.string().describe('Unique within the pipeline, nested branch steps included.'),
  DisplayName: z.string().optional(),
  Description: z.string().optional(),
  DependsOn: z.array(z.string()).optional(),
  CacheConfig: CacheConfigSchema.optional(),
  RetryPolicies: z.array(RetryPolicySchema).optional(),
};

/** Free-form Arguments: any JSON object whose values may contain expressions. */
export const FreeFormArgumentsSchema = z.record(z.string(), ExpressionValueSchema);

/** The output parameters Lambda and Callback steps declare. */
export const OutputParameterSchema = z.looseObject({
  OutputName: z.string(),
  OutputType: z.enum(['String', 'Integer', 'Boolean', 'Float']).optional(),
});
export type OutputParameter = z.infer<typeof OutputParameterSchema>;

/** An S3 data source as Training channels and Transform inputs use it. */
export const S3DataSourceSchema = z.looseObject({
  S3Uri: StringOrExpression,
  S3DataType: StringOrExpression.optional(),
  S3DataDistributionType: StringOrExpression.optional(),
});
