import type { ResolvedProcessingArguments } from './processing-arguments';
import {
  type DescribeInput,
  describeProcessingJob,
  processingJobArn,
  processingJobName,
} from './processing-properties';
import type { StepMetadata, StepOutcome } from './step-outcome';

type Ending = Pick<DescribeInput, 'exitMessage' | 'failureReason'>;

/**
 * What is known about one attempt's processing job so far, turned into an outcome whichever way
 * it ends. Properties are included once the Arguments were valid (there is nothing to describe
 * before); the metadata's ARN is always there, so a failed step still links to its job.
 */
export class ProcessingAttempt {
  readonly jobName: string;
  readonly metadata: StepMetadata & { ProcessingJob: { Arn: string } };
  readonly outputUris = new Map<string, string>();
  private readonly createdAt = new Date();
  private startedAt: Date | undefined;
  private args: ResolvedProcessingArguments | undefined;

  constructor(executionId: string, stepName: string, attempt: number) {
    this.jobName = processingJobName(executionId, stepName, attempt);
    this.metadata = { ProcessingJob: { Arn: processingJobArn(this.jobName) } };
  }

  /** Records the valid Arguments and the final URI of each output. */
  accepted(args: ResolvedProcessingArguments, outputUris: ReadonlyMap<string, string>): void {
    this.args = args;
    for (const [name, uri] of outputUris) this.outputUris.set(name, uri);
  }

  /** Records the moment the container's process started. */
  started(): void {
    this.startedAt = new Date();
  }

  /** DescribeProcessingJob as of now; `undefined` before the Arguments were accepted. */
  describe(
    status: DescribeInput['status'],
    ending: Ending = {},
  ): Record<string, unknown> | undefined {
    if (this.args === undefined) return undefined;
    const endedAt = status === 'InProgress' ? undefined : new Date();
    return describeProcessingJob({
      jobName: this.jobName,
      args: this.args,
      outputUris: this.outputUris,
      status,
      createdAt: this.createdAt,
      ...(this.startedAt === undefined ? {} : { startedAt: this.startedAt }),
      ...(endedAt === undefined ? {} : { endedAt }),
      ...ending,
    });
  }

  failed(reason: string, exitMessage?: string): StepOutcome {
    const properties = this.describe('Failed', { failureReason: reason, exitMessage });
    return { status: 'Failed', reason, metadata: this.metadata, ...(properties && { properties }) };
  }

  stopped(exitMessage?: string): StepOutcome {
    const properties = this.describe('Stopped', { exitMessage });
    return { status: 'Stopped', metadata: this.metadata, ...(properties && { properties }) };
  }

  succeeded(propertyFiles: Record<string, string>, exitMessage?: string): StepOutcome {
    const properties = this.describe('Completed', { exitMessage }) ?? {};
    return { status: 'Succeeded', properties, metadata: this.metadata, propertyFiles };
  }
}
