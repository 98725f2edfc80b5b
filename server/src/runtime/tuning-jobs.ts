import { join } from 'node:path';
import type { ImageMap } from './image-map';
import { attemptJobsFolder } from './leftover-process';
import { LinePrefixer } from './line-prefixer';
import type { OutputListener } from './log-files';
import type { ObjectStore } from './object-store';
import type { Sandbox } from './sandbox';
import type { StepOutcome } from './step-outcome';
import { trainingJobArn } from './training-properties';
import { runTrainingJob } from './training-runner';
import type { PlannedJob } from './tuning-plan';
import {
  type TrainingJobSummary,
  objectiveMetric,
  tunedTrainingJobName,
  tuningJobArn,
} from './tuning-properties';

/** What the training jobs of one tuning job share. */
export interface TuningJobsContext {
  tuningName: string;
  jobs: readonly PlannedJob[];
  maxParallel: number;
  /** `ResourceLimits.MaxRuntimeInSeconds` of the whole tuning job. */
  maxRuntimeInSeconds?: number;
  /** `TuningJobCompletionCriteria.TargetObjectiveMetricValue`: no new job once one reaches it. */
  targetObjectiveValue?: number;
  /** The tuning attempt's folder; each job gets `training-jobs/<job name>/` inside it. */
  attemptDir: string;
  defaultOutputPath: string;
  objectStore: ObjectStore;
  imageMap: ImageMap;
  sandbox: Sandbox;
  /** The step's log: every job's lines, each prefixed with `[<job name>] `. */
  onLog: OutputListener;
  /** A line of the tuner's own, for the step's log. */
  note: (text: string) => void;
  signal: AbortSignal;
  /** Called once, when the first training job's process has started. */
  onFirstStarted: () => void;
  workingDir?: string;
  stopGraceMs?: number;
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/** The jobs that ran, in launch order, and whether MaxRuntimeInSeconds cut the tuning short. */
export interface TuningJobsResult {
  summaries: TrainingJobSummary[];
  timedOut: boolean;
}

/** A TrainingJobDefinition's training request for one job: its fields, static and tuned hyperparameters. */
function trainingArguments(planned: PlannedJob): Record<string, unknown> {
  const {
    DefinitionName: _name,
    TuningObjective: _objective,
    HyperParameterRanges: _ranges,
    StaticHyperParameters,
    ...training
  } = planned.definition.definition;
  return { ...training, HyperParameters: { ...StaticHyperParameters, ...planned.tuned } };
}

function reachesTarget(summary: TrainingJobSummary, target: number | undefined): boolean {
  const metric = summary.FinalHyperParameterTuningJobObjectiveMetric;
  if (target === undefined || metric === undefined) return false;
  return metric.Type === 'Minimize' ? metric.Value <= target : metric.Value >= target;
}

/**
 * Runs the planned training jobs through the Training runner, `maxParallel` at a time, each in
 * its own folder with its own logs. Aborting `signal` (or running past MaxRuntimeInSeconds)
 * stops every running job and starts no new one.
 */
export async function runTuningJobs(context: TuningJobsContext): Promise<TuningJobsResult> {
  const running = new Set<AbortController>();
  const summaries: TrainingJobSummary[] = [];
  let launching = true;
  let timedOut = false;
  let announced = false;
  const stopAll = () => {
    launching = false;
    for (const controller of running) controller.abort();
  };
  context.signal.addEventListener('abort', stopAll, { once: true });
  const limit = context.maxRuntimeInSeconds;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          context.note(
            `The tuning job reached MaxRuntimeInSeconds (${limit} s): stopping its training jobs.`,
          );
          stopAll();
        }, limit * 1000);

  const runOne = async (index: number) => {
    const planned = context.jobs[index] as PlannedJob;
    const jobName = tunedTrainingJobName(context.tuningName, index, planned.tuned);
    const controller = new AbortController();
    running.add(controller);
    context.note(`${jobName} starts with ${JSON.stringify(planned.tuned)}`);
    const prefixer = new LinePrefixer(`[${jobName}] `, context.onLog);
    const createdAt = new Date();
    const outcome = await runTrainingJob({
      jobName,
      arguments: trainingArguments(planned),
      attemptDir: join(context.attemptDir, attemptJobsFolder, jobName),
      objectStore: context.objectStore,
      imageMap: context.imageMap,
      sandbox: context.sandbox,
      defaultOutputPath: context.defaultOutputPath,
      onLog: (stream, text) => prefixer.write(stream, text),
      signal: controller.signal,
      onStarted: () => {
        if (!announced) context.onFirstStarted();
        announced = true;
      },
      tuningJobArn: tuningJobArn(context.tuningName),
      ...(context.workingDir !== undefined && { workingDir: context.workingDir }),
      ...(context.stopGraceMs !== undefined && { stopGraceMs: context.stopGraceMs }),
      ...(context.hostEnv && { hostEnv: context.hostEnv }),
    });
    prefixer.end();
    running.delete(controller);
    const summary = summarize(context.tuningName, jobName, planned, outcome, createdAt);
    context.note(
      `${jobName} ${summary.TrainingJobStatus.toLowerCase()}${describeObjective(summary)}`,
    );
    return summary;
  };

  let next = 0;
  const worker = async () => {
    while (launching && next < context.jobs.length) {
      const index = next++;
      const summary = await runOne(index);
      summaries[index] = summary;
      if (launching && reachesTarget(summary, context.targetObjectiveValue)) {
        context.note(
          `${summary.TrainingJobName} reached TargetObjectiveMetricValue: no new training job starts.`,
        );
        launching = false;
      }
    }
  };
  try {
    const workers = Math.max(1, Math.min(context.maxParallel, context.jobs.length));
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    clearTimeout(timer);
    context.signal.removeEventListener('abort', stopAll);
  }
  return { summaries: summaries.filter((summary) => summary !== undefined), timedOut };
}

function describeObjective(summary: TrainingJobSummary): string {
  const metric = summary.FinalHyperParameterTuningJobObjectiveMetric;
  return metric === undefined ? '' : `: ${metric.MetricName} = ${metric.Value}`;
}

/**
 * The job's `HyperParameterTrainingJobSummary`. Only a Completed job has an objective value
 * (and a model.tar.gz), so only a Completed job can be the best one.
 */
function summarize(
  tuningName: string,
  jobName: string,
  planned: PlannedJob,
  outcome: StepOutcome,
  createdAt: Date,
): TrainingJobSummary {
  const described = (outcome.properties ?? {}) as Record<string, unknown>;
  const status =
    outcome.status === 'Succeeded'
      ? 'Completed'
      : outcome.status === 'Stopped'
        ? 'Stopped'
        : String(described.TrainingJobStatus ?? 'Failed');
  const finalMetrics = (described.FinalMetricDataList ?? []) as {
    MetricName: string;
    Value: number;
  }[];
  const metric =
    status === 'Completed'
      ? objectiveMetric(planned.definition.objective, finalMetrics)
      : undefined;
  const time = (key: string) =>
    typeof described[key] === 'string' ? { [key]: described[key] } : {};
  return {
    ...(planned.definition.name !== undefined && {
      TrainingJobDefinitionName: planned.definition.name,
    }),
    TrainingJobName: jobName,
    TrainingJobArn: trainingJobArn(jobName),
    TuningJobName: tuningName,
    CreationTime:
      typeof described.CreationTime === 'string' ? described.CreationTime : createdAt.toISOString(),
    ...time('TrainingStartTime'),
    ...time('TrainingEndTime'),
    TrainingJobStatus: status,
    TunedHyperParameters: planned.tuned,
    ...(outcome.status === 'Failed' && { FailureReason: outcome.reason }),
    ...(metric !== undefined && { FinalHyperParameterTuningJobObjectiveMetric: metric }),
    ObjectiveStatus: metric !== undefined ? 'Succeeded' : 'Failed',
  };
}
