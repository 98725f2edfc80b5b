import { z } from 'zod';
import { RuntimeUserError } from './runtime-error';

// A resolved value that SageMaker takes as a string (a Join or a parameter may give a number).
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const NumericRangeSchema = z.looseObject({
  Name: z.string().min(1),
  MinValue: text,
  MaxValue: text,
  ScalingType: z.string().default('Auto'),
});

/** `ParameterRanges`: what a tuning job searches. */
export const ParameterRangesSchema = z.looseObject({
  IntegerParameterRanges: z.array(NumericRangeSchema).default([]),
  ContinuousParameterRanges: z.array(NumericRangeSchema).default([]),
  CategoricalParameterRanges: z
    .array(z.looseObject({ Name: z.string().min(1), Values: z.array(text).min(1) }))
    .default([]),
  AutoParameters: z.array(z.unknown()).default([]),
});
export type ParameterRangesInput = z.infer<typeof ParameterRangesSchema>;

const ObjectiveSchema = z.looseObject({
  Type: z.enum(['Minimize', 'Maximize']),
  MetricName: z.string().min(1),
});
export type TuningObjective = z.infer<typeof ObjectiveSchema>;

/**
 * `HyperParameterTrainingJobDefinition`: a training job's request plus the tuner's fields. The
 * training fields are checked by the Training runner when each job starts.
 */
const DefinitionSchema = z.looseObject({
  DefinitionName: z.string().optional(),
  TuningObjective: ObjectiveSchema.optional(),
  HyperParameterRanges: ParameterRangesSchema.optional(),
  StaticHyperParameters: z.record(z.string(), text).default({}),
  AlgorithmSpecification: z.looseObject({
    MetricDefinitions: z.array(z.looseObject({ Name: z.string(), Regex: z.string() })).default([]),
  }),
});
export type TrainingJobDefinition = z.infer<typeof DefinitionSchema>;

/**
 * A Tuning step's Arguments once every expression is resolved: the CreateHyperParameterTuningJob
 * request without its name.
 */
export const ResolvedTuningArgumentsSchema = z.looseObject({
  HyperParameterTuningJobConfig: z.looseObject({
    Strategy: z.string(),
    HyperParameterTuningJobObjective: ObjectiveSchema.optional(),
    ResourceLimits: z.looseObject({
      MaxNumberOfTrainingJobs: z.number().int().positive().optional(),
      MaxParallelTrainingJobs: z.number().int().positive().default(1),
      MaxRuntimeInSeconds: z.number().positive().optional(),
    }),
    ParameterRanges: ParameterRangesSchema.optional(),
    TrainingJobEarlyStoppingType: z.string().default('Off'),
    RandomSeed: z.number().int().nonnegative().optional(),
    TuningJobCompletionCriteria: z
      .looseObject({ TargetObjectiveMetricValue: z.number().optional() })
      .optional(),
  }),
  TrainingJobDefinition: DefinitionSchema.optional(),
  TrainingJobDefinitions: z.array(DefinitionSchema).min(1).optional(),
});
export type ResolvedTuningArguments = z.infer<typeof ResolvedTuningArgumentsSchema>;

/** Validates resolved Arguments; a problem is a user error that names where it is. */
export function parseTuningArguments(value: unknown): ResolvedTuningArguments {
  const parsed = ResolvedTuningArgumentsSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'Arguments'}: ${issue.message}`,
    );
    throw new RuntimeUserError(
      'invalid-arguments',
      `The step's Arguments are not valid: ${problems.join('; ')}`,
    );
  }
  const args = parsed.data;
  if ((args.TrainingJobDefinition === undefined) === (args.TrainingJobDefinitions === undefined)) {
    throw new RuntimeUserError(
      'invalid-arguments',
      "The step's Arguments are not valid: give either TrainingJobDefinition or TrainingJobDefinitions",
    );
  }
  return args;
}
