import { findCycles } from './cycles';
import { type StepEdge, collectEdges } from './edges';
import { type StepNode, flattenDocument } from './flatten';
import {
  type IndexedGraph,
  type TopologicalOrder,
  downstreamOf,
  indexGraph,
  topologicalOrder,
  upstreamOf,
} from './topology';

/** The DAG of a pipeline document: steps (nested ones included), edges and their analysis. */
export interface PipelineGraph {
  /** Every step in document (pre-order) order. */
  readonly nodes: readonly StepNode[];
  /** Edges between known steps. */
  readonly edges: readonly StepEdge[];
  /** Edges from names that are not steps of the document (`DependsOn: ["Typo"]`, ...). */
  readonly unresolved: readonly StepEdge[];
  /** The first step with each name (validation reports duplicates). */
  readonly byName: ReadonlyMap<string, StepNode>;
  /** Dependency order; steps on or behind a cycle are in `unordered`. */
  readonly order: TopologicalOrder;
  /** Each dependency cycle as the ordered step names forming it; see `findCycles`. */
  readonly cycles: readonly string[][];
  /** Edges pointing into a step. */
  incoming(name: string): StepEdge[];
  /** Edges leaving a step. */
  outgoing(name: string): StepEdge[];
  /** Every step `name` depends on, directly or not, in document order. */
  upstream(name: string): Set<string>;
  /** Every step depending on `name`, directly or not, in document order. */
  downstream(name: string): Set<string>;
}

/** Builds the graph of a whole document (`{ Steps: [...] }`), valid or not. Never throws. */
export function createPipelineGraph(document: unknown): PipelineGraph {
  return createPipelineGraphFromNodes(flattenDocument(document));
}

/** Builds the graph of already flattened steps, such as the canvas's nodes. */
export function createPipelineGraphFromNodes(nodes: readonly StepNode[]): PipelineGraph {
  const { edges, unresolved } = collectEdges(nodes);
  const byName = new Map<string, StepNode>();
  for (const node of nodes) {
    if (node.name !== '' && !byName.has(node.name)) byName.set(node.name, node);
  }
  const index: IndexedGraph = indexGraph({ nodes, edges });
  return {
    nodes,
    edges,
    unresolved,
    byName,
    order: topologicalOrder(index),
    cycles: findCycles(index),
    incoming: (name) => edges.filter((edge) => edge.to === name),
    outgoing: (name) => edges.filter((edge) => edge.from === name),
    upstream: (name) => upstreamOf(index, name),
    downstream: (name) => downstreamOf(index, name),
  };
}
