import { z } from 'zod';
import {
  EnvironmentSchema,
  NumberOrExpression,
  S3DataSourceSchema,
  StringOrExpression,
  stepCommonShape,
} from './step-common.schema';

/** Arguments = the CreateTransformJob request without TransformJobName. */
export const TransformArgumentsSchema = z.looseObject({
  ModelName: StringOrExpression,
  TransformInput: z.looseObject({
    DataSource: z.looseObject({ S3DataSource: S3DataSourceSchema }),
    ContentType: StringOrExpression.optional(),
    SplitType: z.enum(['None', 'Line', 'RecordIO', 'TFRecord']).optional(),
    CompressionType: z.string().optional(),
  }),
  TransformOutput: z.looseObject({
    S3OutputPath: StringOrExpression,
    Accept: StringOrExpression.optional(),
    AssembleWith: z.enum(['None', 'Line']).optional(),
  }),
  TransformResources: z
    .looseObject({ InstanceType: StringOrExpression, InstanceCount: NumberOrExpression })
    .optional(),
  DataProcessing: z.looseObject({}).optional(),
  Environment: EnvironmentSchema.optional(),
  BatchStrategy: z.string().optional(),
  MaxPayloadInMB: NumberOrExpression.optional(),
});

export const TransformStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Transform'),
    Arguments: TransformArgumentsSchema,
  })
  .meta({ id: 'TransformStep' });
export type TransformStep = z.infer<typeof TransformStepSchema>;
