import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { NoteNode } from './NoteNode';
import { PipelineEdge } from './PipelineEdge';
import { StepNode } from './StepNode';
import { withNodeBoundary } from './NodeErrorBoundary';

/** Module constants: React Flow remounts every node when these objects change identity. */
export const nodeTypes: NodeTypes = {
  step: withNodeBoundary(StepNode, (props) => `Step ${props.data.name || '(unnamed)'}`),
  note: withNodeBoundary(NoteNode, () => 'This note'),
};

export const edgeTypes: EdgeTypes = { pipeline: PipelineEdge };
