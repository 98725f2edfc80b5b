import { z } from 'zod';
import { type ExpressionValue, ExpressionValueSchema } from './expression.schema';

export const comparisonTypes = [
  'Equals',
  'GreaterThan',
  'GreaterThanOrEqualTo',
  'LessThan',
  'LessThanOrEqualTo',
] as const;
export type ComparisonType = (typeof comparisonTypes)[number];

export interface ComparisonCondition {
  Type: ComparisonType;
  LeftValue: ExpressionValue;
  RightValue: ExpressionValue;
}
export interface InCondition {
  Type: 'In';
  QueryValue: ExpressionValue;
  Values: ExpressionValue[];
}
export interface NotCondition {
  Type: 'Not';
  Condition: Condition;
}
export interface OrCondition {
  Type: 'Or';
  Conditions: Condition[];
}
/** One condition of a Condition step; the step's list of conditions is AND-ed. */
export type Condition = ComparisonCondition | InCondition | NotCondition | OrCondition;

export const ComparisonConditionSchema = z.looseObject({
  Type: z.enum(comparisonTypes),
  LeftValue: ExpressionValueSchema,
  RightValue: ExpressionValueSchema,
});

export const InConditionSchema = z.looseObject({
  Type: z.literal('In'),
  QueryValue: ExpressionValueSchema,
  Values: z.array(ExpressionValueSchema),
});

export const ConditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.discriminatedUnion('Type', [
      ComparisonConditionSchema,
      InConditionSchema,
      z.looseObject({ Type: z.literal('Not'), Condition: ConditionSchema }),
      z.looseObject({ Type: z.literal('Or'), Conditions: z.array(ConditionSchema) }),
    ]),
  )
  .meta({ id: 'Condition' }) as z.ZodType<Condition>;
