import type { FinalMetric } from './metric-watcher';
import type { StepMetadata, StepOutcome } from './step-outcome';
import type { ResolvedTrainingArguments } from './training-arguments';
import {
  type TrainingDescribeInput,
  type TrainingStatus,
  describeTrainingJob,
  trainingJobArn,
} from './training-properties';

type Ending = Pick<TrainingDescribeInput, 'failureReason' | 'modelArtifacts'> & {
  secondaryStatus?: string;
};

/**
 * What is known about one training job so far, turned into an outcome whichever way it ends.
 * Properties are included once the Arguments were valid (there is nothing to describe before);
 * the metadata's ARN is always there, so a failed step still links to its job.
 */
export class TrainingAttempt {
  readonly metadata: StepMetadata & { TrainingJob: { Arn: string } };
  finalMetrics: readonly FinalMetric[] = [];
  private readonly createdAt = new Date();
  private startedAt: Date | undefined;
  private accepted: { args: ResolvedTrainingArguments; outputPath: string } | undefined;

  constructor(
    readonly jobName: string,
    private readonly tuningJobArn?: string,
  ) {
    this.metadata = { TrainingJob: { Arn: trainingJobArn(jobName) } };
  }

  /** Records the valid Arguments and the S3OutputPath the job writes to. */
  accept(args: ResolvedTrainingArguments, outputPath: string): void {
    this.accepted = { args, outputPath };
  }

  /** Records the moment the container's process started. */
  started(): void {
    this.startedAt = new Date();
  }

  /** DescribeTrainingJob as of now; `undefined` before the Arguments were accepted. */
  describe(status: TrainingStatus, ending: Ending = {}): Record<string, unknown> | undefined {
    if (this.accepted === undefined) return undefined;
    const { secondaryStatus, ...rest } = ending;
    return describeTrainingJob({
      jobName: this.jobName,
      ...this.accepted,
      status,
      secondaryStatus: secondaryStatus ?? (status === 'InProgress' ? 'Starting' : status),
      createdAt: this.createdAt,
      ...(this.startedAt !== undefined && { startedAt: this.startedAt }),
      ...(status !== 'InProgress' && { endedAt: new Date() }),
      finalMetrics: this.finalMetrics,
      ...(this.tuningJobArn !== undefined && { tuningJobArn: this.tuningJobArn }),
      ...rest,
    });
  }

  /** A failed job; `status` is `Stopped` when MaxRuntimeInSeconds ended it, as on SageMaker. */
  failed(reason: string, status: 'Failed' | 'Stopped' = 'Failed', secondary?: string): StepOutcome {
    const properties = this.describe(status, {
      failureReason: reason,
      ...(secondary !== undefined && { secondaryStatus: secondary }),
    });
    return { status: 'Failed', reason, metadata: this.metadata, ...(properties && { properties }) };
  }

  stopped(): StepOutcome {
    const properties = this.describe('Stopped');
    return { status: 'Stopped', metadata: this.metadata, ...(properties && { properties }) };
  }

  succeeded(modelArtifacts: string): StepOutcome {
    const properties = this.describe('Completed', { modelArtifacts }) ?? {};
    return { status: 'Succeeded', properties, metadata: this.metadata, propertyFiles: {} };
  }
}
