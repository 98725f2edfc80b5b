import type { XYPosition } from '@xyflow/react';

/** Room for one step node and the gap to the next column or row. */
export const COLUMN_WIDTH = 320;
export const ROW_HEIGHT = 110;

export interface PlacementNode {
  id: string;
  position: XYPosition | null;
}

export interface PlacementEdge {
  source: string;
  target: string;
}

/**
 * Where to show steps that have no saved position, computed at once on the main thread: used
 * while the worker's real layout is on its way, and for a step that arrives without a position
 * (typed into the JSON view, say) in an already laid-out pipeline. With nothing placed yet, the
 * steps go in columns by dependency depth. Otherwise each missing step goes one column right of
 * its rightmost placed upstream step, or below everything when it has none, moved down until it
 * overlaps nothing. Positioned steps never move.
 */
export function placeUnpositioned(
  nodes: readonly PlacementNode[],
  edges: readonly PlacementEdge[],
): Record<string, XYPosition> {
  const missing = nodes.filter((node) => !node.position).map((node) => node.id);
  if (missing.length === 0) return {};
  const upstream = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const sources = upstream.get(edge.target);
    if (sources) sources.push(edge.source);
    else upstream.set(edge.target, [edge.source]);
  }
  const layers = layersOf(missing, upstream);
  if (missing.length === nodes.length) return grid(missing, layers);

  const placed = new Map<string, XYPosition>();
  for (const node of nodes) if (node.position) placed.set(node.id, node.position);
  const taken = [...placed.values()];
  let bottom = Math.max(...taken.map((point) => point.y)) + ROW_HEIGHT;
  const left = Math.min(...taken.map((point) => point.x));
  const result: Record<string, XYPosition> = {};
  const byDepth = [...missing].sort((a, b) => (layers.get(a) ?? 0) - (layers.get(b) ?? 0));
  for (const id of byDepth) {
    const anchors = (upstream.get(id) ?? []).flatMap((source) => placed.get(source) ?? []);
    let spot: XYPosition = { x: left, y: bottom };
    if (anchors.length > 0) {
      const rightmost = anchors.reduce((best, point) => (point.x > best.x ? point : best));
      spot = { x: rightmost.x + COLUMN_WIDTH, y: rightmost.y };
    }
    while (taken.some((point) => overlaps(point, spot))) spot = { ...spot, y: spot.y + ROW_HEIGHT };
    bottom = Math.max(bottom, spot.y + ROW_HEIGHT);
    placed.set(id, spot);
    taken.push(spot);
    result[id] = spot;
  }
  return result;
}

function overlaps(a: XYPosition, b: XYPosition): boolean {
  return Math.abs(a.x - b.x) < COLUMN_WIDTH - 40 && Math.abs(a.y - b.y) < ROW_HEIGHT - 10;
}

/** Columns by dependency depth, rows in the given order within a column. */
function grid(ids: string[], layers: Map<string, number>): Record<string, XYPosition> {
  const rows = new Map<number, number>();
  const result: Record<string, XYPosition> = {};
  for (const id of ids) {
    const layer = layers.get(id) ?? 0;
    const row = rows.get(layer) ?? 0;
    rows.set(layer, row + 1);
    result[id] = { x: layer * COLUMN_WIDTH, y: row * ROW_HEIGHT };
  }
  return result;
}

/**
 * Each step's depth: 0 without upstream steps among `ids`, else one more than its deepest
 * upstream step (Kahn's algorithm, linear). Steps on a cycle get one more than the deepest
 * step found before it, so a broken document still shows every step.
 */
function layersOf(ids: string[], upstream: Map<string, string[]>): Map<string, number> {
  const members = new Set(ids);
  const waiting = new Map<string, number>();
  const downstream = new Map<string, string[]>();
  for (const id of ids) {
    const sources = (upstream.get(id) ?? []).filter((source) => members.has(source));
    waiting.set(id, sources.length);
    for (const source of sources) {
      const targets = downstream.get(source);
      if (targets) targets.push(id);
      else downstream.set(source, [id]);
    }
  }
  const layers = new Map<string, number>();
  const queue = ids.filter((id) => waiting.get(id) === 0);
  for (const id of queue) layers.set(id, 0);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const next of downstream.get(id) ?? []) {
      layers.set(next, Math.max(layers.get(next) ?? 0, (layers.get(id) ?? 0) + 1));
      const left = (waiting.get(next) ?? 0) - 1;
      waiting.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  const deepest = Math.max(0, ...layers.values());
  for (const id of ids) if (!layers.has(id)) layers.set(id, deepest + 1);
  return layers;
}

/** The first spot at or below `spot` where a step overlaps none of `taken`. */
export function freeSpot(spot: XYPosition, taken: readonly XYPosition[]): XYPosition {
  let free = spot;
  while (taken.some((point) => overlaps(point, free))) free = { ...free, y: free.y + ROW_HEIGHT };
  return free;
}
