import { z } from 'zod';
import { EnvironmentSchema, StringOrExpression, stepCommonShape } from './step-common.schema';

/** A model container: the image to serve with, the model artifact and its environment. */
export const ContainerDefinitionSchema = z.looseObject({
  Image: StringOrExpression.optional(),
  ModelDataUrl: StringOrExpression.optional(),
  Environment: EnvironmentSchema.optional(),
  Mode: z.string().optional(),
});
export type ContainerDefinition = z.infer<typeof ContainerDefinitionSchema>;

/** Arguments = the CreateModel request: PrimaryContainer or Containers. */
export const ModelStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Model'),
    Arguments: z.looseObject({
      ExecutionRoleArn: StringOrExpression.optional(),
      PrimaryContainer: ContainerDefinitionSchema.optional(),
      Containers: z.array(ContainerDefinitionSchema).optional(),
    }),
  })
  .meta({ id: 'ModelStep' });
export type ModelStep = z.infer<typeof ModelStepSchema>;

export const modelApprovalStatuses = ['PendingManualApproval', 'Approved', 'Rejected'] as const;

/** Arguments = the CreateModelPackage request: a version in a model package group. */
export const RegisterModelStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('RegisterModel'),
    Arguments: z.looseObject({
      ModelPackageGroupName: StringOrExpression.optional(),
      ModelApprovalStatus: StringOrExpression.optional(),
      ModelPackageDescription: StringOrExpression.optional(),
      ModelMetrics: z.looseObject({}).optional(),
      InferenceSpecification: z
        .looseObject({
          Containers: z.array(ContainerDefinitionSchema),
          SupportedContentTypes: z.array(StringOrExpression).optional(),
          SupportedResponseMIMETypes: z.array(StringOrExpression).optional(),
        })
        .optional(),
      CustomerMetadataProperties: z.record(z.string(), StringOrExpression).optional(),
    }),
  })
  .meta({ id: 'RegisterModelStep' });
export type RegisterModelStep = z.infer<typeof RegisterModelStepSchema>;
