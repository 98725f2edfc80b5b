import { z } from 'zod';
import { expressionOr } from '../expression.schema';
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
    SplitType: expressionOr(z.enum(['None', 'Line', 'RecordIO', 'TFRecord'])).optional(),
    CompressionType: StringOrExpression.optional(),
  }),
  TransformOutput: z.looseObject({
    S3OutputPath: StringOrExpression,
    Accept: StringOrExpression.optional(),
    AssembleWith: expressionOr(z.enum(['None', 'Line'])).optional(),
  }),
  TransformResources: z
    .looseObject({ InstanceType: StringOrExpression, InstanceCount: NumberOrExpression })
    .optional(),
  DataProcessing: z.looseObject({}).optional(),
  Environment: EnvironmentSchema.optional(),
  BatchStrategy: StringOrExpression.optional(),
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
