import type { StepRunnerContext } from './step-runner';

/**
 * What a training job needs from a step's run, the same for a Training step and each job of a
 * Tuning step: where it runs, the services it uses, and where its events go.
 */
export function trainingJobContext(context: StepRunnerContext) {
  return {
    arguments: context.arguments,
    attemptDir: context.attemptDir,
    objectStore: context.services.objectStore,
    imageMap: context.services.imageMap,
    sandbox: context.services.sandbox,
    defaultOutputPath: context.defaultOutputPrefix.replace(/\/+$/, ''),
    onStarted: (metadata: Parameters<StepRunnerContext['onExecuting']>[0]) =>
      context.onExecuting(metadata),
    onLog: context.onLog,
    signal: context.signal,
    ...(context.services.workingDir !== undefined && { workingDir: context.services.workingDir }),
    ...(context.services.stopGraceMs !== undefined && {
      stopGraceMs: context.services.stopGraceMs,
    }),
  };
}
