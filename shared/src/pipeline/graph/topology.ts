/** The minimum the graph algorithms need: named nodes in document order and directed edges. */
export interface GraphInput {
  nodes: readonly { name: string }[];
  edges: readonly { from: string; to: string }[];
}

/** A graph indexed by document position; names are unique, non-empty, in document order. */
export interface IndexedGraph {
  names: string[];
  indexOf: Map<string, number>;
  /** Successor indices of each node, ascending, without duplicates. */
  successors: number[][];
  predecessors: number[][];
}

/**
 * Indexes a graph by name. Nameless nodes, repeated names (the first one counts) and edges
 * touching unknown names are ignored: validation reports those separately.
 */
export function indexGraph(graph: GraphInput): IndexedGraph {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  for (const { name } of graph.nodes) {
    if (name === '' || indexOf.has(name)) continue;
    indexOf.set(name, names.length);
    names.push(name);
  }
  const successors = names.map(() => new Set<number>());
  const predecessors = names.map(() => new Set<number>());
  for (const { from, to } of graph.edges) {
    const source = indexOf.get(from);
    const target = indexOf.get(to);
    if (source === undefined || target === undefined) continue;
    successors[source]?.add(target);
    predecessors[target]?.add(source);
  }
  const sorted = (sets: Set<number>[]) => sets.map((set) => [...set].sort((a, b) => a - b));
  return { names, indexOf, successors: sorted(successors), predecessors: sorted(predecessors) };
}

export interface TopologicalOrder {
  /** Every step that can be ordered; each one comes after all its upstream steps. */
  order: string[];
  /** Steps on a cycle or downstream of one, in document order. Empty when acyclic. */
  unordered: string[];
}

/**
 * Kahn's algorithm, stable: whenever several steps are ready, the earliest in the document goes
 * first, so a document already written in dependency order comes back unchanged.
 */
export function topologicalOrder(graph: GraphInput | IndexedGraph): TopologicalOrder {
  const { names, successors, predecessors } = indexed(graph);
  const waiting = predecessors.map((list) => list.length);
  const ready = names.flatMap((_, index) => (waiting[index] === 0 ? [index] : []));
  const done = new Set<number>();
  const order: string[] = [];
  while (ready.length > 0) {
    const next = ready.shift() as number;
    done.add(next);
    order.push(names[next] as string);
    for (const target of successors[next] ?? []) {
      const left = (waiting[target] ?? 0) - 1;
      waiting[target] = left;
      if (left === 0) insertSorted(ready, target);
    }
  }
  const unordered = names.filter((_, index) => !done.has(index));
  return { order, unordered };
}

/** Every step `name` depends on, directly or not, in document order (excluding `name`). */
export function upstreamOf(graph: GraphInput | IndexedGraph, name: string): Set<string> {
  const index = indexed(graph);
  return reachable(index, name, index.predecessors);
}

/** Every step that depends on `name`, directly or not, in document order (excluding `name`). */
export function downstreamOf(graph: GraphInput | IndexedGraph, name: string): Set<string> {
  const index = indexed(graph);
  return reachable(index, name, index.successors);
}

function reachable(graph: IndexedGraph, name: string, next: number[][]): Set<string> {
  const start = graph.indexOf.get(name);
  if (start === undefined) return new Set();
  const seen = new Set<number>([start]);
  const stack = [start];
  while (stack.length > 0) {
    for (const neighbour of next[stack.pop() as number] ?? []) {
      if (seen.has(neighbour)) continue;
      seen.add(neighbour);
      stack.push(neighbour);
    }
  }
  seen.delete(start);
  return new Set([...seen].sort((a, b) => a - b).map((index) => graph.names[index] as string));
}

/** Accepts an already indexed graph to avoid indexing again. */
export function indexed(graph: GraphInput | IndexedGraph): IndexedGraph {
  return 'indexOf' in graph ? graph : indexGraph(graph);
}

function insertSorted(list: number[], value: number) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, value);
}
