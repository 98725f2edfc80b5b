import { type ParameterRange, parseParameterRanges } from './parameter-ranges';
import { RuntimeUserError } from './runtime-error';
import {
  type TunedValues,
  gridCombinations,
  randomCombination,
  seededRandom,
} from './search-strategy';
import type {
  ResolvedTuningArguments,
  TrainingJobDefinition,
  TuningObjective,
} from './tuning-arguments';

/** A training job definition, checked and ready to launch jobs from. */
export interface PreparedDefinition {
  name?: string;
  /** Names it in messages: `TrainingJobDefinition` or `TrainingJobDefinitions[1] ("xgb")`. */
  where: string;
  definition: TrainingJobDefinition;
  ranges: ParameterRange[];
  objective: TuningObjective;
}

/** One training job the tuner will launch. */
export interface PlannedJob {
  definition: PreparedDefinition;
  tuned: TunedValues;
}

export interface TuningPlan {
  jobs: PlannedJob[];
  /** Lines for the step's log: what runs differently here than on SageMaker. */
  notes: string[];
}

// Random draws again this often to avoid running a combination twice.
const redraws = 20;

function invalid(message: string): RuntimeUserError {
  return new RuntimeUserError('invalid-arguments', message);
}

function prepare(args: ResolvedTuningArguments): PreparedDefinition[] {
  const config = args.HyperParameterTuningJobConfig;
  const list =
    args.TrainingJobDefinitions ?? (args.TrainingJobDefinition ? [args.TrainingJobDefinition] : []);
  return list.map((definition, index) => {
    const where =
      args.TrainingJobDefinitions === undefined
        ? 'TrainingJobDefinition'
        : `TrainingJobDefinitions[${index}]${definition.DefinitionName ? ` ("${definition.DefinitionName}")` : ''}`;
    const rangesInput = definition.HyperParameterRanges ?? config.ParameterRanges;
    if (rangesInput === undefined)
      throw invalid(`${where}: there are no HyperParameterRanges to search`);
    const objective = definition.TuningObjective ?? config.HyperParameterTuningJobObjective;
    if (objective === undefined) {
      throw invalid(`${where}: there is no objective metric (HyperParameterTuningJobObjective)`);
    }
    const metrics = definition.AlgorithmSpecification.MetricDefinitions.map(
      (metric) => metric.Name,
    );
    if (!metrics.includes(objective.MetricName)) {
      throw invalid(
        `${where}: the objective metric "${objective.MetricName}" has no entry in AlgorithmSpecification.MetricDefinitions, so it cannot be read from the jobs' logs`,
      );
    }
    const ranges = parseParameterRanges(rangesInput, where);
    const both = ranges.find((range) => range.name in definition.StaticHyperParameters);
    if (both !== undefined) {
      throw invalid(`${where}: the hyperparameter "${both.name}" is both static and tuned`);
    }
    return {
      ...(definition.DefinitionName && { name: definition.DefinitionName }),
      where,
      definition,
      ranges,
      objective,
    };
  });
}

function gridPlan(definitions: PreparedDefinition[], maxJobs: number | undefined): PlannedJob[] {
  const jobs = definitions.flatMap((definition) =>
    gridCombinations(definition.ranges, definition.where).map((tuned) => ({ definition, tuned })),
  );
  if (maxJobs !== undefined && maxJobs !== jobs.length) {
    throw invalid(
      `ResourceLimits.MaxNumberOfTrainingJobs is ${maxJobs}, but the Grid strategy runs every combination (${jobs.length}); set it to ${jobs.length} or leave it out`,
    );
  }
  return jobs;
}

function randomPlan(definitions: PreparedDefinition[], count: number, seed: number): PlannedJob[] {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    const definition = definitions[index % definitions.length] as PreparedDefinition;
    let tuned = randomCombination(definition.ranges, random);
    for (let attempt = 0; attempt < redraws && seen.has(key(definition, tuned)); attempt += 1) {
      tuned = randomCombination(definition.ranges, random);
    }
    seen.add(key(definition, tuned));
    return { definition, tuned };
  });
}

const key = (definition: PreparedDefinition, tuned: TunedValues) =>
  `${definition.where}\n${JSON.stringify(tuned)}`;

/**
 * Decides which training jobs a tuning job runs: every combination for Grid, `seed`-reproducible
 * draws for Random (Bayesian and Hyperband fall back to Random, with a note saying so). With
 * several TrainingJobDefinitions, Random takes them in turn and Grid runs each one's grid.
 */
export function planTuning(args: ResolvedTuningArguments, seed: number): TuningPlan {
  const config = args.HyperParameterTuningJobConfig;
  const definitions = prepare(args);
  const notes: string[] = [];
  const maxJobs = config.ResourceLimits.MaxNumberOfTrainingJobs;
  let jobs: PlannedJob[];
  if (config.Strategy === 'Grid') {
    jobs = gridPlan(definitions, maxJobs);
  } else if (['Random', 'Bayesian', 'Hyperband'].includes(config.Strategy)) {
    if (config.Strategy !== 'Random') {
      notes.push(
        `The ${config.Strategy} strategy is not available locally: the hyperparameters are drawn at random (the Random strategy) instead.`,
      );
    }
    if (maxJobs === undefined) {
      throw invalid(
        `ResourceLimits.MaxNumberOfTrainingJobs is required for the ${config.Strategy} strategy`,
      );
    }
    jobs = randomPlan(definitions, maxJobs, config.RandomSeed ?? seed);
  } else {
    throw invalid(`Strategy "${config.Strategy}" is not one of Bayesian, Random, Hyperband, Grid`);
  }
  if (args.WarmStartConfig !== undefined) {
    notes.push('WarmStartConfig is not available locally: the tuning starts without parent jobs.');
  }
  if (config.TrainingJobEarlyStoppingType === 'Auto') {
    notes.push(
      'Early stopping (TrainingJobEarlyStoppingType Auto) is not available locally: every training job runs to its end.',
    );
  }
  return { jobs, notes };
}
