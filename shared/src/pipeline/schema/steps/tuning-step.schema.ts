import { z } from 'zod';
import { expressionOr } from '../expression.schema';
import { NumberOrExpression, StringOrExpression, stepCommonShape } from './step-common.schema';
import {
  AlgorithmSpecificationSchema,
  ResourceConfigSchema,
  TrainingChannelSchema,
} from './training-step.schema';

const rangeBase = { Name: z.string(), ScalingType: StringOrExpression.optional() };

/** The three kinds of hyperparameter range a tuning job searches. */
export const ParameterRangesSchema = z.looseObject({
  IntegerParameterRanges: z
    .array(
      z.looseObject({ ...rangeBase, MinValue: StringOrExpression, MaxValue: StringOrExpression }),
    )
    .optional(),
  ContinuousParameterRanges: z
    .array(
      z.looseObject({ ...rangeBase, MinValue: StringOrExpression, MaxValue: StringOrExpression }),
    )
    .optional(),
  CategoricalParameterRanges: z
    .array(z.looseObject({ Name: z.string(), Values: z.array(StringOrExpression) }))
    .optional(),
});
export type ParameterRanges = z.infer<typeof ParameterRangesSchema>;

export const TuningObjectiveSchema = z.looseObject({
  Type: expressionOr(z.enum(['Minimize', 'Maximize'])),
  MetricName: StringOrExpression,
});

export const TrainingJobDefinitionSchema = z.looseObject({
  DefinitionName: z.string().optional(),
  AlgorithmSpecification: AlgorithmSpecificationSchema.optional(),
  StaticHyperParameters: z.record(z.string(), StringOrExpression).optional(),
  HyperParameterRanges: ParameterRangesSchema.optional(),
  TuningObjective: TuningObjectiveSchema.optional(),
  InputDataConfig: z.array(TrainingChannelSchema).optional(),
  OutputDataConfig: z.looseObject({ S3OutputPath: StringOrExpression }).optional(),
  ResourceConfig: ResourceConfigSchema.optional(),
  StoppingCondition: z.looseObject({ MaxRuntimeInSeconds: NumberOrExpression }).optional(),
  RoleArn: StringOrExpression.optional(),
});

/** Arguments = the CreateHyperParameterTuningJob request without its job name. */
export const TuningArgumentsSchema = z.looseObject({
  HyperParameterTuningJobConfig: z.looseObject({
    Strategy: StringOrExpression,
    HyperParameterTuningJobObjective: TuningObjectiveSchema.optional(),
    ResourceLimits: z.looseObject({
      MaxNumberOfTrainingJobs: NumberOrExpression.optional(),
      MaxParallelTrainingJobs: NumberOrExpression,
    }),
    ParameterRanges: ParameterRangesSchema.optional(),
    TrainingJobEarlyStoppingType: StringOrExpression.optional(),
  }),
  TrainingJobDefinition: TrainingJobDefinitionSchema.optional(),
  TrainingJobDefinitions: z.array(TrainingJobDefinitionSchema).optional(),
});

export const TuningStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Tuning'),
    Arguments: TuningArgumentsSchema,
  })
  .meta({ id: 'TuningStep' });
export type TuningStep = z.infer<typeof TuningStepSchema>;
