import { z } from 'zod';
import {
  EnvironmentSchema,
  NumberOrExpression,
  S3DataSourceSchema,
  StringOrExpression,
  stepCommonShape,
} from './step-common.schema';

/** A regex applied to the training log to extract a metric (`FinalMetricDataList`). */
export const MetricDefinitionSchema = z.looseObject({
  Name: StringOrExpression,
  Regex: StringOrExpression,
});

export const TrainingChannelSchema = z.looseObject({
  ChannelName: z.string(),
  DataSource: z.looseObject({ S3DataSource: S3DataSourceSchema.optional() }),
  ContentType: StringOrExpression.optional(),
  CompressionType: StringOrExpression.optional(),
  InputMode: StringOrExpression.optional(),
});
export type TrainingChannel = z.infer<typeof TrainingChannelSchema>;

export const AlgorithmSpecificationSchema = z.looseObject({
  TrainingImage: StringOrExpression.optional(),
  AlgorithmName: StringOrExpression.optional(),
  TrainingInputMode: StringOrExpression.optional(),
  MetricDefinitions: z.array(MetricDefinitionSchema).optional(),
  ContainerEntrypoint: z.array(StringOrExpression).optional(),
  ContainerArguments: z.array(StringOrExpression).optional(),
});

export const ResourceConfigSchema = z.looseObject({
  InstanceType: StringOrExpression.optional(),
  InstanceCount: NumberOrExpression.optional(),
  VolumeSizeInGB: NumberOrExpression.optional(),
});

/**
 * Arguments = the CreateTrainingJob request without TrainingJobName. Everything is optional at
 * the shape level because the SDK's own unit tests emit `"Arguments": {}`; the local runner says
 * what it needs when it starts the step.
 */
export const TrainingArgumentsSchema = z.looseObject({
  AlgorithmSpecification: AlgorithmSpecificationSchema.optional(),
  HyperParameters: z.record(z.string(), StringOrExpression).optional(),
  InputDataConfig: z.array(TrainingChannelSchema).optional(),
  OutputDataConfig: z.looseObject({ S3OutputPath: StringOrExpression }).optional(),
  ResourceConfig: ResourceConfigSchema.optional(),
  StoppingCondition: z.looseObject({ MaxRuntimeInSeconds: NumberOrExpression }).optional(),
  Environment: EnvironmentSchema.optional(),
  RoleArn: StringOrExpression.optional(),
});
export type TrainingArguments = z.infer<typeof TrainingArgumentsSchema>;

export const TrainingStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Training'),
    Arguments: TrainingArgumentsSchema,
  })
  .meta({ id: 'TrainingStep' });
export type TrainingStep = z.infer<typeof TrainingStepSchema>;
