import type { PipelineGraph } from '../pipeline/graph';
import type { ExecutionState } from './execution-state';

/** SageMaker accepts 1 to 50 selected steps. */
export const maxSelectedSteps = 50;

export type SelectionCheck =
  | { ok: true; reused: string[] }
  | { ok: false; problems: { stepName?: string; message: string }[] };

/**
 * Checks a selective execution against SageMaker's rules (sagemaker-definition.md §9): the
 * selected steps exist and are connected, every step on a path between two selected steps is
 * selected too, and every unselected step upstream of the selection succeeded in the source
 * execution, whose results it reuses. Returns those upstream steps in dependency order.
 */
export function checkSelection(
  graph: PipelineGraph,
  selected: readonly string[],
  source: ExecutionState,
): SelectionCheck {
  const problems: { stepName?: string; message: string }[] = [];
  const chosen = new Set(selected);
  if (chosen.size === 0 || chosen.size > maxSelectedSteps) {
    problems.push({
      message: `Select 1 to ${maxSelectedSteps} steps; ${chosen.size} were selected.`,
    });
  }
  for (const name of chosen) {
    if (!graph.byName.has(name))
      problems.push({ stepName: name, message: `There is no step "${name}".` });
  }
  if (problems.length > 0) return { ok: false, problems };

  for (const from of chosen) {
    const below = graph.downstream(from);
    for (const to of chosen) {
      if (from === to || !below.has(to)) continue;
      for (const between of below) {
        if (!chosen.has(between) && graph.upstream(to).has(between)) {
          problems.push({
            stepName: between,
            message: `"${between}" lies between the selected steps "${from}" and "${to}", so it must be selected too.`,
          });
        }
      }
    }
  }
  if (!isConnected(graph, chosen)) {
    problems.push({ message: 'The selected steps must be connected in the pipeline graph.' });
  }

  const upstream = new Set<string>();
  for (const name of chosen)
    for (const above of graph.upstream(name)) if (!chosen.has(above)) upstream.add(above);
  const reused = graph.order.order.filter((name) => upstream.has(name));
  for (const name of reused) {
    if (source.steps[name]?.status !== 'Succeeded') {
      problems.push({
        stepName: name,
        message: `"${name}" is not selected but did not succeed in the source execution, so there is nothing to reuse; select it too.`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems: dedupe(problems) } : { ok: true, reused };
}

/** Whether the selected steps form one piece when edge directions are ignored. */
function isConnected(graph: PipelineGraph, chosen: Set<string>): boolean {
  const [first] = chosen;
  if (first === undefined) return true;
  const seen = new Set([first]);
  const queue = [first];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    const neighbours = [
      ...graph.outgoing(current).map((edge) => edge.to),
      ...graph.incoming(current).map((edge) => edge.from),
    ];
    for (const next of neighbours) {
      if (chosen.has(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen.size === chosen.size;
}

function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
