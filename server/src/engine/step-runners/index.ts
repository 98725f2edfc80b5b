import { runCallback } from './callback.runner';
import { runLambda } from './lambda.runner';
import { runModel } from './model.runner';
import { runProcessing } from './processing.runner';
import { runRegisterModel } from './register-model.runner';
import type { StepRunner } from './step-runner';
import { runTraining } from './training.runner';
import { runTransform } from './transform.runner';
import { runTuning } from './tuning.runner';

export type { RunnerServices, StepRunner, StepRunnerContext } from './step-runner';

/**
 * The step types that run locally through a runner, one entry each. Condition and Fail are
 * decided by the engine itself (`builtin-steps.ts`).
 */
export const stepRunners: Readonly<Record<string, StepRunner>> = {
  Processing: runProcessing,
  Training: runTraining,
  Tuning: runTuning,
  Lambda: runLambda,
  Callback: runCallback,
  Model: runModel,
  RegisterModel: runRegisterModel,
  Transform: runTransform,
};
