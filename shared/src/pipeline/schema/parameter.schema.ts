import { z } from 'zod';

/** The four parameter types SageMaker accepts (sagemaker-definition.md §2). */
export const parameterTypes = ['String', 'Integer', 'Float', 'Boolean'] as const;
export const ParameterTypeSchema = z.enum(parameterTypes);
export type ParameterType = z.infer<typeof ParameterTypeSchema>;

/** Parameter names as the public schema constrains them. */
export const parameterNamePattern = /^[A-Za-z0-9\-_]{1,64}$/;

/** A typed value a parameter can hold once resolved. */
export type ParameterValue = string | number | boolean;

/**
 * A pipeline parameter. `Type` may be omitted only for String (the schema's rule); DefaultValue
 * is checked against the type by validation, not here, so a wrong default is a diagnostic with a
 * hint rather than a shape error. Unknown keys are kept.
 */
export const ParameterSchema = z
  .looseObject({
    Name: z.string().describe('Referenced as {"Get": "Parameters.<Name>"}.'),
    Type: ParameterTypeSchema.optional(),
    DefaultValue: z.union([z.string(), z.number(), z.boolean()]).optional(),
    EnumValues: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
    Description: z.string().optional(),
  })
  .meta({ id: 'Parameter' });
export type Parameter = z.infer<typeof ParameterSchema>;
