import {
  UserError,
  entityNamePattern,
  executionArn,
  modelApprovalStatuses,
  type ModelApprovalStatus,
} from '@pipewright/shared';
import { parseResolvedArguments } from '../runtime/resolved-arguments';
import { RuntimeUserError } from '../runtime/runtime-error';
import { type StepOutcome, fitReason } from '../runtime/step-outcome';
import type { ModelRegistryRepository } from '../store/model-registry.repository';
import {
  type ResolvedRegisterModelArguments,
  ResolvedRegisterModelArgumentsSchema,
} from './model-arguments';

/** One attempt of a RegisterModel step. */
export interface RegisterModelInput {
  executionId: string;
  pipelineName: string;
  stepName: string;
  arguments: unknown;
  registry: ModelRegistryRepository;
}

/**
 * Runs a RegisterModel step: registers the next version of `ModelPackageGroupName` in the
 * local model registry (creating the group on its first registration) with its approval status
 * (`PendingManualApproval` unless the step says otherwise), metrics and inference
 * specification. Its properties are the `DescribeModelPackage` answer.
 */
export async function registerModel(input: RegisterModelInput): Promise<StepOutcome> {
  try {
    const args = parseResolvedArguments(ResolvedRegisterModelArgumentsSchema, input.arguments);
    const groupName = groupNameOf(args);
    const approvalStatus = approvalStatusOf(args.ModelApprovalStatus);
    const { Tags: _tags, ...request } = args;
    const described = input.registry.register({
      groupName,
      approvalStatus,
      request: { ...request, ModelApprovalStatus: approvalStatus },
      executionId: input.executionId,
      stepName: input.stepName,
      generatedBy: executionArn(input.pipelineName, input.executionId),
    });
    const { approvalHistory: _history, ...properties } = described;
    return {
      status: 'Succeeded',
      properties,
      metadata: { RegisterModel: { Arn: described.ModelPackageArn } },
      propertyFiles: {},
    };
  } catch (error) {
    if (error instanceof UserError) {
      return { status: 'Failed', reason: fitReason(`ClientError: ${error.message}`) };
    }
    throw error;
  }
}

function groupNameOf(args: ResolvedRegisterModelArguments): string {
  const name = args.ModelPackageGroupName;
  if (name === undefined) {
    throw new RuntimeUserError(
      'unsupported',
      args.ModelPackageName === undefined
        ? 'ModelPackageGroupName is required: the local registry keeps versions in model package groups.'
        : 'Unversioned model packages (ModelPackageName without ModelPackageGroupName) are not supported locally; give ModelPackageGroupName.',
    );
  }
  if (!entityNamePattern.test(name)) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `ModelPackageGroupName "${name}" is not valid: use up to 63 letters, digits and hyphens, starting and ending with a letter or digit.`,
    );
  }
  return name;
}

function approvalStatusOf(value: string | undefined): ModelApprovalStatus {
  if (value === undefined) return 'PendingManualApproval';
  if ((modelApprovalStatuses as readonly string[]).includes(value)) {
    return value as ModelApprovalStatus;
  }
  throw new RuntimeUserError(
    'invalid-arguments',
    `ModelApprovalStatus "${value}" is not valid: use ${modelApprovalStatuses.join(', ')}.`,
  );
}
