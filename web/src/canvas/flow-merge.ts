import type { NodeSelectionChange } from '@xyflow/react';
import type { CanvasNode, PipelineFlowEdge } from './canvas-model';

const samePoint = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x === b.x && a.y === b.y;

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** Keeps the previous array when every item is the previous one: React Flow then does nothing. */
function keepIfSame<T>(next: T[], previous: T[]): T[] {
  return next.length === previous.length && next.every((item, index) => item === previous[index])
    ? previous
    : next;
}

/**
 * The nodes React Flow shows: the ones derived from the document, with selection from the store,
 * and what only React Flow knows kept from the previous nodes (measured size; the position of a
 * node being dragged, which reaches the document on drop). A node whose content did not change
 * keeps its previous object, so React Flow re-renders only the nodes that changed.
 */
export function mergeNodes(
  base: readonly CanvasNode[],
  previous: readonly CanvasNode[],
  selectedSteps: ReadonlySet<string>,
  selectedNotes: ReadonlySet<string>,
): CanvasNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const next = base.map((node): CanvasNode => {
    const prior = before.get(node.id);
    const selected =
      node.type === 'step'
        ? selectedSteps.has(node.data.name)
        : selectedNotes.has(node.data.noteId);
    const dragging = prior?.dragging === true;
    const position = dragging && prior ? prior.position : node.position;
    if (
      prior &&
      prior.type === node.type &&
      (prior.selected ?? false) === selected &&
      samePoint(prior.position, position) &&
      prior.width === node.width &&
      prior.height === node.height &&
      sameData(prior.data, node.data)
    ) {
      return prior;
    }
    return {
      ...node,
      position,
      selected,
      ...(prior?.measured && { measured: prior.measured }),
      ...(dragging && { dragging }),
    } as CanvasNode;
  });
  return keepIfSame(next, previous as CanvasNode[]);
}

/** The edges to show: derived ones, keeping which are selected (edge selection is local). */
export function mergeEdges(
  base: readonly PipelineFlowEdge[],
  previous: readonly PipelineFlowEdge[],
): PipelineFlowEdge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  const next = base.map((edge) => {
    const prior = before.get(edge.id);
    if (!prior) return edge;
    // The id holds kind, source and target: same id, same edge.
    return prior;
  });
  return keepIfSame(next, previous as PipelineFlowEdge[]);
}

export type NodeRef = { kind: 'step'; name: string } | { kind: 'note'; id: string };

/**
 * The selection after React Flow's select changes (a click, shift-click or box), or null when
 * they change nothing. Applied to the store, which is the one place selection lives.
 */
export function selectionAfter(
  changes: readonly NodeSelectionChange[],
  current: { steps: readonly string[]; notes: readonly string[] },
  lookup: (nodeId: string) => NodeRef | undefined,
): { steps: string[]; notes: string[] } | null {
  const steps = new Set(current.steps);
  const notes = new Set(current.notes);
  for (const change of changes) {
    const ref = lookup(change.id);
    if (!ref) continue;
    const set = ref.kind === 'step' ? steps : notes;
    const key = ref.kind === 'step' ? ref.name : ref.id;
    if (change.selected) set.add(key);
    else set.delete(key);
  }
  const same = (a: Set<string>, b: readonly string[]) =>
    a.size === b.length && b.every((item) => a.has(item));
  if (same(steps, current.steps) && same(notes, current.notes)) return null;
  return { steps: [...steps], notes: [...notes] };
}
