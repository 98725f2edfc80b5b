import { type ReferenceScan, scanReferences } from '../expressions/references';
import { joinPointer } from '../json/json-pointer';
import { type StepNode, asRecord, branchKeys, isConditionStep } from './flatten';

/**
 * Why one step runs after another: an explicit `DependsOn` entry, a `Steps.<X>` reference
 * (SageMaker derives these implicitly), or membership in a Condition step's branch.
 */
export type EdgeKind = 'depends-on' | 'data' | 'branch-if' | 'branch-else';

/** `from` runs before `to`. */
export interface StepEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /**
   * Where the edge is written: the `DependsOn` entry, the first `{"Get": "Steps.X..."}` object,
   * or the nested branch step.
   */
  pointer: string;
}

export interface StepEdges {
  /** Edges between steps of the document, deduplicated per (from, to, kind). */
  edges: StepEdge[];
  /** Edges whose `from` names no step of the document, for validation to report. */
  unresolved: StepEdge[];
}

/**
 * Collects every edge of the flattened steps, in document order: for each step its branch edge,
 * then `DependsOn`, then data references. Data references are found anywhere in the step
 * (Arguments, Conditions, a JsonGet's PropertyFile) except inside a Condition step's branches,
 * which belong to the nested steps. A step referring to itself yields a self-edge. Never throws.
 */
export function collectEdges(nodes: readonly StepNode[]): StepEdges {
  const known = new Set(nodes.map((node) => node.name).filter((name) => name !== ''));
  const result: StepEdges = { edges: [], unresolved: [] };
  const seen = new Set<string>();
  const add = (edge: StepEdge) => {
    const key = JSON.stringify([edge.from, edge.to, edge.kind]);
    if (seen.has(key)) return;
    seen.add(key);
    (known.has(edge.from) ? result.edges : result.unresolved).push(edge);
  };

  for (const node of nodes) {
    if (node.name === '') continue;
    const to = node.name;
    if (node.parent) {
      const kind = node.parent.branch === 'if' ? 'branch-if' : 'branch-else';
      add({ from: node.parent.conditionName, to, kind, pointer: node.pointer });
    }
    const dependsOn = node.step.DependsOn;
    if (Array.isArray(dependsOn)) {
      dependsOn.forEach((from, index) => {
        if (typeof from !== 'string') return;
        add({
          from,
          to,
          kind: 'depends-on',
          pointer: joinPointer(node.pointer, 'DependsOn', index),
        });
      });
    }
    for (const { from, pointer } of stepReferences(node)) {
      add({ from, to, kind: 'data', pointer });
    }
  }
  return result;
}

function stepReferences(node: StepNode): { from: string; pointer: string }[] {
  return scanStepReferences(node).references.flatMap((reference) =>
    reference.target?.root === 'Steps'
      ? [{ from: reference.target.stepName, pointer: reference.pointer }]
      : [],
  );
}

/**
 * Every expression written in one step: its Arguments, Conditions, a JsonGet's PropertyFile and
 * any other key, except `DependsOn` and a Condition step's branches, which belong to the nested
 * steps. Validation checks these same references, so both agree on what a step refers to.
 */
export function scanStepReferences(node: StepNode): ReferenceScan {
  const scan: ReferenceScan = { references: [], malformed: [] };
  const add = (value: unknown, pointer: string) => {
    const found = scanReferences(value, pointer);
    scan.references.push(...found.references);
    scan.malformed.push(...found.malformed);
  };
  const branchOwner = isConditionStep(node.step);
  for (const [key, value] of Object.entries(node.step)) {
    if (key === 'DependsOn') continue;
    const args = key === 'Arguments' && branchOwner ? asRecord(value) : null;
    if (!args) {
      add(value, joinPointer(node.pointer, key));
      continue;
    }
    for (const [argKey, argValue] of Object.entries(args)) {
      if (argKey === branchKeys.if || argKey === branchKeys.else) continue;
      add(argValue, joinPointer(node.pointer, key, argKey));
    }
  }
  return scan;
}
