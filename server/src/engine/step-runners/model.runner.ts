import { createModel } from '../../registry/create-model';
import { modelArn, modelNameFor } from '../../registry/registry-names';
import { ModelRepository } from '../../store/model.repository';
import type { StepRunner } from './step-runner';

/** Model steps: the model is recorded locally for Transform steps (see docs/local-runtime.md). */
export const runModel: StepRunner = (context) => {
  context.onExecuting({
    Model: { Arn: modelArn(modelNameFor(context.executionId, context.stepName)) },
  });
  return createModel({
    executionId: context.executionId,
    stepName: context.stepName,
    arguments: context.arguments,
    objectStore: context.services.objectStore,
    models: new ModelRepository(context.services.store.database),
  });
};
