import type { PropertyFile } from '@pipewright/shared';
import { runProcessingStep } from '../../runtime/processing-runner';
import type { StepRunner } from './step-runner';

/** Processing steps: the container entrypoint on this machine (see docs/local-runtime.md). */
export const runProcessing: StepRunner = (context) =>
  runProcessingStep({
    executionId: context.executionId,
    stepName: context.stepName,
    attempt: context.attempt,
    arguments: context.arguments,
    propertyFiles: (context.step.PropertyFiles ?? []) as PropertyFile[],
    attemptDir: context.attemptDir,
    objectStore: context.services.objectStore,
    imageMap: context.services.imageMap,
    sandbox: context.services.sandbox,
    defaultOutputPrefix: context.defaultOutputPrefix,
    onStarted: () => context.onExecuting(),
    onLog: context.onLog,
    signal: context.signal,
    ...(context.services.workingDir !== undefined && { workingDir: context.services.workingDir }),
    ...(context.services.stopGraceMs !== undefined && {
      stopGraceMs: context.services.stopGraceMs,
    }),
  });
