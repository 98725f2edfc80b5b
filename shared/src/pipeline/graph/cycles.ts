import { type GraphInput, type IndexedGraph, indexed } from './topology';

/**
 * Finds the dependency cycles of a graph: one cycle per group of steps that all reach each other
 * (a strongly connected component), so a knot of steps is reported once rather than as every
 * loop through it. Each cycle is the ordered list of steps forming it, starting at the earliest
 * in the document and taking the shortest way back: `['A', 'B', 'C']` reads "A → B → C → A".
 * A step that depends on itself is the cycle `['A']`. Cycles are listed in document order.
 */
export function findCycles(graph: GraphInput | IndexedGraph): string[][] {
  const index = indexed(graph);
  const loops: number[][] = [];
  for (const component of stronglyConnected(index.successors)) {
    const start = Math.min(...component);
    const loop = shortestLoop(start, new Set(component), index.successors);
    if (loop) loops.push(loop);
  }
  return loops
    .sort((a, b) => (a[0] as number) - (b[0] as number))
    .map((loop) => loop.map((at) => index.names[at] as string));
}

/** Breadth-first search from `start` back to itself, staying inside its component. */
function shortestLoop(start: number, members: Set<number>, successors: number[][]) {
  const cameFrom = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as number;
    for (const next of successors[current] ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [current];
        for (let at = current; at !== start;) {
          at = cameFrom.get(at) as number;
          path.push(at);
        }
        return path.reverse();
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, current);
      queue.push(next);
    }
  }
  return null;
}

/** Tarjan's algorithm, iterative so deep chains cannot overflow the call stack. */
function stronglyConnected(successors: number[][]): number[][] {
  const order = new Array<number>(successors.length).fill(-1);
  const low = new Array<number>(successors.length).fill(0);
  const onStack = new Array<boolean>(successors.length).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  for (let root = 0; root < successors.length; root++) {
    if (order[root] !== -1) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { node: number; next: number };
      const { node } = frame;
      const target = successors[node]?.[frame.next];
      if (target !== undefined) {
        frame.next++;
        if (order[target] === -1) {
          order[target] = low[target] = counter++;
          stack.push(target);
          onStack[target] = true;
          frames.push({ node: target, next: 0 });
        } else if (onStack[target]) {
          low[node] = Math.min(low[node] as number, order[target] as number);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node] as number, low[node] as number);
      if (low[node] !== order[node]) continue;
      const component: number[] = [];
      let member: number;
      do {
        member = stack.pop() as number;
        onStack[member] = false;
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  }
  return components;
}
