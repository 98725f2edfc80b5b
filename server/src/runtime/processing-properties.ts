import type { ResolvedProcessingArguments } from './processing-arguments';

/** The account and region every local ARN carries, so nobody mistakes it for a real one. */
export const localArnPrefix = 'arn:aws:sagemaker:local:000000000000';

const maxJobNameLength = 63;

function cleanName(value: string): string {
  return value.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The processing job name of one attempt, shaped like the ones SageMaker Pipelines generates
 * (`pipelines-<execution>-<step>-<suffix>`) and within the API's limits: at most 63 letters,
 * digits and hyphens. Each attempt is its own job, as a retry is on SageMaker.
 */
export function processingJobName(executionId: string, stepName: string, attempt: number): string {
  const head = `pipelines-${cleanName(executionId).slice(0, 12)}-`;
  const tail = `-${attempt}`;
  const step = cleanName(stepName).slice(0, maxJobNameLength - head.length - tail.length);
  return `${head}${step}${tail}`.replace(/-{2,}/g, '-');
}

/** `arn:aws:sagemaker:local:000000000000:processing-job/<name>`, lowercased as SageMaker ARNs are. */
export function processingJobArn(jobName: string): string {
  return `${localArnPrefix}:processing-job/${jobName.toLowerCase()}`;
}

export interface DescribeInput {
  jobName: string;
  args: ResolvedProcessingArguments;
  /** The final S3Uri of every output, by OutputName (generated ones included). */
  outputUris: ReadonlyMap<string, string>;
  status: 'InProgress' | 'Completed' | 'Failed' | 'Stopped';
  createdAt: Date;
  startedAt?: Date;
  endedAt?: Date;
  exitMessage?: string;
  failureReason?: string;
}

/**
 * The attempt as `DescribeProcessingJob` would return it: the request echoed with defaults and
 * the final output URIs, plus name, ARN, status and times. `{"Get": "Steps.X.ProcessingOutputConfig
 * .Outputs['train'].S3Output.S3Uri"}` reads this.
 */
export function describeProcessingJob(input: DescribeInput): Record<string, unknown> {
  const { args, jobName } = input;
  const outputConfig = args.ProcessingOutputConfig;
  const described: Record<string, unknown> = {
    ...args,
    ProcessingJobName: jobName,
    ProcessingJobArn: processingJobArn(jobName),
    ProcessingJobStatus: input.status,
    CreationTime: input.createdAt.toISOString(),
    LastModifiedTime: (input.endedAt ?? input.startedAt ?? input.createdAt).toISOString(),
  };
  if (outputConfig !== undefined) {
    described.ProcessingOutputConfig = {
      ...outputConfig,
      Outputs: outputConfig.Outputs.map((output) =>
        output.S3Output === undefined
          ? output
          : {
              ...output,
              S3Output: { ...output.S3Output, S3Uri: input.outputUris.get(output.OutputName) },
            },
      ),
    };
  }
  if (input.startedAt !== undefined) described.ProcessingStartTime = input.startedAt.toISOString();
  if (input.endedAt !== undefined) described.ProcessingEndTime = input.endedAt.toISOString();
  if (input.exitMessage !== undefined) described.ExitMessage = input.exitMessage;
  if (input.failureReason !== undefined) described.FailureReason = input.failureReason;
  return described;
}
