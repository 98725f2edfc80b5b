import {
  Background,
  BackgroundVariant,
  type EdgeTypes,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { PipelineDocument } from '@pipewright/shared';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { withNodeBoundary } from '../canvas/NodeErrorBoundary';
import { PipelineEdge } from '../canvas/PipelineEdge';
import type { PipelineFlowEdge, StepFlowNode } from '../canvas/canvas-model';
import { ExecutionStepNode } from './ExecutionStepNode';
import {
  DecorationStoreContext,
  createDecorationStore,
  stableDecorations,
} from './decoration-store';
import { NODE_SIZE, graphEdges, graphNodes, graphShapes } from './graph-model';
import { centreToShow } from './keep-in-view';
import type { StepDecoration } from './step-decoration';
import { useGraphLayout } from './useGraphLayout';
import '../canvas/canvas-tokens.css';
import '../canvas/canvas.css';
import '../runs/tone-tokens.css';
import './execution-graph.css';

const nodeTypes: NodeTypes = {
  step: withNodeBoundary(ExecutionStepNode, (props) => `Step ${props.data.name || '(unnamed)'}`),
};
const edgeTypes: EdgeTypes = { pipeline: PipelineEdge };
const fitViewOptions = { padding: 0.2, maxZoom: 1 };

export interface ExecutionGraphProps {
  document: PipelineDocument;
  decorations: Record<string, StepDecoration>;
  selectedStep?: string;
  onStepClick?: (name: string) => void;
  /** Set in pick mode: steps show as toggles, these ones pressed. */
  pickedSteps?: ReadonlySet<string>;
  ariaLabel: string;
}

/**
 * A read-only graph of a pipeline document, each step decorated (status, badges, dimming) by
 * the caller: the execution page shows a run, the compare page shows differences. Positions
 * come from the designer's saved layout, else from ELK in a worker.
 */
export function ExecutionGraph(props: ExecutionGraphProps) {
  return (
    <ReactFlowProvider>
      <GraphFlow {...props} />
    </ReactFlowProvider>
  );
}

function GraphFlow({
  document,
  decorations,
  selectedStep,
  onStepClick,
  pickedSteps,
  ariaLabel,
}: ExecutionGraphProps) {
  const [store] = useState(createDecorationStore);
  useLayoutEffect(() => {
    store.setState((state) => ({
      decorations: stableDecorations(state.decorations, decorations),
      selectedStep,
      pickedSteps,
      onStepClick,
    }));
  }, [store, decorations, selectedStep, pickedSteps, onStepClick]);

  const shapes = useMemo(() => graphShapes(document), [document]);
  const { positions, version } = useGraphLayout(shapes.steps, shapes.edges);
  const nodes = useMemo(() => graphNodes(shapes.steps, positions), [shapes, positions]);
  const edges = useMemo(() => graphEdges(shapes.edges), [shapes]);

  return (
    <DecorationStoreContext.Provider value={store}>
      <section className="pw-xgraph" aria-label={ariaLabel}>
        <ReactFlow<StepFlowNode, PipelineFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          minZoom={0.1}
          maxZoom={2}
          fitView
          fitViewOptions={fitViewOptions}
          colorMode="system"
          attributionPosition="bottom-left"
        >
          <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
          <FitAfterLayout version={version} />
          <ShowSelected selectedStep={selectedStep} />
        </ReactFlow>
      </section>
    </DecorationStoreContext.Provider>
  );
}

/** Fits the view again when the worker's layout replaces the quick one. */
function FitAfterLayout({ version }: { version: number }) {
  const { fitView } = useReactFlow();
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (initialized) void fitView(fitViewOptions);
  }, [fitView, initialized, version]);
  return null;
}

/**
 * Brings the selected step into view: a drawer opening beside the graph narrows it, which can
 * hide the very step just clicked. Only pans, at the zoom the user had, and only when the step
 * is off screen; re-fitting would shrink the whole graph into the narrower space. Waits two
 * frames so the new width is measured first.
 */
function ShowSelected({ selectedStep }: { selectedStep: string | undefined }) {
  const flow = useReactFlow();
  const store = useStoreApi();
  useEffect(() => {
    if (selectedStep === undefined) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const node = flow.getInternalNode(selectedStep);
        if (!node) return;
        const viewport = flow.getViewport();
        const { width, height } = store.getState();
        const box = {
          ...node.internals.positionAbsolute,
          width: node.measured.width ?? NODE_SIZE.width,
          height: node.measured.height ?? NODE_SIZE.height,
        };
        const centre = centreToShow(box, viewport, { width, height });
        if (!centre) return;
        const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        void flow.setCenter(centre.x, centre.y, { zoom: viewport.zoom, duration: still ? 0 : 200 });
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, store, selectedStep]);
  return null;
}
