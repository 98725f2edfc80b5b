import type { PipelineDocument } from '@pipewright/shared';
import type { XYPosition } from '@xyflow/react';
import {
  type EdgeShape,
  type PipelineFlowEdge,
  type StepFlowNode,
  type StepShape,
  edgeKeysOf,
  edgesFrom,
  parseKeys,
  stepKeysOf,
} from '../canvas/canvas-model';

/** A node's box for layout: the CSS gives `.pw-xstep` this size. */
export const NODE_SIZE = { width: 264, height: 64 };

/** The steps (with saved canvas positions, if any) and edges of a document, as the designer sees them. */
export function graphShapes(document: PipelineDocument): {
  steps: StepShape[];
  edges: EdgeShape[];
} {
  return {
    steps: parseKeys<StepShape>(stepKeysOf(document)),
    edges: parseKeys<EdgeShape>(edgeKeysOf(document)),
  };
}

/** Read-only nodes: nothing drags, connects or deletes, and the step's button takes focus. */
export function graphNodes(
  steps: readonly StepShape[],
  positions: Readonly<Record<string, XYPosition>>,
): StepFlowNode[] {
  return steps.map((shape) => ({
    id: shape.id,
    type: 'step',
    position: shape.position ?? positions[shape.id] ?? { x: 0, y: 0 },
    data: { name: shape.name, stepType: shape.type, displayName: shape.displayName },
    draggable: false,
    connectable: false,
    deletable: false,
    selectable: false,
    focusable: false,
  }));
}

/** The designer's edges, made read-only. */
export function graphEdges(edges: readonly EdgeShape[]): PipelineFlowEdge[] {
  return edgesFrom(edges).map((edge) => ({
    ...edge,
    deletable: false,
    selectable: false,
    focusable: false,
  }));
}
