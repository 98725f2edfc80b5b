import { z } from 'zod';
import { PipewrightExtensionSchema, extensionKey } from './extension.schema';
import { ParameterSchema } from './parameter.schema';
import { StringOrExpression } from './steps/step-common.schema';
import { StepSchema } from './steps/step.schema';

/** The only definition version SageMaker has published. */
export const definitionVersion = '2020-12-01';

export const PipelineExperimentConfigSchema = z.looseObject({
  ExperimentName: StringOrExpression.optional(),
  TrialName: StringOrExpression.optional(),
});

export const MlflowConfigSchema = z.looseObject({
  MlflowResourceArn: z.string().optional(),
  MlflowExperimentName: z.string().optional(),
});

/**
 * A SageMaker pipeline definition as the SDK writes it (sagemaker-definition.md §1), plus the
 * optional Pipewright extension key. `null` experiment and MLflow configs are kept as `null`.
 */
export const PipelineDocumentSchema = z.looseObject({
  Version: z.literal(definitionVersion),
  Metadata: z.record(z.string(), z.unknown()).optional(),
  Parameters: z.array(ParameterSchema).optional(),
  PipelineExperimentConfig: PipelineExperimentConfigSchema.nullable().optional(),
  MlflowConfig: MlflowConfigSchema.nullable().optional(),
  Steps: z.array(StepSchema),
  [extensionKey]: PipewrightExtensionSchema.optional(),
});
export type PipelineDocument = z.infer<typeof PipelineDocumentSchema>;

/** The same document without the extension: what SageMaker accepts. */
export type SageMakerDefinition = Omit<PipelineDocument, typeof extensionKey>;
