import type { StepShape } from './canvas-model';
import { stepTypeMeta } from './step-type-meta';

/**
 * Steps whose name, display name or type matches the query (ignoring case): names starting with
 * it first, then the rest, each in document order. An empty query matches nothing.
 */
export function findSteps(steps: readonly StepShape[], query: string): StepShape[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const starts: StepShape[] = [];
  const contains: StepShape[] = [];
  for (const step of steps) {
    const name = step.name.toLowerCase();
    const display = step.displayName?.toLowerCase() ?? '';
    if (name.startsWith(wanted) || display.startsWith(wanted)) starts.push(step);
    else if (
      name.includes(wanted) ||
      display.includes(wanted) ||
      stepTypeMeta(step.type).label.toLowerCase().includes(wanted)
    ) {
      contains.push(step);
    }
  }
  return [...starts, ...contains];
}
