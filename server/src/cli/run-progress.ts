import type { ExecutionEvent, ExecutionState } from '@pipewright/shared';

/**
 * Turns execution events into the lines `pipewright run` prints: one per status change, and a
 * progress line whenever a step ends.
 */
export function describeEvent(
  event: ExecutionEvent,
  state: ExecutionState,
  showLogs: boolean,
): string[] {
  switch (event.type) {
    case 'execution-started':
      return [`▶ execution started with ${state.stepNames.length} steps`];
    case 'step-starting':
      return [
        `  … ${event.stepName} starting${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`,
      ];
    case 'step-executing':
      return [`  ▸ ${event.stepName} executing`];
    case 'step-succeeded': {
      const outcome = event.metadata?.Condition?.Outcome;
      return [
        `  ✔ ${event.stepName} succeeded${outcome !== undefined ? ` (condition: ${String(outcome)})` : ''}`,
        progressLine(state),
      ];
    }
    case 'step-failed':
      return [`  ✖ ${event.stepName} failed: ${event.reason}`, progressLine(state)];
    case 'step-stopping':
      return [`  ■ ${event.stepName} stopping`];
    case 'step-stopped':
      return [`  ■ ${event.stepName} stopped`, progressLine(state)];
    case 'step-interrupted':
      return [`  ↻ ${event.stepName} interrupted: ${event.reason}`];
    case 'execution-stopping':
      return ['■ stopping: running steps get SIGTERM'];
    case 'execution-retried':
      return [`↻ retrying ${event.resetSteps.join(', ')}`];
    case 'execution-finished':
      return [
        `${event.status === 'Succeeded' ? '✔' : '✖'} execution ${event.status}${event.failureReason ? `: ${event.failureReason}` : ''}`,
      ];
    case 'log':
      return showLogs ? prefixLines(`    ${event.stepName} │ `, event.text) : [];
  }
}

function progressLine(state: ExecutionState): string {
  const done = Object.values(state.steps).filter((step) =>
    ['Succeeded', 'Failed', 'Stopped'].includes(step.status),
  ).length;
  const running = Object.keys(state.steps).length - done;
  return `    [${done} done, ${running} running, ${state.stepNames.length} steps in the pipeline]`;
}

function prefixLines(prefix: string, text: string): string[] {
  return text
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => `${prefix}${line}`);
}
