import type { ExecutionEvent } from './execution-event';
import type { ExecutionState } from './execution-state';
import { reduceExecution } from './reduce-execution';

const at = '2026-01-01T00:00:00.000Z';

/** Folds a list of events (each without `at`) from scratch, numbering them 1, 2, 3… */
export function fold(
  events: ReadonlyArray<Record<string, unknown> & { type: ExecutionEvent['type'] }>,
): ExecutionState {
  let state: ExecutionState | undefined;
  events.forEach((event, index) => {
    state = reduceExecution(state, { at, ...event } as ExecutionEvent, index + 1);
  });
  if (!state) throw new Error('no events');
  return state;
}

/** Events that start a step and end it with the given result. */
export function ran(
  stepName: string,
  result: 'succeeded' | 'failed' | 'stopped' = 'succeeded',
  extra: Record<string, unknown> = {},
) {
  return [
    { type: 'step-starting' as const, stepName, attempt: 1 },
    { type: 'step-executing' as const, stepName, attempt: 1 },
    { type: `step-${result}` as const, stepName, attempt: 1, ...extra },
  ];
}
