import { describe, expect, it } from 'vitest';
import { downstreamOf, indexGraph, topologicalOrder, upstreamOf } from './topology';

const graph = (names: string, edges: string) => ({
  nodes: names.split(' ').map((name) => ({ name })),
  edges: edges
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [from = '', to = ''] = pair.split('>');
      return { from, to };
    }),
});

describe('topologicalOrder', () => {
  it('puts every step after the steps it depends on', () => {
    expect(
      topologicalOrder(graph('Eval Train Process', 'Process>Train Train>Eval Process>Eval')),
    ).toEqual({
      order: ['Process', 'Train', 'Eval'],
      unordered: [],
    });
  });

  it('keeps document order between independent steps', () => {
    expect(topologicalOrder(graph('C B A D', 'A>D')).order).toEqual(['C', 'B', 'A', 'D']);
    // B becomes ready after A, yet comes before D, which is later in the document.
    expect(topologicalOrder(graph('A D B', 'A>B')).order).toEqual(['A', 'D', 'B']);
  });

  it('leaves steps on or behind a cycle unordered, in document order', () => {
    expect(topologicalOrder(graph('Start X Y After Free', 'Start>X X>Y Y>X Y>After'))).toEqual({
      order: ['Start', 'Free'],
      unordered: ['X', 'Y', 'After'],
    });
  });

  it('ignores edges to unknown steps, repeated names and nameless steps', () => {
    const input = {
      nodes: [{ name: 'A' }, { name: '' }, { name: 'A' }, { name: 'B' }],
      edges: [
        { from: 'Ghost', to: 'A' },
        { from: 'B', to: 'A' },
        { from: 'B', to: 'A' },
      ],
    };
    expect(topologicalOrder(input).order).toEqual(['B', 'A']);
    expect(indexGraph(input).names).toEqual(['A', 'B']);
  });
});

describe('upstreamOf / downstreamOf', () => {
  const dag = graph('P T E C R F', 'P>T T>E P>E E>C C>R T>R C>F');

  it('lists all ancestors in document order', () => {
    expect([...upstreamOf(dag, 'R')]).toEqual(['P', 'T', 'E', 'C']);
    expect([...upstreamOf(dag, 'P')]).toEqual([]);
  });

  it('lists all descendants in document order', () => {
    expect([...downstreamOf(dag, 'T')]).toEqual(['E', 'C', 'R', 'F']);
    expect([...downstreamOf(dag, 'F')]).toEqual([]);
  });

  it('never includes the step itself, even on a cycle, and knows no unknown step', () => {
    const loop = graph('A B', 'A>B B>A');
    expect([...upstreamOf(loop, 'A')]).toEqual(['B']);
    expect([...downstreamOf(loop, 'A')]).toEqual(['B']);
    expect(upstreamOf(loop, 'Nope').size).toBe(0);
  });
});
