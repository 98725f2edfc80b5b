export * from './status';
export * from './execution-event';
export * from './execution-state';
export { ExecutionEventError, reduceExecution } from './reduce-execution';
export { type ExecutionPlan, planExecution } from './plan-execution';
export { type SelectionCheck, checkSelection, maxSelectedSteps } from './selective-execution';
