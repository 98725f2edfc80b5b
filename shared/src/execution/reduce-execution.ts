import type { ExecutionEvent } from './execution-event';
import type { ExecutionState, StepRun } from './execution-state';

/** An event that cannot apply to the state it was given: a bug in whoever emitted it. */
export class ExecutionEventError extends Error {
  override name = 'ExecutionEventError';
}

/**
 * The one place execution and step transitions happen: the server folds events into the state it
 * stores, the browser folds the same events into what it shows. Pure; never mutates `state`.
 */
export function reduceExecution(
  state: ExecutionState | undefined,
  event: ExecutionEvent,
  seq: number,
): ExecutionState {
  if (event.type === 'execution-started') {
    return {
      status: 'Executing',
      startTime: event.at,
      lastModifiedTime: event.at,
      parameters: event.parameters,
      stepNames: event.stepNames,
      steps: {},
      priorAttempts: {},
      lastSeq: seq,
      ...(event.selectedSteps && { selectedSteps: event.selectedSteps }),
      ...(event.sourcePipelineExecutionArn && {
        sourcePipelineExecutionArn: event.sourcePipelineExecutionArn,
      }),
      ...(event.stepBranches && { stepBranches: event.stepBranches }),
    };
  }
  if (!state) throw new ExecutionEventError(`"${event.type}" arrived before "execution-started"`);
  const next: ExecutionState = { ...state, lastSeq: seq };
  if (event.type !== 'log') next.lastModifiedTime = event.at;
  const updateStep = (stepName: string, change: (step: StepRun) => StepRun) => {
    const step = state.steps[stepName];
    if (!step)
      throw new ExecutionEventError(
        `"${event.type}" for step "${stepName}", which has not started`,
      );
    next.steps = { ...state.steps, [stepName]: change(step) };
  };
  switch (event.type) {
    case 'step-starting': {
      const previous = state.steps[event.stepName];
      next.steps = {
        ...state.steps,
        [event.stepName]: {
          stepName: event.stepName,
          status: 'Starting',
          attemptCount: event.attempt,
          startTime: previous?.startTime ?? event.at,
        },
      };
      break;
    }
    case 'step-executing':
      updateStep(event.stepName, (step) => ({
        ...step,
        status: 'Executing',
        ...(event.metadata && { metadata: event.metadata }),
      }));
      break;
    case 'step-succeeded':
      updateStep(event.stepName, (step) => ({
        ...withoutFailure(step),
        status: 'Succeeded',
        endTime: event.at,
        ...(event.metadata && { metadata: event.metadata }),
        ...(event.cacheHit && {
          cacheHitResult: { SourcePipelineExecutionArn: event.cacheHit.sourcePipelineExecutionArn },
        }),
        ...(event.reused && {
          selectiveExecutionResult: {
            SourcePipelineExecutionArn: event.reused.sourcePipelineExecutionArn,
          },
        }),
      }));
      break;
    case 'step-failed':
      updateStep(event.stepName, (step) => ({
        ...step,
        status: 'Failed',
        endTime: event.at,
        failureReason: event.reason,
        ...(event.metadata && { metadata: event.metadata }),
      }));
      break;
    case 'step-stopping':
      updateStep(event.stepName, (step) => ({ ...step, status: 'Stopping' }));
      break;
    case 'step-stopped':
      updateStep(event.stepName, (step) => ({ ...step, status: 'Stopped', endTime: event.at }));
      break;
    case 'step-interrupted':
      // The attempt ended without a result (the server went away); the step starts again as a
      // new attempt, so it is "Starting" until then.
      updateStep(event.stepName, (step) => ({ ...step, status: 'Starting' }));
      break;
    case 'execution-stopping':
      next.status = 'Stopping';
      break;
    case 'execution-finished':
      next.status = event.status;
      next.endTime = event.at;
      if (event.failureReason !== undefined) next.failureReason = event.failureReason;
      break;
    case 'execution-retried': {
      const steps = { ...state.steps };
      const priorAttempts = { ...state.priorAttempts };
      for (const name of event.resetSteps) {
        const step = steps[name];
        if (step) priorAttempts[name] = step.attemptCount;
        delete steps[name];
      }
      next.status = 'Executing';
      next.steps = steps;
      next.priorAttempts = priorAttempts;
      delete next.endTime;
      delete next.failureReason;
      break;
    }
    case 'log':
      break;
  }
  return next;
}

function withoutFailure(step: StepRun): StepRun {
  const { failureReason: _failureReason, ...rest } = step;
  return rest;
}
