import { z } from 'zod';

// A resolved value SageMaker takes as a string (a Join or a parameter may give a number).
const text = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/** A container definition once its expressions are resolved. */
export const ResolvedContainerSchema = z.looseObject({
  Image: text.optional(),
  ModelDataUrl: text.optional(),
  Environment: z.record(z.string(), text).optional(),
});
export type ResolvedContainer = z.infer<typeof ResolvedContainerSchema>;

/** A Model step's resolved Arguments: the CreateModel request without its name. */
export const ResolvedModelArgumentsSchema = z.looseObject({
  ExecutionRoleArn: text.optional(),
  PrimaryContainer: ResolvedContainerSchema.optional(),
  Containers: z.array(ResolvedContainerSchema).min(1).optional(),
  EnableNetworkIsolation: z.boolean().optional(),
});
export type ResolvedModelArguments = z.infer<typeof ResolvedModelArgumentsSchema>;

/** A RegisterModel step's resolved Arguments: the CreateModelPackage request. */
export const ResolvedRegisterModelArgumentsSchema = z.looseObject({
  ModelPackageGroupName: text.optional(),
  ModelPackageName: text.optional(),
  ModelApprovalStatus: text.optional(),
  ModelPackageDescription: text.optional(),
  CustomerMetadataProperties: z.record(z.string(), text).optional(),
  InferenceSpecification: z
    .looseObject({ Containers: z.array(ResolvedContainerSchema).min(1) })
    .optional(),
  ModelMetrics: z.looseObject({}).optional(),
});
export type ResolvedRegisterModelArguments = z.infer<typeof ResolvedRegisterModelArgumentsSchema>;
