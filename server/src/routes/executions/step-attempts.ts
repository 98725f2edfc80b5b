import type { ExecutionEvent, StepAttempt } from '@pipewright/shared';

/**
 * Every attempt of every step, folded from an execution's events: the stored state keeps only
 * each step's latest attempt, and a retry forgets even that, so a timeline needs the events.
 * An attempt the server lost counts as failed, with the reason it was given, and is marked
 * `interrupted` so it can be told from a real failure.
 */
export function foldStepAttempts(events: readonly ExecutionEvent[]): StepAttempt[] {
  const attempts: StepAttempt[] = [];
  const latest = new Map<string, StepAttempt>();
  const find = (stepName: string, attempt?: number) => {
    const found = latest.get(stepName);
    return found && (attempt === undefined || found.attempt === attempt) ? found : undefined;
  };
  const finish = (
    found: StepAttempt | undefined,
    status: StepAttempt['status'],
    at: string,
    failureReason?: string,
  ) => {
    if (!found) return;
    found.status = status;
    found.endTime = at;
    if (failureReason !== undefined) found.failureReason = failureReason;
  };

  for (const event of events) {
    switch (event.type) {
      case 'step-starting': {
        const attempt: StepAttempt = {
          stepName: event.stepName,
          attempt: event.attempt,
          startTime: event.at,
          status: 'Starting',
        };
        attempts.push(attempt);
        latest.set(event.stepName, attempt);
        break;
      }
      case 'step-executing': {
        const found = find(event.stepName, event.attempt);
        if (found) found.status = 'Executing';
        break;
      }
      case 'step-stopping': {
        const found = find(event.stepName);
        if (found && found.endTime === undefined) found.status = 'Stopping';
        break;
      }
      case 'step-succeeded':
        finish(find(event.stepName, event.attempt), 'Succeeded', event.at);
        break;
      case 'step-failed':
        finish(find(event.stepName, event.attempt), 'Failed', event.at, event.reason);
        break;
      case 'step-stopped':
        finish(find(event.stepName, event.attempt), 'Stopped', event.at);
        break;
      case 'step-interrupted': {
        const found = find(event.stepName, event.attempt);
        finish(found, 'Failed', event.at, event.reason);
        if (found) found.interrupted = true;
        break;
      }
      default:
        break;
    }
  }
  return attempts;
}
