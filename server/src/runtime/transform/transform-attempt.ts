import { processingJobName } from '../processing-properties';
import type { StepMetadata, StepOutcome } from '../step-outcome';
import type { ResolvedTransformArguments } from './transform-arguments';
import {
  type DescribeTransformInput,
  describeTransformJob,
  transformJobArn,
} from './transform-properties';

/**
 * What is known about one attempt's transform job so far, turned into an outcome whichever way
 * it ends. The job is named like every job a pipeline starts
 * (`pipelines-<execution>-<step>-<attempt>`); properties are included once the Arguments were
 * valid, and the metadata's ARN is always there.
 */
export class TransformAttempt {
  readonly jobName: string;
  readonly metadata: StepMetadata & { TransformJob: { Arn: string } };
  private readonly createdAt = new Date();
  private startedAt: Date | undefined;
  private args: ResolvedTransformArguments | undefined;

  constructor(executionId: string, stepName: string, attempt: number) {
    this.jobName = processingJobName(executionId, stepName, attempt);
    this.metadata = { TransformJob: { Arn: transformJobArn(this.jobName) } };
  }

  /** Records the valid Arguments. */
  accepted(args: ResolvedTransformArguments): void {
    this.args = args;
  }

  /** Records the moment the first inference process started. */
  started(): void {
    this.startedAt ??= new Date();
  }

  private describe(status: DescribeTransformInput['status'], failureReason?: string) {
    if (this.args === undefined) return undefined;
    return describeTransformJob({
      jobName: this.jobName,
      args: this.args,
      status,
      createdAt: this.createdAt,
      ...(this.startedAt !== undefined && { startedAt: this.startedAt }),
      endedAt: new Date(),
      ...(failureReason !== undefined && { failureReason }),
    });
  }

  failed(reason: string): StepOutcome {
    const properties = this.describe('Failed', reason);
    return { status: 'Failed', reason, metadata: this.metadata, ...(properties && { properties }) };
  }

  stopped(): StepOutcome {
    const properties = this.describe('Stopped');
    return { status: 'Stopped', metadata: this.metadata, ...(properties && { properties }) };
  }

  succeeded(): StepOutcome {
    const properties = this.describe('Completed') ?? {};
    return { status: 'Succeeded', properties, metadata: this.metadata, propertyFiles: {} };
  }
}
