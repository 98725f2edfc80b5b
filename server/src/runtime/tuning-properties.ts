import { createHash } from 'node:crypto';
import { localArnPrefix } from './processing-properties';
import type { TunedValues } from './search-strategy';
import type { ResolvedTuningArguments, TuningObjective } from './tuning-arguments';

// SageMaker's limit for a tuning job's name; its training jobs add `-NNN-xxxxxxxx`.
const maxTuningNameLength = 32;

const cleanName = (value: string) => value.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** `<step>-<execution id>`, shortened from the step's side to SageMaker's 32 characters. */
export function tuningJobName(stepName: string, executionId: string): string {
  const execution = cleanName(executionId);
  const room = Math.max(1, maxTuningNameLength - execution.length - 1);
  return `${cleanName(stepName).slice(0, room)}-${execution}`.slice(0, maxTuningNameLength);
}

/** `arn:aws:sagemaker:local:000000000000:hyper-parameter-tuning-job/<name>`, lowercased. */
export function tuningJobArn(name: string): string {
  return `${localArnPrefix}:hyper-parameter-tuning-job/${name.toLowerCase()}`;
}

/**
 * A training job's name as a tuning job names them: `<tuning job>-<NNN>-<8 hex>`. The hex comes
 * from the job's hyperparameters, so a rerun of the same plan gives the same names.
 */
export function tunedTrainingJobName(
  tuningName: string,
  index: number,
  tuned: TunedValues,
): string {
  const digest = createHash('sha256')
    .update(`${index}\n${JSON.stringify(tuned)}`)
    .digest('hex');
  return `${tuningName}-${String(index + 1).padStart(3, '0')}-${digest.slice(0, 8)}`;
}

/** `HyperParameterTrainingJobSummary`: one training job as the tuning job lists it. */
export interface TrainingJobSummary {
  TrainingJobDefinitionName?: string;
  TrainingJobName: string;
  TrainingJobArn: string;
  TuningJobName: string;
  CreationTime: string;
  TrainingStartTime?: string;
  TrainingEndTime?: string;
  TrainingJobStatus: string;
  TunedHyperParameters: TunedValues;
  FailureReason?: string;
  FinalHyperParameterTuningJobObjectiveMetric?: { Type: string; MetricName: string; Value: number };
  ObjectiveStatus: 'Succeeded' | 'Pending' | 'Failed';
}

/**
 * Best first: jobs with an objective value by it (lowest for Minimize, highest for Maximize;
 * ties keep launch order), then the rest in launch order. Index 0 is what the SDK's
 * `get_top_model_s3_uri(top_k=0)` reads.
 */
export function rankSummaries(summaries: readonly TrainingJobSummary[]): TrainingJobSummary[] {
  const score = (summary: TrainingJobSummary) => {
    const metric = summary.FinalHyperParameterTuningJobObjectiveMetric;
    if (metric === undefined) return undefined;
    return metric.Type === 'Maximize' ? -metric.Value : metric.Value;
  };
  return summaries
    .map((summary, order) => ({ summary, order, score: score(summary) }))
    .sort((a, b) => {
      if (a.score === undefined || b.score === undefined) {
        return a.score === b.score ? a.order - b.order : a.score === undefined ? 1 : -1;
      }
      return a.score - b.score || a.order - b.order;
    })
    .map(({ summary }) => summary);
}

/** The objective's final value in a job's FinalMetricDataList, as the summary shows it. */
export function objectiveMetric(
  objective: TuningObjective,
  finalMetrics: readonly { MetricName: string; Value: number }[],
): TrainingJobSummary['FinalHyperParameterTuningJobObjectiveMetric'] {
  const found = finalMetrics.find((metric) => metric.MetricName === objective.MetricName);
  return found === undefined
    ? undefined
    : { Type: objective.Type, MetricName: objective.MetricName, Value: found.Value };
}

export interface TuningDescribeInput {
  name: string;
  args: ResolvedTuningArguments;
  status: 'InProgress' | 'Completed' | 'Failed' | 'Stopped';
  createdAt: Date;
  endedAt?: Date;
  /** Ranked, best first. */
  summaries: readonly TrainingJobSummary[];
  failureReason?: string;
}

/**
 * The tuning job as `DescribeHyperParameterTuningJob` returns it, plus `TrainingJobSummaries`
 * from `ListTrainingJobsForHyperParameterTuningJob` (the SDK's TuningStep properties).
 */
export function describeTuningJob(input: TuningDescribeInput): Record<string, unknown> {
  const { summaries } = input;
  const count = (status: string) =>
    summaries.filter((job) => job.TrainingJobStatus === status).length;
  const objectives = (status: TrainingJobSummary['ObjectiveStatus']) =>
    summaries.filter((job) => job.ObjectiveStatus === status).length;
  const best = summaries[0]?.FinalHyperParameterTuningJobObjectiveMetric ? summaries[0] : undefined;
  const end = input.endedAt ?? new Date();
  return {
    ...input.args,
    HyperParameterTuningJobName: input.name,
    HyperParameterTuningJobArn: tuningJobArn(input.name),
    HyperParameterTuningJobStatus: input.status,
    CreationTime: input.createdAt.toISOString(),
    LastModifiedTime: end.toISOString(),
    ...(input.endedAt && { HyperParameterTuningEndTime: input.endedAt.toISOString() }),
    TrainingJobStatusCounters: {
      Completed: count('Completed'),
      InProgress: count('InProgress'),
      RetryableError: 0,
      NonRetryableError: count('Failed'),
      Stopped: count('Stopped'),
    },
    ObjectiveStatusCounters: {
      Succeeded: objectives('Succeeded'),
      Pending: objectives('Pending'),
      Failed: objectives('Failed'),
    },
    ...(best && { BestTrainingJob: best }),
    ...(input.failureReason !== undefined && { FailureReason: input.failureReason }),
    ConsumedResources: {
      RuntimeInSeconds: Math.round((end.getTime() - input.createdAt.getTime()) / 1000),
    },
    TrainingJobSummaries: summaries,
  };
}
