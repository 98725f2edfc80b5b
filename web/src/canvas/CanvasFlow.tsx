import { type Connection, ReactFlow, SelectionMode, useStore } from '@xyflow/react';
import { type ReactNode, memo } from 'react';
import type { CanvasNode, PipelineFlowEdge } from './canvas-model';
import { DetailLevel, showsDetail } from './detail-level';
import { edgeTypes, nodeTypes } from './node-types';
import { useCanvasFlow } from './useCanvasFlow';

const deleteKeys = ['Delete', 'Backspace'];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const fitViewOptions = { padding: 0.15, maxZoom: 1 };

/**
 * React Flow with the canvas's nodes and edges. The nodes live here, not in `PipelineCanvas`:
 * every frame of a drag changes them, and only this component re-renders for it. The overlays
 * come in as `children` made by the parent, so a drag frame leaves them alone.
 */
export const CanvasFlow = memo(function CanvasFlow({
  onConnect,
  onDelete,
  onPaneClick,
  children,
}: {
  onConnect: (connection: Connection) => void;
  onDelete: (deleted: { nodes: CanvasNode[]; edges: PipelineFlowEdge[] }) => void;
  onPaneClick: () => void;
  children: ReactNode;
}) {
  const { nodes, edges, onNodesChange, onEdgesChange } = useCanvasFlow();
  const detailed = useStore(showsDetail);
  return (
    <DetailLevel.Provider value={detailed}>
      <ReactFlow<CanvasNode, PipelineFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDelete={onDelete}
        onPaneClick={onPaneClick}
        deleteKeyCode={deleteKeys}
        multiSelectionKeyCode={multiSelectKeys}
        selectionKeyCode="Shift"
        selectionMode={SelectionMode.Partial}
        zoomOnDoubleClick={false}
        connectionRadius={28}
        minZoom={0.1}
        maxZoom={2}
        fitView
        fitViewOptions={fitViewOptions}
        colorMode="system"
        attributionPosition="bottom-left"
      >
        {children}
      </ReactFlow>
    </DetailLevel.Provider>
  );
});
