import { type ExecutionStep, parseExecutionArn } from '@pipewright/shared';

/** The execution id in a version's `MetadataProperties.GeneratedBy`, when it is a local ARN. */
export function generatingExecutionId(metadata: unknown): string | undefined {
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const generatedBy = (metadata as { GeneratedBy?: unknown }).GeneratedBy;
  if (typeof generatedBy !== 'string') return undefined;
  return parseExecutionArn(generatedBy)?.executionId;
}

/**
 * The step that registered a version: the one whose `RegisterModel.Arn` metadata is the
 * version's ARN. The registry keeps only the execution, so the step is found among its steps.
 */
export function registeringStepName(
  steps: readonly ExecutionStep[],
  modelPackageArn: string,
): string | undefined {
  return steps.find((step) => step.Metadata?.RegisterModel?.Arn === modelPackageArn)?.StepName;
}
