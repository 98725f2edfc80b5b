import { runProcessing } from './processing.runner';
import type { StepRunner } from './step-runner';

export type { RunnerServices, StepRunner, StepRunnerContext } from './step-runner';

/**
 * The step types that run locally through a runner, one entry each. Condition and Fail are
 * decided by the engine itself (`builtin-steps.ts`).
 */
export const stepRunners: Readonly<Record<string, StepRunner>> = {
  Processing: runProcessing,
};
