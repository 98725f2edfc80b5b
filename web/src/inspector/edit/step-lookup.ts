import { type PipelineDocument, type StepNode, flattenDocument } from '@pipewright/shared';

const nodesCache = new WeakMap<PipelineDocument, Map<string, StepNode>>();

/**
 * The step node (raw step and pointer) of a name, from a per-document index: selectors call this
 * on every store change, so it must not flatten the document each time.
 */
export function findStepNode(document: PipelineDocument, name: string): StepNode | undefined {
  let byName = nodesCache.get(document);
  if (!byName) {
    byName = new Map();
    for (const node of flattenDocument(document)) {
      if (!byName.has(node.name)) byName.set(node.name, node);
    }
    nodesCache.set(document, byName);
  }
  return byName.get(name);
}
