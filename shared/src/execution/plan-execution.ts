import type { PipelineGraph, StepEdge } from '../pipeline/graph';
import type { ExecutionState } from './execution-state';
import { isStepActive } from './status';

/** What the engine should do next for one execution. */
export interface ExecutionPlan {
  /** Steps to start now, in document order, at most `capacity` of them. */
  start: string[];
  /** Set when the execution is over: nothing runs and nothing more can start. */
  finish?: { status: 'Succeeded' | 'Failed' | 'Stopped'; failureReason?: string };
}

/** Why a step that has not started may still start, or never will. */
type Readiness = 'ready' | 'waiting' | 'never';

/**
 * Decides which steps start next, following SageMaker's semantics: a step starts once every step
 * it depends on has succeeded (and, inside a condition branch, once its condition took that
 * branch); untaken branches and everything behind a failed step never start; after a failure or
 * a stop nothing new starts, and the execution ends when the running steps have finished.
 * Pure: the engine calls it after every change.
 */
export function planExecution(
  graph: PipelineGraph,
  state: ExecutionState,
  capacity: number,
): ExecutionPlan {
  const running = Object.values(state.steps).filter((step) => isStepActive(step.status));
  const failed = Object.values(state.steps).filter((step) => step.status === 'Failed');
  const stopped = Object.values(state.steps).filter((step) => step.status === 'Stopped');
  const halted = state.status === 'Stopping' || failed.length > 0 || stopped.length > 0;

  if (halted) {
    if (running.length > 0) return { start: [] };
    if (state.status === 'Stopping' || (failed.length === 0 && stopped.length > 0)) {
      return { start: [], finish: { status: 'Stopped' } };
    }
    return {
      start: [],
      finish: { status: 'Failed', failureReason: failureReasonOf(graph, state) },
    };
  }

  const readiness = new Map<string, Readiness>();
  const readinessOf = (name: string): Readiness => {
    const known = readiness.get(name);
    if (known) return known;
    readiness.set(name, 'waiting'); // guards against cycles, which validation rejects anyway
    const result = computeReadiness(graph.incoming(name), state, readinessOf);
    readiness.set(name, result);
    return result;
  };

  // A selective execution runs only its selected steps; the rest were reused or never run.
  const selected = state.selectedSteps ? new Set(state.selectedSteps) : undefined;
  const ready = graph.nodes
    .map((node) => node.name)
    .filter((name) => name !== '' && !state.steps[name] && (!selected || selected.has(name)))
    .filter((name) => readinessOf(name) === 'ready');
  const start = ready.slice(0, Math.max(0, capacity));
  if (running.length === 0 && ready.length === 0) {
    return { start: [], finish: { status: 'Succeeded' } };
  }
  return { start };
}

function computeReadiness(
  incoming: StepEdge[],
  state: ExecutionState,
  readinessOf: (name: string) => Readiness,
): Readiness {
  let result: Readiness = 'ready';
  for (const edge of incoming) {
    const upstream = state.steps[edge.from];
    if (!upstream) {
      // Not started: if it can never start, neither can this step.
      if (readinessOf(edge.from) === 'never') return 'never';
      result = 'waiting';
      continue;
    }
    if (upstream.status !== 'Succeeded') {
      if (!isStepActive(upstream.status)) return 'never';
      result = 'waiting';
      continue;
    }
    if (edge.kind === 'branch-if' || edge.kind === 'branch-else') {
      const outcome = upstream.metadata?.Condition?.Outcome;
      const taken = edge.kind === 'branch-if' ? 'True' : 'False';
      if (outcome !== taken) return 'never';
    }
  }
  return result;
}

/** SageMaker's wording: a Fail step's message wins; otherwise the failed steps are named. */
function failureReasonOf(graph: PipelineGraph, state: ExecutionState): string {
  const failed = Object.values(state.steps).filter((step) => step.status === 'Failed');
  const failStep = failed.find((step) => graph.byName.get(step.stepName)?.type === 'Fail');
  if (failStep) return failStep.failureReason ?? '';
  const names = failed.map((step) => `"${step.stepName}"`).join(', ');
  return `Step failure: One or multiple steps failed (${names}).`;
}
