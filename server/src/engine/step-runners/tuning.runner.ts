import { runTuningStep } from '../../runtime/tuning-runner';
import type { StepRunner } from './step-runner';

/** Tuning steps: Grid or Random search over training jobs on this machine (see docs/local-runtime.md). */
export const runTuning: StepRunner = (context) =>
  runTuningStep({
    executionId: context.executionId,
    stepName: context.stepName,
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
