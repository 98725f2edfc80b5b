import { localArnPrefix } from '../processing-properties';
import type { ResolvedTransformArguments } from './transform-arguments';

/** `arn:aws:sagemaker:local:000000000000:transform-job/<name>`, lower-cased as SageMaker ARNs are. */
export function transformJobArn(jobName: string): string {
  return `${localArnPrefix}:transform-job/${jobName.toLowerCase()}`;
}

export interface DescribeTransformInput {
  jobName: string;
  args: ResolvedTransformArguments;
  status: 'InProgress' | 'Completed' | 'Failed' | 'Stopped';
  createdAt: Date;
  startedAt?: Date;
  endedAt?: Date;
  failureReason?: string;
}

/**
 * The attempt as `DescribeTransformJob` would return it: the request echoed with its defaults,
 * plus name, ARN, status and times. `{"Get": "Steps.X.TransformOutput.S3OutputPath"}` reads this.
 */
export function describeTransformJob(input: DescribeTransformInput): Record<string, unknown> {
  const described: Record<string, unknown> = {
    ...input.args,
    TransformJobName: input.jobName,
    TransformJobArn: transformJobArn(input.jobName),
    TransformJobStatus: input.status,
    CreationTime: input.createdAt.toISOString(),
  };
  if (input.startedAt !== undefined) described.TransformStartTime = input.startedAt.toISOString();
  if (input.endedAt !== undefined) described.TransformEndTime = input.endedAt.toISOString();
  if (input.failureReason !== undefined) described.FailureReason = input.failureReason;
  return described;
}
