/** The tuning job's objective: which metric, and whether higher or lower is better. */
export interface TuningObjective {
  type: 'Maximize' | 'Minimize';
  metricName: string;
}

/** One training job of a tuning job, as the Jobs tab lists it. */
export interface RankedTrainingJob {
  /** 1 for the best; undefined for a job without an objective value. */
  rank: number | undefined;
  name: string;
  status: string;
  objectiveValue: number | undefined;
  hyperParameters: Record<string, string>;
  failureReason: string | undefined;
  best: boolean;
}

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};

/** The objective from `HyperParameterTuningJobConfig`, or from the jobs' own metric. */
export function tuningObjective(properties: unknown): TuningObjective | undefined {
  const props = record(properties);
  const configured = record(
    record(props.HyperParameterTuningJobConfig).HyperParameterTuningJobObjective,
  );
  const fromJob = record(
    record((Array.isArray(props.TrainingJobSummaries) ? props.TrainingJobSummaries : [])[0] ?? {})
      .FinalHyperParameterTuningJobObjectiveMetric,
  );
  const type = configured.Type ?? fromJob.Type;
  const metricName = configured.MetricName ?? fromJob.MetricName;
  if ((type !== 'Maximize' && type !== 'Minimize') || typeof metricName !== 'string') {
    return undefined;
  }
  return { type, metricName };
}

/**
 * The training jobs best first by the objective (highest value for Maximize, lowest for
 * Minimize; ties keep launch order), then the jobs without a value in launch order, unranked.
 * The first ranked is the best, as SageMaker's `BestTrainingJob`.
 */
export function rankTrainingJobs(properties: unknown): {
  objective: TuningObjective | undefined;
  jobs: RankedTrainingJob[];
} {
  const props = record(properties);
  const objective = tuningObjective(properties);
  const summaries = Array.isArray(props.TrainingJobSummaries) ? props.TrainingJobSummaries : [];
  const jobs = summaries.map((entry, order) => {
    const summary = record(entry);
    const metric = record(summary.FinalHyperParameterTuningJobObjectiveMetric);
    const value = typeof metric.Value === 'number' ? metric.Value : undefined;
    return {
      order,
      name: String(summary.TrainingJobName ?? `job ${order + 1}`),
      status: String(summary.TrainingJobStatus ?? 'Unknown'),
      objectiveValue: value,
      hyperParameters: Object.fromEntries(
        Object.entries(record(summary.TunedHyperParameters)).map(([key, v]) => [key, String(v)]),
      ),
      failureReason: typeof summary.FailureReason === 'string' ? summary.FailureReason : undefined,
    };
  });
  const sign = objective?.type === 'Maximize' ? -1 : 1;
  jobs.sort((a, b) => {
    if (a.objectiveValue === undefined || b.objectiveValue === undefined) {
      if (a.objectiveValue === b.objectiveValue) return a.order - b.order;
      return a.objectiveValue === undefined ? 1 : -1;
    }
    return sign * (a.objectiveValue - b.objectiveValue) || a.order - b.order;
  });
  let rank = 0;
  return {
    objective,
    jobs: jobs.map(({ order: _order, ...job }) => {
      const ranked = job.objectiveValue === undefined ? undefined : ++rank;
      return { ...job, rank: ranked, best: ranked === 1 };
    }),
  };
}
