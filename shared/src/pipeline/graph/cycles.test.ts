import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles';

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

describe('findCycles', () => {
  it('finds nothing in a DAG', () => {
    expect(findCycles(graph('A B C D', 'A>B A>C B>D C>D'))).toEqual([]);
  });

  it('returns a cycle in the order its steps depend on each other', () => {
    // Listed C, A, B in the document: the cycle starts at the earliest step, C.
    expect(findCycles(graph('C A B', 'A>B B>C C>A'))).toEqual([['C', 'A', 'B']]);
  });

  it('reports a step depending on itself', () => {
    expect(findCycles(graph('A B', 'A>A A>B'))).toEqual([['A']]);
  });

  it('reports separate cycles separately, in document order', () => {
    expect(findCycles(graph('X Y P Q R', 'P>Q Q>R R>P X>Y Y>X Y>P'))).toEqual([
      ['X', 'Y'],
      ['P', 'Q', 'R'],
    ]);
  });

  it('reports a knot of loops once, by its shortest loop through the earliest step', () => {
    // A→B→A and A→C→D→A share A: one component, shortest loop A→B→A.
    expect(findCycles(graph('A B C D', 'A>C C>D D>A A>B B>A'))).toEqual([['A', 'B']]);
  });

  it('handles a long chain without overflowing the stack', () => {
    const names = Array.from({ length: 20000 }, (_, index) => `S${index}`);
    const edges = names.slice(1).map((name, index) => ({ from: names[index] as string, to: name }));
    edges.push({ from: 'S19999', to: 'S0' });
    const cycles = findCycles({ nodes: names.map((name) => ({ name })), edges });
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(20000);
  });
});
