import { z } from 'zod';

/** `{"Get": "Parameters.X" | "Execution.X" | "Steps.X.Path" | "PipelineExperimentConfig.X"}` */
export const GetExpressionSchema = z
  .strictObject({
    Get: z
      .string()
      .describe('Parameters.<Name>, Execution.<Variable>, Steps.<Step>.<PropertyPath>'),
  })
  .meta({ id: 'GetExpression' });
export type GetExpression = z.infer<typeof GetExpressionSchema>;

/** Any JSON value, possibly containing expressions: the type of values inside Arguments. */
export type ExpressionValue =
  | string
  | number
  | boolean
  | null
  | GetExpression
  | JoinExpression
  | JsonGetExpression
  | ExpressionValue[]
  | { [key: string]: ExpressionValue };

/** `{"Std:Join": {"On": "/", "Values": [...]}}`: stringifies each value and joins them. */
export interface JoinExpression {
  'Std:Join': { On: string; Values: ExpressionValue[] };
}

/** `{"Std:JsonGet": {"PropertyFile" | "S3Uri": ..., "Path": "a.b[0]"}}`: reads a JSON file. */
export interface JsonGetExpression {
  'Std:JsonGet': {
    PropertyFile?: GetExpression | string;
    S3Uri?: ExpressionValue;
    Path: string;
  };
}

/** A JSON value that may contain expressions at any depth. */
export const ExpressionValueSchema: z.ZodType<ExpressionValue> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.boolean(),
      z.null(),
      GetExpressionSchema,
      JoinExpressionSchema,
      JsonGetExpressionSchema,
      z.array(ExpressionValueSchema),
      z.record(z.string(), ExpressionValueSchema),
    ]),
  )
  .meta({ id: 'ExpressionValue' });

export const JoinExpressionSchema: z.ZodType<JoinExpression> = z
  .strictObject({
    'Std:Join': z.strictObject({
      On: z.string(),
      Values: z.array(z.lazy(() => ExpressionValueSchema)),
    }),
  })
  .meta({ id: 'JoinExpression' });

export const JsonGetExpressionSchema: z.ZodType<JsonGetExpression> = z
  .strictObject({
    'Std:JsonGet': z.strictObject({
      PropertyFile: z.union([GetExpressionSchema, z.string()]).optional(),
      S3Uri: z.lazy(() => ExpressionValueSchema).optional(),
      Path: z.string(),
    }),
  })
  .meta({ id: 'JsonGetExpression' });

/** A value that is either a literal of type T or an expression producing one at run time. */
export const expressionOr = <T extends z.ZodType>(literal: T) =>
  z.union([literal, GetExpressionSchema, JoinExpressionSchema, JsonGetExpressionSchema]);
