/** Execution statuses, exactly SageMaker's `PipelineExecutionStatus`. */
export const executionStatuses = [
  'Executing',
  'Stopping',
  'Stopped',
  'Failed',
  'Succeeded',
] as const;
export type ExecutionStatus = (typeof executionStatuses)[number];

/** Step statuses, exactly SageMaker's `StepStatus`. There is no "Skipped": untaken steps never appear. */
export const stepStatuses = [
  'Starting',
  'Executing',
  'Stopping',
  'Stopped',
  'Failed',
  'Succeeded',
] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Statuses an execution never leaves, except through an explicit retry. */
export const finishedExecutionStatuses: readonly ExecutionStatus[] = [
  'Stopped',
  'Failed',
  'Succeeded',
];

/** True once an execution has ended. */
export function isExecutionFinished(status: ExecutionStatus): boolean {
  return finishedExecutionStatuses.includes(status);
}

/** Step statuses in which a process (or wait) may be alive. */
export const activeStepStatuses: readonly StepStatus[] = ['Starting', 'Executing', 'Stopping'];

/** True while a step attempt may still be running. */
export function isStepActive(status: StepStatus): boolean {
  return activeStepStatuses.includes(status);
}
