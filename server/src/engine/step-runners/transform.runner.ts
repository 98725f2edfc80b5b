import { runTransformStep } from '../../runtime/transform/transform-runner';
import { ModelRepository } from '../../store/model.repository';
import type { StepRunner } from './step-runner';

/** Transform steps: a model's inference script over the input files (see docs/local-runtime.md). */
export const runTransform: StepRunner = (context) => {
  const models = new ModelRepository(context.services.store.database);
  return runTransformStep({
    executionId: context.executionId,
    stepName: context.stepName,
    attempt: context.attempt,
    arguments: context.arguments,
    attemptDir: context.attemptDir,
    objectStore: context.services.objectStore,
    imageMap: context.services.imageMap,
    sandbox: context.services.sandbox,
    findModel: (name) => models.get(name),
    onStarted: (metadata) => context.onExecuting(metadata),
    onLog: context.onLog,
    signal: context.signal,
    ...(context.services.workingDir !== undefined && { workingDir: context.services.workingDir }),
    ...(context.services.stopGraceMs !== undefined && {
      stopGraceMs: context.services.stopGraceMs,
    }),
  });
};
