import type { Diagnostic } from '../diagnostics/diagnostic';
import type { PipelineGraph, StepEdge } from '../graph';
import { suggestion } from '../text/closest-name';

const edgeLabels: Record<StepEdge['kind'], string> = {
  'depends-on': 'DependsOn',
  data: 'a data reference',
  'branch-if': 'the if branch',
  'branch-else': 'the else branch',
};

/** DependsOn targets, Fail steps as dependencies, and cycles through any kind of edge. */
export function checkGraph(graph: PipelineGraph): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const stepNames = [...graph.byName.keys()];
  for (const edge of graph.unresolved) {
    // Unknown steps in data references are reported, with their path, by the reference rules.
    if (edge.kind !== 'depends-on') continue;
    diagnostics.push({
      severity: 'error',
      code: 'unknown-step',
      pointer: edge.pointer,
      stepName: edge.to,
      message: `Step "${edge.to}" depends on "${edge.from}", which is not a step of this pipeline.`,
      hint: suggestion(edge.from, stepNames, 'step'),
    });
  }
  for (const edge of graph.edges) {
    if (edge.kind !== 'depends-on') continue;
    if (edge.from === edge.to) {
      diagnostics.push({
        severity: 'error',
        code: 'self-dependency',
        pointer: edge.pointer,
        stepName: edge.to,
        message: `Step "${edge.to}" lists itself in DependsOn.`,
        hint: 'Remove it: a step cannot wait for itself.',
      });
    } else if (graph.byName.get(edge.from)?.type === 'Fail') {
      diagnostics.push({
        severity: 'error',
        code: 'fail-step-depended-on',
        pointer: edge.pointer,
        stepName: edge.to,
        message: `Step "${edge.to}" depends on Fail step "${edge.from}", which ends the run; it would never start.`,
        hint: 'Remove the dependency; a Fail step is always the last step on its path.',
      });
    }
  }
  for (const cycle of graph.cycles) {
    if (cycle.length === 1 && isDependsOnSelfLoop(graph, cycle[0] as string)) continue;
    const first = cycle[0] as string;
    const loop = [...cycle, first];
    const how = loop
      .slice(1)
      .map((to, index) => `${to} (${edgeLabels[kindOf(graph, loop[index] as string, to)]})`);
    diagnostics.push({
      severity: 'error',
      code: 'dependency-cycle',
      pointer: graph.byName.get(first)?.pointer ?? '/Steps',
      stepName: first,
      message:
        cycle.length === 1
          ? `Step "${first}" refers to its own properties, so it would wait for itself.`
          : `Steps form a cycle: ${first} → ${how.join(' → ')}. None of them could ever start.`,
      hint: 'Remove one DependsOn entry or reference in the loop; a pipeline must be a DAG.',
    });
  }
  return diagnostics;
}

function isDependsOnSelfLoop(graph: PipelineGraph, name: string): boolean {
  return graph.outgoing(name).some((edge) => edge.to === name && edge.kind === 'depends-on');
}

function kindOf(graph: PipelineGraph, from: string, to: string): StepEdge['kind'] {
  return graph.outgoing(from).find((edge) => edge.to === to)?.kind ?? 'data';
}
