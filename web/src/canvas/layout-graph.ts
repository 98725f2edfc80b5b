import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';

/** What the layout needs: node sizes (as measured on screen) and which node runs before which. */
export interface LayoutRequest {
  nodes: { id: string; width: number; height: number }[];
  edges: { source: string; target: string }[];
}

/** Top-left corner per node id, in canvas coordinates. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

/** The message the page sends the layout worker, and its answers. */
export interface LayoutJob {
  id: number;
  request: LayoutRequest;
}
export type LayoutAnswer =
  { id: number; positions: LayoutPositions } | { id: number; error: string };

/**
 * Left to right, in layers. Edges are routed as plain polylines: the canvas draws its own curves,
 * and ELK's orthogonal routing costs several times as much on big graphs. Model-order options
 * are left out on purpose: on a 1,000-step pipeline they take ELK from about a second to tens
 * of seconds. ELK is deterministic, so tidying twice gives the same picture.
 */
export const layoutOptions: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.componentComponent': '70',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/**
 * From this many nodes on, ELK tries fewer orderings to reduce crossings (thoroughness 3, not
 * its default 7): on 1,000 steps that halves its time, while on random DAGs of up to 65 nodes
 * the lower setting drew about 5 % more crossings, which smaller pipelines need not pay.
 */
export const LARGE_GRAPH_NODES = 300;

/**
 * The ELK graph for a request. Edges to unknown nodes, self-edges and repeats (a DependsOn beside
 * a data reference between the same steps) are left out: they add nothing to the layering.
 */
export function toElkGraph(request: LayoutRequest): ElkNode {
  const ids = new Set(request.nodes.map((node) => node.id));
  const seen = new Set<string>();
  const edges = request.edges.flatMap((edge) => {
    const key = JSON.stringify([edge.source, edge.target]);
    if (edge.source === edge.target || !ids.has(edge.source) || !ids.has(edge.target)) return [];
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ id: `e${seen.size}`, sources: [edge.source], targets: [edge.target] }];
  });
  return {
    id: 'root',
    layoutOptions:
      request.nodes.length >= LARGE_GRAPH_NODES
        ? { ...layoutOptions, 'elk.layered.thoroughness': '3' }
        : layoutOptions,
    children: request.nodes.map((node) => ({
      id: node.id,
      width: node.width,
      height: node.height,
    })),
    edges,
  };
}

/** Node positions from ELK's answer, rounded to whole pixels. */
export function positionsFromElk(graph: ElkNode): LayoutPositions {
  const positions: LayoutPositions = {};
  for (const child of graph.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return positions;
}

/**
 * A warm-up job for a new worker: a layered graph as large as the smallest "large" one (ten
 * steps per layer, each after two of the layer before), so ELK's code is compiled, with the
 * options a large graph gets, before a large Tidy needs it.
 */
export function warmUpRequest(): LayoutRequest {
  const lanes = 10;
  const id = (index: number) => `warm${index}`;
  const nodes = Array.from({ length: LARGE_GRAPH_NODES }, (_, index) => ({
    id: id(index),
    width: 264,
    height: 60,
  }));
  const edges: LayoutRequest['edges'] = [];
  for (let index = lanes; index < LARGE_GRAPH_NODES; index++) {
    const previousLayer = index - (index % lanes) - lanes;
    edges.push({ source: id(index - lanes), target: id(index) });
    edges.push({ source: id(previousLayer + ((index + 1) % lanes)), target: id(index) });
  }
  return { nodes, edges };
}

/** Runs one layout with an ELK instance: the worker's whole job, and testable without one. */
export async function runLayout(
  elk: { layout(graph: ElkNode): Promise<ElkNode> },
  request: LayoutRequest,
): Promise<LayoutPositions> {
  return positionsFromElk(await elk.layout(toElkGraph(request)));
}
