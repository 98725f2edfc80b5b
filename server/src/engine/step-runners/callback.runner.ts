import { runCallbackStep } from '../../callbacks/callback-step';
import type { StepRunner } from './step-runner';

/** Callback steps: wait for success or failure sent for the step's token (see docs/local-runtime.md). */
export const runCallback: StepRunner = async (context) => {
  const { callbacks, store } = context.services;
  if (callbacks === undefined) {
    return {
      status: 'Failed',
      reason: 'Callback steps need the callback service, which this engine was built without.',
    };
  }
  return runCallbackStep({
    callbacks,
    executionId: context.executionId,
    pipelineName: context.pipelineName,
    stepName: context.stepName,
    attempt: context.attempt,
    step: context.step,
    arguments: context.arguments,
    attemptDir: context.attemptDir,
    defaultOutputPrefix: context.defaultOutputPrefix,
    objectStore: context.services.objectStore,
    dataDir: context.services.dataDir,
    onExecuting: context.onExecuting,
    onLog: context.onLog,
    signal: context.signal,
    // A stop marks the step Stopping before aborting it; a server shutdown aborts without that.
    isStopRequested: () =>
      store.executions.get(context.executionId).state?.steps[context.stepName]?.status ===
      'Stopping',
  });
};
