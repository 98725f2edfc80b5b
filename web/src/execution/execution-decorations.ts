import {
  type StepCounts,
  type StepNode,
  type StepRun,
  countSteps,
  flattenDocument,
  isExecutionFinished,
} from '@pipewright/shared';
import type { DecorationTone, StepDecoration } from '../execution-graph/step-decoration';
import type { ExecutionView } from './execution-view';

/** A step status's colour and icon, on the graph and the timeline alike. */
export const toneOfStepStatus: Record<StepRun['status'], DecorationTone> = {
  Starting: 'running',
  Executing: 'running',
  Stopping: 'running',
  Stopped: 'stopped',
  Failed: 'failed',
  Succeeded: 'succeeded',
};

/** The branch a Condition step took, from SageMaker's `Metadata.Condition.Outcome`. */
export function conditionOutcome(run: StepRun | undefined): 'if' | 'else' | undefined {
  const outcome = run?.metadata?.Condition?.Outcome;
  if (outcome === 'True' || outcome === true) return 'if';
  if (outcome === 'False' || outcome === false) return 'else';
  return undefined;
}

/**
 * True for a step in a Condition branch that was not taken, or nested inside one: it will
 * never run in this execution.
 */
function untakenSteps(nodes: readonly StepNode[], view: ExecutionView): Set<string> {
  const untaken = new Set<string>();
  // Pre-order: a Condition comes before its branches, so its own verdict is known first.
  for (const node of nodes) {
    const parent = node.parent;
    if (!parent) continue;
    const taken = conditionOutcome(view.steps[parent.conditionName]);
    if (untaken.has(parent.conditionName) || (taken !== undefined && taken !== parent.branch)) {
      untaken.add(node.name);
    }
  }
  return untaken;
}

function runDecoration(run: StepRun): StepDecoration {
  const badges: string[] = [];
  if (run.cacheHitResult) badges.push('cached');
  if (run.selectiveExecutionResult) badges.push('reused');
  const outcome = conditionOutcome(run);
  return {
    tone: toneOfStepStatus[run.status],
    label:
      run.status === 'Starting' || run.status === 'Stopping'
        ? run.status
        : run.status === 'Executing'
          ? 'Running'
          : outcome
            ? `${run.status} · ${outcome === 'if' ? 'true' : 'false'}`
            : run.status,
    ...(badges.length > 0 && { badges }),
    ...(run.attemptCount > 1 && { attempts: run.attemptCount }),
  };
}

/**
 * Each step's decoration for the execution graph: its status; "cached" and "reused" badges;
 * the attempt count; and dimmed when it will not run (an untaken branch, a step a selective
 * execution did not select, or any step never started once the run has ended).
 */
export function decorateSteps(
  document: unknown,
  view: ExecutionView,
): Record<string, StepDecoration> {
  const nodes = flattenDocument(document);
  const untaken = untakenSteps(nodes, view);
  const finished = isExecutionFinished(view.status);
  const decorations: Record<string, StepDecoration> = {};
  for (const node of nodes) {
    const run = view.steps[node.name];
    if (run) decorations[node.name] = runDecoration(run);
    else if (untaken.has(node.name))
      decorations[node.name] = { tone: 'skipped', label: 'Branch not taken', dimmed: true };
    else if (view.selectedSteps && !view.selectedSteps.includes(node.name))
      decorations[node.name] = { tone: 'skipped', label: 'Not selected', dimmed: true };
    else if (finished) decorations[node.name] = { tone: 'skipped', label: 'Not run', dimmed: true };
    else decorations[node.name] = { tone: 'pending' };
  }
  return decorations;
}

/**
 * The run's step counts by the same rule as the executions list's (shared `countSteps`), with
 * the document saying which steps sit on which Condition branch.
 */
export function stepCountsOf(document: unknown, view: ExecutionView): StepCounts {
  const nodes = flattenDocument(document).filter((node) => node.name !== '');
  return countSteps({
    status: view.status,
    steps: view.steps,
    stepNames: nodes.map((node) => node.name),
    ...(view.selectedSteps && { selectedSteps: view.selectedSteps }),
    stepBranches: Object.fromEntries(
      nodes.flatMap((node) => (node.parent ? [[node.name, { ...node.parent }] as const] : [])),
    ),
  });
}
