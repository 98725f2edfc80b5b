import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { moveOnCanvas } from './canvas-edits';
import {
  type CanvasNode,
  type PipelineFlowEdge,
  STEP_NODE_SIZE,
  needsLayout,
} from './canvas-model';
import { useLayoutWorker } from './useLayoutWorker';

/**
 * Auto-layout through the worker: `tidy()` lays out every step as one undoable edit, and a
 * document whose steps have no positions at all (a SageMaker definition, say) is laid out as
 * soon as its nodes are measured. That first layout completes the opening of the document, so
 * it is not an undo step and does not mark the document as edited.
 */
export function useAutoLayout(onProblem: (message: string) => void) {
  const store = useDocumentStoreApi();
  const layout = useLayoutWorker();
  const { getNodes, getEdges, fitView } = useReactFlow<CanvasNode, PipelineFlowEdge>();
  const [busy, setBusy] = useState(false);

  /** Step positions by step name, as the worker lays out what is on screen now. */
  const computeLayout = useCallback(async () => {
    const steps = getNodes().filter((node) => node.type === 'step');
    const positions = await layout({
      nodes: steps.map((node) => ({
        id: node.id,
        width: node.measured?.width ?? STEP_NODE_SIZE.width,
        height: node.measured?.height ?? STEP_NODE_SIZE.height,
      })),
      edges: getEdges().map((edge) => ({ source: edge.source, target: edge.target })),
    });
    const byName: Record<string, { x: number; y: number }> = {};
    for (const node of steps) {
      const position = positions[node.id];
      if (position && node.data.name !== '') byName[node.data.name] = position;
    }
    return byName;
  }, [getNodes, getEdges, layout]);

  const fitSoon = useCallback(() => {
    // After React Flow has the new positions: one frame later.
    requestAnimationFrame(() => void fitView({ padding: 0.15, duration: 250 }));
  }, [fitView]);

  const tidy = useCallback(async () => {
    setBusy(true);
    try {
      const positions = await computeLayout();
      store.getState().apply((document) => moveOnCanvas(document, { steps: positions, notes: {} }));
      fitSoon();
    } catch (error) {
      onProblem(`Tidy layout failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }, [computeLayout, fitSoon, onProblem, store]);

  const unplaced = useDocumentStore((state) => needsLayout(state.document));
  const measured = useNodesInitialized();
  const requestedFor = useRef<unknown>(null);
  useEffect(() => {
    if (!unplaced || !measured) return;
    const requested = store.getState().document;
    if (requestedFor.current === requested) return;
    requestedFor.current = requested;
    computeLayout()
      .then((positions) => {
        const state = store.getState();
        // Someone placed steps meanwhile (a drag, a Tidy): theirs wins.
        if (!needsLayout(state.document)) return;
        const wasDirty = state.dirty;
        const history = store.temporal.getState();
        history.pause();
        state.apply((document) => moveOnCanvas(document, { steps: positions, notes: {} }));
        history.resume();
        if (!wasDirty) store.setState({ dirty: false });
        fitSoon();
      })
      .catch((error: unknown) =>
        onProblem(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  }, [unplaced, measured, computeLayout, fitSoon, onProblem, store]);

  return { tidy, busy };
}
