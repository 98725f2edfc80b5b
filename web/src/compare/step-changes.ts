import { type StepRow, formatDuration } from './compare-diff';

/** How the compare graph marks a step; the same shape as the execution graph's decorations. */
export interface StepChangeDecoration {
  tone: 'changed' | 'same' | 'neutral';
  label?: string;
  badges?: string[];
  dimmed?: boolean;
}

const branchKeys = new Set(['IfSteps', 'ElseSteps']);

/** A step's own definition as text with sorted keys, leaving out a Condition's nested steps. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([key]) => !branchKeys.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`).join(',')}}`;
}

/** True when two step definitions say the same thing, whatever the order of their keys. */
export function sameDefinition(left: unknown, right: unknown): boolean {
  return canonical(left) === canonical(right);
}

/** The pipeline parameters a step reads with `{"Get": "Parameters.<name>"}`, nested steps aside. */
export function referencedParameters(step: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (branchKeys.has(key)) continue;
      if (key === 'Get' && typeof child === 'string' && child.startsWith('Parameters.')) {
        names.add(child.slice('Parameters.'.length));
      } else {
        visit(child);
      }
    }
  };
  visit(step);
  return names;
}

/** What differs for one step between the two executions, for the graph and its legend. */
export function stepChange(input: {
  leftDefinition: unknown;
  rightDefinition: unknown;
  row: StepRow | undefined;
  changedParameters: ReadonlySet<string>;
  metricsChanged: boolean;
}): StepChangeDecoration {
  const { leftDefinition, rightDefinition, row } = input;
  if (leftDefinition === undefined) return { tone: 'neutral', label: 'only in B', dimmed: true };
  if (rightDefinition === undefined) return { tone: 'neutral', label: 'only in A', dimmed: true };
  if (row === undefined) return { tone: 'neutral', label: 'ran in neither', dimmed: true };

  const badges: string[] = [];
  if (!sameDefinition(leftDefinition, rightDefinition)) badges.push('definition');
  const reads = new Set([
    ...referencedParameters(leftDefinition),
    ...referencedParameters(rightDefinition),
  ]);
  if ([...reads].some((name) => input.changedParameters.has(name))) badges.push('parameters');
  if (row.statusChanged) badges.push('status');
  if (input.metricsChanged) badges.push('metrics');
  const tone: StepChangeDecoration['tone'] = badges.length > 0 ? 'changed' : 'same';
  const delta = row.durationDeltaMs;
  const took =
    delta !== undefined && delta !== 0
      ? ` · ${formatDuration(delta)} ${delta > 0 ? 'slower' : 'faster'}`
      : '';
  return {
    tone,
    label: `${tone === 'changed' ? 'Changed' : 'Unchanged'}${took}`,
    ...(badges.length > 0 && { badges }),
  };
}

/**
 * A decoration for every step of either document, keyed by name: B's steps in B's order, then
 * the steps only A has.
 */
export function compareDecorations(input: {
  leftSteps: ReadonlyMap<string, unknown>;
  rightSteps: ReadonlyMap<string, unknown>;
  rows: readonly StepRow[];
  changedParameters: ReadonlySet<string>;
  stepsWithChangedMetrics: ReadonlySet<string>;
}): Map<string, StepChangeDecoration> {
  const rowByName = new Map(input.rows.map((row) => [row.name, row]));
  const names = [...new Set([...input.rightSteps.keys(), ...input.leftSteps.keys()])];
  return new Map(
    names.map((name) => [
      name,
      stepChange({
        leftDefinition: input.leftSteps.get(name),
        rightDefinition: input.rightSteps.get(name),
        row: rowByName.get(name),
        changedParameters: input.changedParameters,
        metricsChanged: input.stepsWithChangedMetrics.has(name),
      }),
    ]),
  );
}
