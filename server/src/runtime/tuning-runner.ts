import { join } from 'node:path';
import { caughtFailureReason } from './caught-failure';
import type { ImageMap } from './image-map';
import { LogFiles, type OutputListener } from './log-files';
import type { ObjectStore } from './object-store';
import type { Sandbox } from './sandbox';
import { seedFrom } from './search-strategy';
import { type StepMetadata, type StepOutcome, fitReason } from './step-outcome';
import { type ResolvedTuningArguments, parseTuningArguments } from './tuning-arguments';
import { runTuningJobs } from './tuning-jobs';
import { planTuning } from './tuning-plan';
import {
  type TrainingJobSummary,
  describeTuningJob,
  rankSummaries,
  tuningJobArn,
  tuningJobName,
} from './tuning-properties';

/** Everything one attempt of a Tuning step needs. */
export interface TuningStepContext {
  executionId: string;
  stepName: string;
  /** The step's Arguments with every expression already resolved to plain values. */
  arguments: unknown;
  /** This attempt's folder: the step's logs, and each training job's folder below it. */
  attemptDir: string;
  objectStore: ObjectStore;
  imageMap: ImageMap;
  sandbox: Sandbox;
  /** S3OutputPath for definitions that give none, e.g. `s3://pipewright/executions/<id>/<step>`. */
  defaultOutputPath: string;
  onLog: OutputListener;
  /** Aborting it stops every running training job. */
  signal: AbortSignal;
  /** Called once the first training job's process has started, with the tuning job's metadata. */
  onStarted?: (metadata: StepMetadata) => void;
  workingDir?: string;
  stopGraceMs?: number;
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs one attempt of a Tuning step as SageMaker's hyperparameter tuning would, on this machine:
 * plans the training jobs (Grid, or Random seeded by the execution so a retry draws the same
 * values), runs them through the Training runner up to MaxParallelTrainingJobs at a time, and
 * ranks them by the objective metric from each job's FinalMetricDataList. The step fails only
 * when no job completed with an objective value; aborting `signal` stops every running job.
 */
export async function runTuningStep(context: TuningStepContext): Promise<StepOutcome> {
  const name = tuningJobName(context.stepName, context.executionId);
  const metadata = { TuningJob: { Arn: tuningJobArn(name) } };
  const createdAt = new Date();
  let logs: LogFiles;
  try {
    logs = await LogFiles.open(join(context.attemptDir, 'logs'), context.onLog);
  } catch (error) {
    return { status: 'Failed', reason: caughtFailureReason(error), metadata };
  }
  const note = (text: string) => logs.write('stdout', Buffer.from(`[tuning] ${text}\n`));
  let args: ResolvedTuningArguments | undefined;
  const describe = (
    status: 'Completed' | 'Failed' | 'Stopped',
    summaries: TrainingJobSummary[],
    failureReason?: string,
  ) =>
    args === undefined
      ? undefined
      : describeTuningJob({
          name,
          args,
          status,
          createdAt,
          endedAt: new Date(),
          summaries,
          ...(failureReason !== undefined && { failureReason }),
        });
  try {
    args = parseTuningArguments(context.arguments);
    const config = args.HyperParameterTuningJobConfig;
    const plan = planTuning(args, seedFrom(`${context.executionId}/${context.stepName}`));
    plan.notes.forEach(note);
    const parallel = config.ResourceLimits.MaxParallelTrainingJobs;
    note(
      `${name}: ${plan.jobs.length} training jobs (${config.Strategy}), up to ${parallel} at a time`,
    );
    const target = config.TuningJobCompletionCriteria?.TargetObjectiveMetricValue;
    const run = await runTuningJobs({
      tuningName: name,
      jobs: plan.jobs,
      maxParallel: parallel,
      ...(config.ResourceLimits.MaxRuntimeInSeconds !== undefined && {
        maxRuntimeInSeconds: config.ResourceLimits.MaxRuntimeInSeconds,
      }),
      ...(target !== undefined && { targetObjectiveValue: target }),
      attemptDir: context.attemptDir,
      defaultOutputPath: context.defaultOutputPath,
      objectStore: context.objectStore,
      imageMap: context.imageMap,
      sandbox: context.sandbox,
      onLog: (stream, text) => logs.write(stream, Buffer.from(text)),
      note,
      signal: context.signal,
      onFirstStarted: () => context.onStarted?.(metadata),
      ...(context.workingDir !== undefined && { workingDir: context.workingDir }),
      ...(context.stopGraceMs !== undefined && { stopGraceMs: context.stopGraceMs }),
      ...(context.hostEnv && { hostEnv: context.hostEnv }),
    });
    const ranked = rankSummaries(run.summaries);
    if (context.signal.aborted) {
      const properties = describe('Stopped', ranked);
      return { status: 'Stopped', metadata, ...(properties && { properties }) };
    }
    const best = ranked[0]?.FinalHyperParameterTuningJobObjectiveMetric ? ranked[0] : undefined;
    if (best === undefined) {
      const reason = noBestReason(
        ranked,
        run.timedOut,
        config.ResourceLimits.MaxRuntimeInSeconds,
        plan.jobs[0]?.definition.objective.MetricName ?? '',
      );
      const properties = describe('Failed', ranked, reason);
      return { status: 'Failed', reason, metadata, ...(properties && { properties }) };
    }
    ranked.forEach((summary, index) =>
      note(
        `#${index + 1} ${summary.TrainingJobName} ${summary.TrainingJobStatus}${objectiveText(summary)} ${JSON.stringify(summary.TunedHyperParameters)}`,
      ),
    );
    return {
      status: 'Succeeded',
      properties: describe('Completed', ranked) ?? {},
      metadata,
      propertyFiles: {},
    };
  } catch (error) {
    const reason = caughtFailureReason(error);
    const properties = describe('Failed', [], reason);
    return { status: 'Failed', reason, metadata, ...(properties && { properties }) };
  } finally {
    await logs.close();
  }
}

function objectiveText(summary: TrainingJobSummary): string {
  const metric = summary.FinalHyperParameterTuningJobObjectiveMetric;
  return metric === undefined ? '' : ` ${metric.MetricName}=${metric.Value}`;
}

/** Why there is no best training job, in SageMaker's terms and with the first failure's reason. */
function noBestReason(
  summaries: readonly TrainingJobSummary[],
  timedOut: boolean,
  limit: number | undefined,
  metricName: string,
): string {
  const failed = summaries.filter((summary) => summary.TrainingJobStatus !== 'Completed');
  if (timedOut && failed.length === summaries.length) {
    return `The tuning job exceeded MaxRuntimeInSeconds (${limit ?? 0} s) before any training job completed`;
  }
  if (failed.length < summaries.length) {
    return `No training job reported the objective metric "${metricName}": check its MetricDefinitions regex against the jobs' logs`;
  }
  const first = failed[0];
  return fitReason(
    `No training job succeeded: ${failed.length} of ${summaries.length} failed`,
    first === undefined
      ? ''
      : `${first.TrainingJobName}: ${first.FailureReason ?? first.TrainingJobStatus}`,
  );
}
