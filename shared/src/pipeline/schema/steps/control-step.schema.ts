import { z } from 'zod';
import {
  FreeFormArgumentsSchema,
  OutputParameterSchema,
  StringOrExpression,
  stepCommonShape,
} from './step-common.schema';

/** Ends the execution as Failed with an evaluated message; never referenced or depended on. */
export const FailStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Fail'),
    Arguments: z.looseObject({ ErrorMessage: StringOrExpression.optional() }).optional(),
  })
  .meta({ id: 'FailStep' });
export type FailStep = z.infer<typeof FailStepSchema>;

/** Calls a function with Arguments as its event; its result fills OutputParameters. */
export const LambdaStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Lambda'),
    Arguments: FreeFormArgumentsSchema.optional(),
    FunctionArn: z.string(),
    OutputParameters: z.array(OutputParameterSchema).optional(),
    Timeout: z.number().optional(),
  })
  .meta({ id: 'LambdaStep' });
export type LambdaStep = z.infer<typeof LambdaStepSchema>;

/** Waits until someone sends success (with OutputParameters) or failure for its token. */
export const CallbackStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z.literal('Callback'),
    Arguments: FreeFormArgumentsSchema.optional(),
    SqsQueueUrl: z.string().optional(),
    OutputParameters: z.array(OutputParameterSchema).optional(),
  })
  .meta({ id: 'CallbackStep' });
export type CallbackStep = z.infer<typeof CallbackStepSchema>;
