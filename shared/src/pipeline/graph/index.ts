export {
  type Branch,
  type BranchParent,
  type StepNode,
  branchKeys,
  flattenDocument,
  flattenSteps,
  isConditionStep,
} from './flatten';
export { type NestableNode, nestSteps } from './nest';
export {
  type EdgeKind,
  type StepEdge,
  type StepEdges,
  collectEdges,
  scanStepReferences,
} from './edges';
export {
  type GraphInput,
  type IndexedGraph,
  type TopologicalOrder,
  downstreamOf,
  indexGraph,
  topologicalOrder,
  upstreamOf,
} from './topology';
export { findCycles } from './cycles';
export {
  type PipelineGraph,
  createPipelineGraph,
  createPipelineGraphFromNodes,
} from './pipeline-graph';
