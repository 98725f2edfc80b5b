import type { ExecutionState } from '@pipewright/shared';

/**
 * Which changes of an execution matter to a view: its status only, its status and every step's,
 * or its status and one step's. A step's status or attempt count counts; log lines never do.
 */
export type ExecutionChangeScope = 'execution' | 'steps' | { stepName: string };

/**
 * What a view cares about in `state`, as one string: two states with the same key look the same
 * to it, so nothing it fetched needs fetching again. `undefined` while the state is unknown.
 */
export function executionChangeKey(
  state: ExecutionState | null | undefined,
  scope: ExecutionChangeScope,
): string | undefined {
  if (state === undefined) return undefined;
  if (state === null) return 'not started';
  const stepNames =
    scope === 'execution'
      ? []
      : scope === 'steps'
        ? Object.keys(state.steps).sort()
        : [scope.stepName];
  const steps = stepNames.map((name) => {
    const step = state.steps[name];
    return step ? `${name}=${step.status}#${step.attemptCount}` : `${name}=-`;
  });
  return [state.status, ...steps].join('\n');
}
