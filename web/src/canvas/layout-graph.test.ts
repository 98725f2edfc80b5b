import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import {
  LARGE_GRAPH_NODES,
  layoutOptions,
  positionsFromElk,
  runLayout,
  toElkGraph,
  warmUpRequest,
} from './layout-graph';

const node = (id: string) => ({ id, width: 240, height: 64 });

describe('the layout input', () => {
  it('passes node sizes and edges to ELK with the layered, left-to-right options', () => {
    const graph = toElkGraph({
      nodes: [node('A'), node('B')],
      edges: [{ source: 'A', target: 'B' }],
    });
    expect(graph).toEqual({
      id: 'root',
      layoutOptions,
      children: [
        { id: 'A', width: 240, height: 64 },
        { id: 'B', width: 240, height: 64 },
      ],
      edges: [{ id: 'e1', sources: ['A'], targets: ['B'] }],
    });
    expect(layoutOptions['elk.algorithm']).toBe('layered');
    expect(layoutOptions['elk.direction']).toBe('RIGHT');
  });

  it('asks ELK for fewer crossing-reduction rounds only on large graphs', () => {
    const nodes = (count: number) => Array.from({ length: count }, (_, index) => node(`S${index}`));
    const small = toElkGraph({ nodes: nodes(LARGE_GRAPH_NODES - 1), edges: [] });
    const large = toElkGraph({ nodes: nodes(LARGE_GRAPH_NODES), edges: [] });
    expect(small.layoutOptions?.['elk.layered.thoroughness']).toBeUndefined();
    expect(large.layoutOptions).toEqual({ ...layoutOptions, 'elk.layered.thoroughness': '3' });
  });

  it('warms a new worker up on a graph that gets the large-graph options, edges all valid', () => {
    const request = warmUpRequest();
    const ids = new Set(request.nodes.map((warm) => warm.id));
    expect(ids.size).toBe(LARGE_GRAPH_NODES);
    expect(request.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
    expect(toElkGraph(request).edges).toHaveLength(request.edges.length);
    expect(toElkGraph(request).layoutOptions?.['elk.layered.thoroughness']).toBe('3');
  });

  it('leaves out self-edges, repeated pairs and edges to unknown nodes', () => {
    const graph = toElkGraph({
      nodes: [node('A'), node('B')],
      edges: [
        { source: 'A', target: 'B' },
        { source: 'A', target: 'B' },
        { source: 'A', target: 'A' },
        { source: 'Ghost', target: 'B' },
      ],
    });
    expect(graph.edges).toEqual([{ id: 'e1', sources: ['A'], targets: ['B'] }]);
  });
});

describe('the layout output', () => {
  it('reads rounded top-left positions per node', () => {
    expect(
      positionsFromElk({
        id: 'root',
        children: [
          { id: 'A', x: 12.4, y: 7.6 },
          { id: 'B', x: 300, y: 0 },
        ],
      }),
    ).toEqual({ A: { x: 12, y: 8 }, B: { x: 300, y: 0 } });
  });
});

describe('a real ELK layout', () => {
  it('puts each step right of the steps it waits for, without overlaps', async () => {
    const positions = await runLayout(new ELK(), {
      nodes: ['Prep', 'Train', 'Eval', 'Check', 'Register', 'Fail'].map(node),
      edges: [
        { source: 'Prep', target: 'Train' },
        { source: 'Train', target: 'Eval' },
        { source: 'Prep', target: 'Eval' },
        { source: 'Eval', target: 'Check' },
        { source: 'Check', target: 'Register' },
        { source: 'Check', target: 'Fail' },
      ],
    });
    const x = (id: string) => positions[id]?.x ?? Number.NaN;
    expect(x('Prep')).toBeLessThan(x('Train'));
    expect(x('Train')).toBeLessThan(x('Eval'));
    expect(x('Eval')).toBeLessThan(x('Check'));
    expect(x('Check')).toBeLessThan(x('Register'));
    expect(x('Register')).toBe(x('Fail'));
    expect(
      Math.abs((positions.Register?.y ?? 0) - (positions.Fail?.y ?? 0)),
    ).toBeGreaterThanOrEqual(64);
  });

  it('follows the edges even when the steps were written in the opposite order', async () => {
    const positions = await runLayout(new ELK(), {
      nodes: ['Last', 'Middle', 'First'].map(node),
      edges: [
        { source: 'First', target: 'Middle' },
        { source: 'Middle', target: 'Last' },
      ],
    });
    expect(positions.First?.x).toBeLessThan(positions.Middle?.x ?? 0);
    expect(positions.Middle?.x).toBeLessThan(positions.Last?.x ?? 0);
  });
});
