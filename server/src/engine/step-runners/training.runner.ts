import { runTrainingJob } from '../../runtime/training-runner';
import { trainingJobName } from '../../runtime/training-properties';
import type { StepRunner } from './step-runner';
import { trainingJobContext } from './training-context';

/** Training steps: the training container's entrypoint or script mode on this machine (see docs/local-runtime.md). */
export const runTraining: StepRunner = (context) =>
  runTrainingJob({
    jobName: trainingJobName(context.stepName, context.executionId),
    ...trainingJobContext(context),
  });
