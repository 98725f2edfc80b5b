import { z } from 'zod';
import { type Condition, ConditionSchema } from '../condition.schema';
import {
  AutoMLStepSchema,
  ClarifyCheckStepSchema,
  EmrStepSchema,
  EndpointConfigStepSchema,
  EndpointStepSchema,
  QualityCheckStepSchema,
} from './cloud-step.schema';
import { CallbackStepSchema, FailStepSchema, LambdaStepSchema } from './control-step.schema';
import { ModelStepSchema, RegisterModelStepSchema } from './model-step.schema';
import { ProcessingStepSchema } from './processing-step.schema';
import { stepCommonShape } from './step-common.schema';
import { TrainingStepSchema } from './training-step.schema';
import { TransformStepSchema } from './transform-step.schema';
import { TuningStepSchema } from './tuning-step.schema';

/** Every step type the SageMaker SDK emits that Pipewright knows by name. */
export const knownStepTypes = [
  'Processing',
  'Training',
  'Tuning',
  'Transform',
  'Model',
  'RegisterModel',
  'Condition',
  'Fail',
  'Lambda',
  'Callback',
  'QualityCheck',
  'ClarifyCheck',
  'EMR',
  'AutoML',
  'EndpointConfig',
  'Endpoint',
] as const;
export type KnownStepType = (typeof knownStepTypes)[number];

/** Known types that need AWS services with no local equivalent. */
export const cloudOnlyStepTypes: readonly KnownStepType[] = [
  'QualityCheck',
  'ClarifyCheck',
  'EMR',
  'AutoML',
  'EndpointConfig',
  'Endpoint',
];

export function isKnownStepType(type: unknown): type is KnownStepType {
  return knownStepTypes.includes(type as KnownStepType);
}

const ConditionStepBaseSchema = z.looseObject({
  ...stepCommonShape,
  Type: z.literal('Condition'),
});

/** A Condition step's Arguments: the AND-ed conditions and the two branches of inline steps. */
export interface ConditionArguments {
  Conditions: Condition[];
  IfSteps?: Step[];
  ElseSteps?: Step[];
  [key: string]: unknown;
}
export type ConditionStep = z.infer<typeof ConditionStepBaseSchema> & {
  Arguments: ConditionArguments;
};

/**
 * A Condition step. IfSteps and ElseSteps hold whole steps inline, nested to any depth; the
 * graph flattens them into nodes and re-nests them exactly on save.
 */
export const ConditionStepSchema: z.ZodType<ConditionStep> = ConditionStepBaseSchema.extend({
  Arguments: z.lazy(() =>
    z.looseObject({
      Conditions: z.array(ConditionSchema),
      IfSteps: z.array(StepSchema).optional(),
      ElseSteps: z.array(StepSchema).optional(),
    }),
  ),
}).meta({ id: 'ConditionStep' });

/**
 * A step whose Type Pipewright does not know (EMRServerless, Bedrock*, Lineage, …). It is kept
 * verbatim on every round trip; validation warns that it cannot run locally.
 */
export const UnknownStepSchema = z
  .looseObject({
    ...stepCommonShape,
    Type: z
      .string()
      .refine((type) => !isKnownStepType(type), { message: 'a known step type is handled above' }),
    Arguments: z.unknown().optional(),
  })
  .meta({ id: 'UnknownStep' });

/** Every known step type except Condition, which is recursive and typed by hand above. */
const LeafStepSchema = z.discriminatedUnion('Type', [
  ProcessingStepSchema,
  TrainingStepSchema,
  TuningStepSchema,
  TransformStepSchema,
  ModelStepSchema,
  RegisterModelStepSchema,
  FailStepSchema,
  LambdaStepSchema,
  CallbackStepSchema,
  QualityCheckStepSchema,
  ClarifyCheckStepSchema,
  EmrStepSchema,
  AutoMLStepSchema,
  EndpointConfigStepSchema,
  EndpointStepSchema,
]);

export type LeafStep = z.infer<typeof LeafStepSchema>;
export type UnknownStep = z.infer<typeof UnknownStepSchema>;
export type KnownStep = LeafStep | ConditionStep;
export type Step = KnownStep | UnknownStep;

/** Any step of a pipeline definition. */
export const StepSchema: z.ZodType<Step> = z
  .union([LeafStepSchema, ConditionStepSchema, UnknownStepSchema])
  .meta({ id: 'Step' });

/** The per-type schemas, for validating one step without its nested branch steps. */
export const stepSchemaByType: Record<KnownStepType, z.ZodType> = {
  Processing: ProcessingStepSchema,
  Training: TrainingStepSchema,
  Tuning: TuningStepSchema,
  Transform: TransformStepSchema,
  Model: ModelStepSchema,
  RegisterModel: RegisterModelStepSchema,
  Condition: ConditionStepSchema,
  Fail: FailStepSchema,
  Lambda: LambdaStepSchema,
  Callback: CallbackStepSchema,
  QualityCheck: QualityCheckStepSchema,
  ClarifyCheck: ClarifyCheckStepSchema,
  EMR: EmrStepSchema,
  AutoML: AutoMLStepSchema,
  EndpointConfig: EndpointConfigStepSchema,
  Endpoint: EndpointStepSchema,
};
