import { runTuningStep } from '../../runtime/tuning-runner';
import type { StepRunner } from './step-runner';
import { trainingJobContext } from './training-context';

/** Tuning steps: Grid or Random search over training jobs on this machine (see docs/local-runtime.md). */
export const runTuning: StepRunner = (context) =>
  runTuningStep({
    executionId: context.executionId,
    stepName: context.stepName,
    ...trainingJobContext(context),
  });
