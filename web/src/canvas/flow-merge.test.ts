import { describe, expect, it } from 'vitest';
import type { CanvasNode, StepFlowNode } from './canvas-model';
import { mergeEdges, mergeNodes, selectionAfter } from './flow-merge';

const step = (name: string, x = 0): StepFlowNode => ({
  id: name,
  type: 'step',
  position: { x, y: 0 },
  data: { name, stepType: 'Training', displayName: null },
});
const none = new Set<string>();

describe('merging derived nodes with what React Flow knows', () => {
  it('keeps measured sizes and reuses unchanged nodes, so React Flow redraws nothing', () => {
    const previous = mergeNodes([step('A'), step('B')], [], none, none).map((node) => ({
      ...node,
      measured: { width: 240, height: 60 },
    })) as CanvasNode[];
    const next = mergeNodes([step('A'), step('B', 300)], previous, none, none);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).not.toBe(previous[1]);
    expect(next[1]).toMatchObject({ position: { x: 300, y: 0 }, measured: { width: 240 } });
    expect(mergeNodes([step('A'), step('B')], previous, none, none)).toBe(previous);
  });

  it('marks the store’s selection on steps and notes', () => {
    const note: CanvasNode = {
      id: 'note:n1',
      type: 'note',
      position: { x: 0, y: 0 },
      data: { noteId: 'n1', text: '' },
    };
    const nodes = mergeNodes([step('A'), step('B'), note], [], new Set(['B']), new Set(['n1']));
    expect(nodes.map((node) => node.selected)).toEqual([false, true, true]);
  });

  it('keeps the position of a node being dragged until it is dropped', () => {
    const dragged = { ...step('A', 55), dragging: true };
    const [node] = mergeNodes([step('A', 0)], [dragged], none, new Set(['x']));
    expect(node?.position).toEqual({ x: 55, y: 0 });
  });

  it('keeps which edges are selected', () => {
    const edge = { id: 'e', source: 'A', target: 'B' };
    const selected = { ...edge, selected: true };
    expect(mergeEdges([edge], [selected])).toEqual([selected]);
    expect(mergeEdges([], [selected])).toEqual([]);
  });
});

describe('selection changes', () => {
  const lookup = (id: string) =>
    id.startsWith('note:')
      ? { kind: 'note' as const, id: id.slice(5) }
      : { kind: 'step' as const, name: id };

  it('adds and removes steps and notes', () => {
    expect(
      selectionAfter(
        [
          { id: 'A', type: 'select', selected: false },
          { id: 'B', type: 'select', selected: true },
          { id: 'note:n1', type: 'select', selected: true },
        ],
        { steps: ['A'], notes: [] },
        lookup,
      ),
    ).toEqual({ steps: ['B'], notes: ['n1'] });
  });

  it('answers null when nothing changes', () => {
    expect(
      selectionAfter(
        [{ id: 'A', type: 'select', selected: true }],
        { steps: ['A'], notes: [] },
        lookup,
      ),
    ).toBeNull();
  });
});
