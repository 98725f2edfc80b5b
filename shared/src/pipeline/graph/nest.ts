import { type BranchParent, asRecord, branchKeys, isConditionStep } from './flatten';

/** What {@link nestSteps} needs from a node: the raw step and where it belongs. */
export interface NestableNode {
  name: string;
  step: Record<string, unknown>;
  parent?: BranchParent;
}

/**
 * Rebuilds a nested `Steps` array from flat nodes: the inverse of `flattenSteps`.
 *
 * Top-level steps and each branch keep the relative order of their nodes. A Condition step's
 * `IfSteps` / `ElseSteps` are replaced in place with its children from the node list (so its
 * `Arguments` keep their key order), which means a child deleted from the list disappears from
 * its branch. A node whose parent names no Condition step in the list (or whose parents form a
 * loop) is kept at the top level rather than lost. Input objects are never mutated.
 */
export function nestSteps(nodes: readonly NestableNode[]): Record<string, unknown>[] {
  const parents = resolveParents(nodes);
  const children = nodes.map(() => ({ if: [] as number[], else: [] as number[] }));
  const roots: number[] = [];
  nodes.forEach((node, index) => {
    const parent = parents[index] ?? -1;
    if (parent < 0 || !node.parent) roots.push(index);
    else children[parent]?.[node.parent.branch].push(index);
  });

  const build = (index: number): Record<string, unknown> => {
    const node = nodes[index] as NestableNode;
    const step = { ...node.step };
    const kids = children[index];
    if (!kids || !isConditionStep(step)) return step;
    const branches = { if: kids.if.map(build), else: kids.else.map(build) };
    const args = asRecord(step.Arguments);
    if (args) {
      step.Arguments = withBranches(args, branches);
    } else if (branches.if.length > 0 || branches.else.length > 0) {
      // Malformed Arguments cannot hold the branch steps; keeping the steps matters more.
      step.Arguments = withBranches({}, branches);
    }
    return step;
  };
  return roots.map(build);
}

function withBranches(
  args: Record<string, unknown>,
  branches: Record<'if' | 'else', Record<string, unknown>[]>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const placed = { if: false, else: false };
  for (const [key, value] of Object.entries(args)) {
    const branch = key === branchKeys.if ? 'if' : key === branchKeys.else ? 'else' : null;
    if (branch && (Array.isArray(value) || branches[branch].length > 0)) {
      result[key] = branches[branch];
      placed[branch] = true;
    } else {
      result[key] = value;
    }
  }
  for (const branch of ['if', 'else'] as const) {
    if (!placed[branch] && branches[branch].length > 0) {
      result[branchKeys[branch]] = branches[branch];
    }
  }
  return result;
}

/**
 * For each node, the index of its Condition parent or -1. With duplicate names the nearest
 * preceding Condition of that name wins (pre-order puts parents first); loops are broken.
 */
function resolveParents(nodes: readonly NestableNode[]): number[] {
  const parents = nodes.map((node, index) => {
    const name = node.parent?.conditionName;
    if (name === undefined) return -1;
    let found = -1;
    nodes.forEach((candidate, at) => {
      if (at === index || candidate.name !== name || !isConditionStep(candidate.step)) return;
      if (at < index || found < 0) found = at;
    });
    return found;
  });
  parents.forEach((_, index) => {
    let current = parents[index] ?? -1;
    for (let hops = 0; current >= 0 && current !== index && hops < nodes.length; hops++) {
      current = parents[current] ?? -1;
    }
    if (current === index) parents[index] = -1;
  });
  return parents;
}
