import { z } from 'zod';
import {
  BooleanOrExpression,
  EnvironmentSchema,
  NumberOrExpression,
  StringOrExpression,
  stepCommonShape,
} from './step-common.schema';

export const ProcessingInputSchema = z.looseObject({
  InputName: StringOrExpression,
  AppManaged: BooleanOrExpression.optional(),
  S3Input: z
    .looseObject({
      S3Uri: StringOrExpression,
      LocalPath: StringOrExpression,
      S3DataType: StringOrExpression.optional(),
      S3InputMode: StringOrExpression.optional(),
      S3DataDistributionType: StringOrExpression.optional(),
      S3CompressionType: StringOrExpression.optional(),
    })
    .optional(),
});
export type ProcessingInput = z.infer<typeof ProcessingInputSchema>;

export const ProcessingOutputSchema = z.looseObject({
  OutputName: StringOrExpression,
  AppManaged: BooleanOrExpression.optional(),
  S3Output: z
    .looseObject({
      S3Uri: StringOrExpression.optional(),
      LocalPath: StringOrExpression,
      S3UploadMode: StringOrExpression.optional(),
    })
    .optional(),
});
export type ProcessingOutput = z.infer<typeof ProcessingOutputSchema>;

/** A JSON file written to a processing output, readable by `Std:JsonGet` (the SDK's PropertyFile). */
export const PropertyFileSchema = z.looseObject({
  PropertyFileName: z.string(),
  OutputName: z.string(),
  FilePath: z.string(),
});
export type PropertyFile = z.infer<typeof PropertyFileSchema>;

/** Arguments = the CreateProcessingJob request without ProcessingJobName. */
export const ProcessingArgumentsSchema = z.looseObject({
  AppSpecification: z.looseObject({
    ImageUri: StringOrExpression,
    ContainerEntrypoint: z.array(StringOrExpression).optional(),
    ContainerArguments: z.array(StringOrExpression).optional(),
  }),
  ProcessingInputs: z.array(ProcessingInputSchema).optional(),
  ProcessingOutputConfig: z
    .looseObject({
      Outputs: z.array(ProcessingOutputSchema),
      KmsKeyId: StringOrExpression.optional(),
    })
    .optional(),
  ProcessingResources: z
    .looseObject({
      ClusterConfig: z.looseObject({
        InstanceType: StringOrExpression,
        InstanceCount: NumberOrExpression,
        VolumeSizeInGB: NumberOrExpression.optional(),
      }),
    })
    .optional(),
  Environment: EnvironmentSchema.optional(),
  RoleArn: StringOrExpression.optional(),
  StoppingCondition: z.looseObject({ MaxRuntimeInSeconds: NumberOrExpression }).optional(),
});

export const ProcessingStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Processing'),
    Arguments: ProcessingArgumentsSchema,
    PropertyFiles: z.array(PropertyFileSchema).optional(),
  })
  .meta({ id: 'ProcessingStep' });
export type ProcessingStep = z.infer<typeof ProcessingStepSchema>;
