import type { FinalMetric } from './metric-watcher';
import { localArnPrefix } from './processing-properties';
import type { ResolvedTrainingArguments } from './training-arguments';

/**
 * The training job name of a Training step: `<step name>-<execution id>`, the value the engine
 * gives `{"Get": "Execution.TrainingJobName"}` in the step's own Arguments, so a script or a
 * path built from it names this very job. A retry runs under the same name and replaces the
 * earlier attempt's artifacts.
 */
export function trainingJobName(stepName: string, executionId: string): string {
  return `${stepName}-${executionId}`;
}

/** `arn:aws:sagemaker:local:000000000000:training-job/<name>`, lowercased as SageMaker ARNs are. */
export function trainingJobArn(jobName: string): string {
  return `${localArnPrefix}:training-job/${jobName.toLowerCase()}`;
}

/** `<S3OutputPath>/<job name>/output/<file>`: where SageMaker puts a job's archives. */
export function trainingOutputUri(outputPath: string, jobName: string, file: string): string {
  return `${outputPath.replace(/\/+$/, '')}/${jobName}/output/${file}`;
}

/** TrainingJobStatus and SecondaryStatus. */
export type TrainingStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopped';

export interface TrainingDescribeInput {
  jobName: string;
  args: ResolvedTrainingArguments;
  /** The S3OutputPath the job used (the step's default prefix when it gave none). */
  outputPath: string;
  status: TrainingStatus;
  secondaryStatus: string;
  createdAt: Date;
  startedAt?: Date;
  endedAt?: Date;
  failureReason?: string;
  /** `ModelArtifacts.S3ModelArtifacts`, once model.tar.gz is uploaded. */
  modelArtifacts?: string;
  finalMetrics: readonly FinalMetric[];
  /** Set for a job a tuning job launched. */
  tuningJobArn?: string;
}

const seconds = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/**
 * The job as `DescribeTrainingJob` would return it: the request echoed with its defaults, plus
 * name, ARN, statuses, times, `ModelArtifacts` and `FinalMetricDataList`.
 * `{"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}` reads this.
 */
export function describeTrainingJob(input: TrainingDescribeInput): Record<string, unknown> {
  const { args, jobName } = input;
  const described: Record<string, unknown> = {
    ...args,
    TrainingJobName: jobName,
    TrainingJobArn: trainingJobArn(jobName),
    ...(input.tuningJobArn !== undefined && { TuningJobArn: input.tuningJobArn }),
    TrainingJobStatus: input.status,
    SecondaryStatus: input.secondaryStatus,
    OutputDataConfig: { ...args.OutputDataConfig, S3OutputPath: input.outputPath },
    EnableNetworkIsolation: args.EnableNetworkIsolation ?? false,
    EnableInterContainerTrafficEncryption: args.EnableInterContainerTrafficEncryption ?? false,
    EnableManagedSpotTraining: args.EnableManagedSpotTraining ?? false,
    FinalMetricDataList: input.finalMetrics,
    CreationTime: input.createdAt.toISOString(),
    LastModifiedTime: (input.endedAt ?? input.startedAt ?? input.createdAt).toISOString(),
  };
  if (input.modelArtifacts !== undefined) {
    described.ModelArtifacts = { S3ModelArtifacts: input.modelArtifacts };
  }
  if (input.startedAt !== undefined) described.TrainingStartTime = input.startedAt.toISOString();
  if (input.endedAt !== undefined) {
    described.TrainingEndTime = input.endedAt.toISOString();
    const time = seconds(input.startedAt ?? input.createdAt, input.endedAt);
    described.TrainingTimeInSeconds = time;
    described.BillableTimeInSeconds = time;
  }
  if (input.failureReason !== undefined) described.FailureReason = input.failureReason;
  return described;
}
