import { joinPointer } from '../json/json-pointer';

/** Which branch of a Condition step a nested step sits in. */
export type Branch = 'if' | 'else';

/** The `Arguments` key holding each branch's steps. */
export const branchKeys = { if: 'IfSteps', else: 'ElseSteps' } as const satisfies Record<
  Branch,
  string
>;

/** Where a nested step lives: the Condition step that owns it and the branch. */
export interface BranchParent {
  conditionName: string;
  branch: Branch;
}

/**
 * One step of a document, wherever it is nested. The canvas edits these as flat nodes and
 * {@link nestSteps} puts them back into Condition branches on save.
 */
export interface StepNode {
  /** `Name`, or `''` when the step has no string name. */
  name: string;
  /** `Type`, or `''` when the step has no string type. */
  type: string;
  /** The raw step object, unchanged. */
  step: Record<string, unknown>;
  /** RFC 6901 pointer to the step, e.g. `/Steps/3/Arguments/IfSteps/0`. */
  pointer: string;
  /** Set for steps inside a Condition step's `IfSteps` / `ElseSteps`. */
  parent?: BranchParent;
}

/** True when a raw step is a Condition step, whose branches hold nested steps. */
export function isConditionStep(step: Record<string, unknown>): boolean {
  return step.Type === 'Condition';
}

/** Reads `Steps` from a document and flattens it; see {@link flattenSteps}. */
export function flattenDocument(document: unknown): StepNode[] {
  const steps = asRecord(document)?.Steps;
  return flattenSteps(steps, '/Steps');
}

/**
 * Flattens a `Steps` list, including Condition branches nested to any depth, into nodes in
 * document (pre-order) order: a Condition step comes before its `IfSteps`, which come before
 * its `ElseSteps`. Entries that are not objects are skipped; pointers keep their real indices.
 * Never throws.
 */
export function flattenSteps(steps: unknown, pointer = '/Steps'): StepNode[] {
  const nodes: StepNode[] = [];
  visitList(steps, pointer, undefined, nodes, new Set());
  return nodes;
}

function visitList(
  steps: unknown,
  pointer: string,
  parent: BranchParent | undefined,
  nodes: StepNode[],
  seen: Set<object>,
) {
  if (!Array.isArray(steps)) return;
  steps.forEach((value, index) => {
    const step = asRecord(value);
    // A step object reachable twice (only possible for in-memory graphs) would loop forever.
    if (!step || seen.has(step)) return;
    seen.add(step);
    const node: StepNode = {
      name: typeof step.Name === 'string' ? step.Name : '',
      type: typeof step.Type === 'string' ? step.Type : '',
      step,
      pointer: joinPointer(pointer, index),
    };
    if (parent) node.parent = parent;
    nodes.push(node);
    if (!isConditionStep(step)) return;
    const args = asRecord(step.Arguments);
    if (!args) return;
    for (const branch of ['if', 'else'] as const) {
      const key = branchKeys[branch];
      visitList(
        args[key],
        joinPointer(node.pointer, 'Arguments', key),
        { conditionName: node.name, branch },
        nodes,
        seen,
      );
    }
  });
}

/** The value as a plain object, or null for arrays, null and primitives. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
