import { registerModel } from '../../registry/register-model';
import { ModelRegistryRepository } from '../../store/model-registry.repository';
import type { StepRunner } from './step-runner';

/** RegisterModel steps: a new version in the local model registry (see docs/api.md). */
export const runRegisterModel: StepRunner = (context) => {
  context.onExecuting();
  return registerModel({
    executionId: context.executionId,
    pipelineName: context.pipelineName,
    stepName: context.stepName,
    arguments: context.arguments,
    registry: new ModelRegistryRepository(context.services.store.database),
  });
};
