import { runTrainingJob } from '../../runtime/training-runner';
import { trainingJobName } from '../../runtime/training-properties';
import type { StepRunner } from './step-runner';

/** Training steps: the training container's entrypoint or script mode on this machine (see docs/local-runtime.md). */
export const runTraining: StepRunner = (context) =>
  runTrainingJob({
    jobName: trainingJobName(context.stepName, context.executionId),
    arguments: context.arguments,
    attemptDir: context.attemptDir,
    objectStore: context.services.objectStore,
    imageMap: context.services.imageMap,
    sandbox: context.services.sandbox,
    defaultOutputPath: context.defaultOutputPrefix.replace(/\/+$/, ''),
    onStarted: (metadata) => context.onExecuting(metadata),
    onLog: context.onLog,
    signal: context.signal,
    ...(context.services.workingDir !== undefined && { workingDir: context.services.workingDir }),
    ...(context.services.stopGraceMs !== undefined && {
      stopGraceMs: context.services.stopGraceMs,
    }),
  });
