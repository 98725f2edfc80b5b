import { stat } from 'node:fs/promises';
import { type ModelDescription, UserError } from '@pipewright/shared';
import type { ObjectStore } from '../runtime/object-store';
import { parseResolvedArguments } from '../runtime/resolved-arguments';
import { RuntimeUserError } from '../runtime/runtime-error';
import { type StepOutcome, fitReason } from '../runtime/step-outcome';
import type { ModelRepository } from '../store/model.repository';
import { type ResolvedModelArguments, ResolvedModelArgumentsSchema } from './model-arguments';
import { modelArn, modelNameFor } from './registry-names';

/** One attempt of a Model step. */
export interface CreateModelInput {
  executionId: string;
  stepName: string;
  arguments: unknown;
  objectStore: ObjectStore;
  models: ModelRepository;
  now?: () => Date;
}

/**
 * Runs a Model step: checks the CreateModel request (PrimaryContainer or Containers, each
 * container's model data present in the object store, as SageMaker checks it) and records the
 * model under `<step>-<execution id>` for Transform steps. Its properties are the
 * `DescribeModel` answer; a problem is a `Failed` outcome, never a throw.
 */
export async function createModel(input: CreateModelInput): Promise<StepOutcome> {
  const name = modelNameFor(input.executionId, input.stepName);
  const metadata = { Model: { Arn: modelArn(name) } };
  try {
    const args = parseResolvedArguments(ResolvedModelArgumentsSchema, input.arguments);
    for (const container of containersOf(args)) {
      if (container.ModelDataUrl !== undefined) {
        await requireModelData(input.objectStore, container.ModelDataUrl);
      }
    }
    const { Tags: _tags, ...request } = args;
    const model: ModelDescription = {
      ...request,
      ModelName: name,
      ModelArn: modelArn(name),
      EnableNetworkIsolation: args.EnableNetworkIsolation ?? false,
      CreationTime: (input.now?.() ?? new Date()).toISOString(),
    };
    input.models.save({ model, executionId: input.executionId, stepName: input.stepName });
    return { status: 'Succeeded', properties: model, metadata, propertyFiles: {} };
  } catch (error) {
    if (error instanceof UserError) {
      return { status: 'Failed', reason: fitReason(`ClientError: ${error.message}`), metadata };
    }
    throw error;
  }
}

function containersOf(args: ResolvedModelArguments) {
  if ((args.PrimaryContainer === undefined) === (args.Containers === undefined)) {
    throw new RuntimeUserError(
      'invalid-arguments',
      'A model needs either PrimaryContainer or Containers (not both).',
    );
  }
  return args.Containers ?? [args.PrimaryContainer!];
}

async function requireModelData(objectStore: ObjectStore, uri: string): Promise<void> {
  const location = objectStore.locate(uri);
  const found = await stat(location.path).then(
    () => true,
    () => false,
  );
  if (!found) throw new RuntimeUserError('not-found', `Could not find model data at ${uri}.`);
}
