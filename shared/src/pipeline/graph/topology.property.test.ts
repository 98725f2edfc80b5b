import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles';
import { downstreamOf, topologicalOrder, upstreamOf } from './topology';

interface RandomGraph {
  names: string[];
  edges: { from: string; to: string }[];
  pairs: [number, number][];
}

const toGraph = (size: number, pairs: [number, number][]): RandomGraph => {
  const names = Array.from({ length: size }, (_, index) => `S${index}`);
  const edges = pairs.map(([from, to]) => ({ from: `S${from}`, to: `S${to}` }));
  return { names, edges, pairs };
};

/** Any directed graph, self-loops and parallel edges included. */
const anyGraph = fc
  .integer({ min: 1, max: 8 })
  .chain((size) =>
    fc
      .array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 16 })
      .map((pairs) => toGraph(size, pairs)),
  );

/** A DAG whose true order is a random permutation of the document order. */
const anyDag = fc.integer({ min: 1, max: 9 }).chain((size) =>
  fc
    .tuple(
      fc.shuffledSubarray(
        Array.from({ length: size }, (_, index) => index),
        { minLength: size, maxLength: size },
      ),
      fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 20 }),
    )
    .map(([rank, raw]) => {
      const pairs = raw
        .filter(([a, b]) => a !== b)
        .map(([a, b]): [number, number] => ((rank[a] ?? 0) < (rank[b] ?? 0) ? [a, b] : [b, a]));
      return toGraph(size, pairs);
    }),
);

/** Floyd–Warshall transitive closure: reach[i][j] when a path of length ≥ 1 leads i to j. */
function closure({ names, pairs }: RandomGraph): boolean[][] {
  const reach = names.map(() => names.map(() => false));
  for (const [from, to] of pairs) (reach[from] as boolean[])[to] = true;
  names.forEach((_, k) =>
    names.forEach((__, i) =>
      names.forEach((___, j) => {
        if (reach[i]?.[k] && reach[k]?.[j]) (reach[i] as boolean[])[j] = true;
      }),
    ),
  );
  return reach;
}

const asInput = (graph: RandomGraph) => ({
  nodes: graph.names.map((name) => ({ name })),
  edges: graph.edges,
});
const indexOfName = (name: string) => Number(name.slice(1));

describe('findCycles agrees with brute force', () => {
  it('finds one real cycle per group of mutually reachable steps on a cycle', () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        const reach = closure(graph);
        const onCycle = graph.names.map((_, index) => reach[index]?.[index] === true);
        const cycles = findCycles(asInput(graph));
        const edgeSet = new Set(graph.pairs.map(([a, b]) => `${a}>${b}`));

        expect(cycles.length > 0).toBe(onCycle.some(Boolean));
        const used = new Set<number>();
        for (const cycle of cycles) {
          const members = cycle.map(indexOfName);
          expect(new Set(members).size).toBe(members.length);
          members.forEach((member, position) => {
            const next = members[(position + 1) % members.length] as number;
            expect(edgeSet.has(`${member}>${next}`)).toBe(true);
            expect(used.has(member)).toBe(false);
            used.add(member);
          });
        }
        // Every step on a cycle shares a component (mutual reachability) with exactly one
        // reported cycle.
        graph.names.forEach((_, step) => {
          if (!onCycle[step]) return;
          const matching = cycles.filter((cycle) =>
            cycle
              .map(indexOfName)
              .some((m) => m === step || (reach[m]?.[step] && reach[step]?.[m])),
          );
          expect(matching).toHaveLength(1);
        });
      }),
    );
  });

  it('leaves exactly the steps on or behind a cycle unordered', () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        const reach = closure(graph);
        const blocked = graph.names.filter((_, v) =>
          graph.names.some((__, u) => reach[u]?.[u] && (u === v || reach[u]?.[v])),
        );
        const { order, unordered } = topologicalOrder(asInput(graph));
        expect(unordered).toEqual(blocked);
        expect(order.length + unordered.length).toBe(graph.names.length);
      }),
    );
  });
});

describe('topologicalOrder on acyclic graphs', () => {
  it('respects every edge and lists every step once', () => {
    fc.assert(
      fc.property(anyDag, (graph) => {
        const { order, unordered } = topologicalOrder(asInput(graph));
        expect(unordered).toEqual([]);
        expect([...order].sort()).toEqual([...graph.names].sort());
        for (const { from, to } of graph.edges) {
          expect(order.indexOf(from)).toBeLessThan(order.indexOf(to));
        }
        expect(findCycles(asInput(graph))).toEqual([]);
      }),
    );
  });

  it('returns the document order when the document is already in dependency order', () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        const forward = toGraph(
          graph.names.length,
          graph.pairs.filter(([from, to]) => from < to),
        );
        expect(topologicalOrder(asInput(forward)).order).toEqual(graph.names);
      }),
    );
  });

  it('computes ancestors and descendants like the transitive closure', () => {
    fc.assert(
      fc.property(anyGraph, (graph) => {
        const reach = closure(graph);
        const input = asInput(graph);
        graph.names.forEach((name, step) => {
          const up = graph.names.filter((_, other) => other !== step && reach[other]?.[step]);
          const down = graph.names.filter((_, other) => other !== step && reach[step]?.[other]);
          expect([...upstreamOf(input, name)]).toEqual(up);
          expect([...downstreamOf(input, name)]).toEqual(down);
        });
      }),
    );
  });
});
