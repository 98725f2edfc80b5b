/**
 * The bare React Flow page of `pnpm bench:canvas`: `?n=300` draws the benchmark's 300 steps as
 * default nodes, controlled the way React Flow's own examples do it, so a drag moves the node.
 */
import { type Edge, type Node, ReactFlow, useEdgesState, useNodesState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { benchSteps } from '../canvas-graph';

const steps = benchSteps(Number(new URLSearchParams(location.search).get('n') ?? 300));
const initialNodes: Node[] = steps.map((step) => ({
  id: step.name,
  position: step.position,
  data: { label: step.name },
}));
const initialEdges: Edge[] = steps.flatMap((step) =>
  step.dependsOn.map((source) => ({ id: `${source}->${step.name}`, source, target: step.name })),
);

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
    />
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
