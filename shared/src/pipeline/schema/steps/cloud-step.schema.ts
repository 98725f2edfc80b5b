import { z } from 'zod';
import { FreeFormArgumentsSchema, StringOrExpression, stepCommonShape } from './step-common.schema';

/**
 * Step types that need AWS services with no local equivalent. They import, edit and export
 * losslessly; validation warns that they cannot run locally.
 */
const checkShape = {
  ...stepCommonShape,
  Arguments: FreeFormArgumentsSchema,
  CheckType: z.string().optional(),
  ModelPackageGroupName: StringOrExpression.optional(),
  SkipCheck: z.union([z.boolean(), StringOrExpression]).optional(),
  FailOnViolation: z.union([z.boolean(), StringOrExpression]).optional(),
  RegisterNewBaseline: z.union([z.boolean(), StringOrExpression]).optional(),
  SuppliedBaselineConstraints: StringOrExpression.optional(),
};

export const QualityCheckStepSchema = z
  .looseObject({
    ...checkShape,
    Type: z.literal('QualityCheck'),
    SuppliedBaselineStatistics: StringOrExpression.optional(),
  })
  .meta({ id: 'QualityCheckStep' });

export const ClarifyCheckStepSchema = z
  .looseObject({
    ...checkShape,
    Type: z.literal('ClarifyCheck'),
    ModelName: StringOrExpression.optional(),
  })
  .meta({ id: 'ClarifyCheckStep' });

export const EmrStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('EMR'),
    Arguments: z.looseObject({
      ClusterId: StringOrExpression.optional(),
      ClusterConfig: z.looseObject({}).optional(),
      StepConfig: z.looseObject({
        HadoopJarStep: z.looseObject({
          Jar: StringOrExpression,
          Args: z.array(StringOrExpression).optional(),
          MainClass: StringOrExpression.optional(),
        }),
      }),
    }),
  })
  .meta({ id: 'EmrStep' });

export const AutoMLStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('AutoML'),
    Arguments: FreeFormArgumentsSchema,
  })
  .meta({ id: 'AutoMLStep' });

export const EndpointConfigStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('EndpointConfig'),
    Arguments: FreeFormArgumentsSchema,
  })
  .meta({ id: 'EndpointConfigStep' });

export const EndpointStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Endpoint'),
    Arguments: z.looseObject({
      EndpointName: StringOrExpression.optional(),
      EndpointConfigName: StringOrExpression.optional(),
    }),
  })
  .meta({ id: 'EndpointStep' });
