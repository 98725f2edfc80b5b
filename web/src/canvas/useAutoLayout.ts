import {
  type NodePositionChange,
  type XYPosition,
  useNodesInitialized,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { moveOnCanvas } from './canvas-edits';
import {
  type CanvasNode,
  type PipelineFlowEdge,
  STEP_NODE_SIZE,
  needsLayout,
  stepKeysOf,
} from './canvas-model';
import { LARGE_GRAPH_NODES } from './layout-graph';
import { applyInSlices } from './time-slices';
import { useLayoutWorker } from './useLayoutWorker';

/**
 * Tidy moves the nodes on screen a slice at a time, each slice a task of its own: React Flow
 * re-renders every moved node with its edges, and a thousand at once would freeze the page for
 * a fifth of a second. Slices aim at 20 ms, leaving room under the 50 ms of a long task for a
 * garbage collection that lands in one; the first is small because the first move of a session
 * costs more than the rest.
 */
const MOVE_SLICES = { budgetMs: 20, firstSize: 20, maxSize: 400 };

/**
 * Auto-layout through the worker: `tidy()` lays out every step as one undoable edit, and a
 * document whose steps have no positions at all (a SageMaker definition, say) is laid out as
 * soon as its nodes are measured. That first layout completes the opening of the document, so
 * it is not an undo step and does not mark the document as edited.
 */
export function useAutoLayout(onProblem: (message: string) => void) {
  const store = useDocumentStoreApi();
  const { layout, warmUp } = useLayoutWorker();
  const { getNodes, getEdges, fitView } = useReactFlow<CanvasNode, PipelineFlowEdge>();
  const [busy, setBusy] = useState(false);

  /** Where the worker puts each step node, as it lays out what is on screen now. */
  const computeLayout = useCallback(async () => {
    const steps = getNodes().filter((node) => node.type === 'step');
    const byNode = await layout({
      nodes: steps.map((node) => ({
        id: node.id,
        width: node.measured?.width ?? STEP_NODE_SIZE.width,
        height: node.measured?.height ?? STEP_NODE_SIZE.height,
      })),
      edges: getEdges().map((edge) => ({ source: edge.source, target: edge.target })),
    });
    const byName: Record<string, XYPosition> = {};
    for (const node of steps) {
      const position = byNode[node.id];
      if (position && node.data.name !== '') byName[node.data.name] = position;
    }
    return { byNode, byName };
  }, [getNodes, getEdges, layout]);

  /** Moves the nodes on screen in slices, before the one document edit that keeps the positions. */
  const flow = useStoreApi<CanvasNode>();
  const moveInSlices = useCallback(
    (byNode: Record<string, XYPosition>) =>
      applyInSlices(
        Object.entries(byNode).map(([id, position]): NodePositionChange => ({
          type: 'position',
          id,
          position,
        })),
        // Rendered before it returns, so the time a slice takes is its own.
        (slice) => flushSync(() => flow.getState().triggerNodeChanges(slice)),
        MOVE_SLICES,
      ),
    [flow],
  );

  const large = useDocumentStore((state) => stepKeysOf(state.document).length >= LARGE_GRAPH_NODES);

  const fitSoon = useCallback(() => {
    // After React Flow has the new positions: one frame later. A large pipeline jumps there:
    // each frame of a glide redraws every step, and a frame of a thousand is a long one.
    requestAnimationFrame(() => void fitView({ padding: 0.15, duration: large ? 0 : 250 }));
  }, [fitView, large]);

  const tidy = useCallback(async () => {
    setBusy(true);
    try {
      const { byNode, byName } = await computeLayout();
      await moveInSlices(byNode);
      store.getState().apply((document) => moveOnCanvas(document, { steps: byName, notes: {} }));
      fitSoon();
    } catch (error) {
      onProblem(`Tidy layout failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }, [computeLayout, moveInSlices, fitSoon, onProblem, store]);

  const unplaced = useDocumentStore((state) => needsLayout(state.document));
  const measured = useNodesInitialized();
  const requestedFor = useRef<unknown>(null);
  useEffect(() => {
    if (!unplaced || !measured) return;
    const requested = store.getState().document;
    if (requestedFor.current === requested) return;
    requestedFor.current = requested;
    const layOut = async () => {
      const { byNode, byName } = await computeLayout();
      // Someone placed steps meanwhile (a drag, a Tidy): theirs wins.
      if (!needsLayout(store.getState().document)) return;
      await moveInSlices(byNode);
      const state = store.getState();
      if (!needsLayout(state.document)) return;
      const wasDirty = state.dirty;
      const history = store.temporal.getState();
      history.pause();
      state.apply((document) => moveOnCanvas(document, { steps: byName, notes: {} }));
      history.resume();
      if (!wasDirty) store.setState({ dirty: false });
      fitSoon();
    };
    layOut().catch((error: unknown) =>
      onProblem(`Auto-layout failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }, [unplaced, measured, computeLayout, moveInSlices, fitSoon, onProblem, store]);

  // A large pipeline's first Tidy would also wait for the worker to start and ELK to warm up:
  // that happens once the page is idle instead.
  useEffect(() => {
    if (!large) return;
    return whenIdle(warmUp);
  }, [large, warmUp]);

  return { tidy, busy };
}

/** Runs `task` when the page is idle (soon, where the browser cannot tell); answers a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 500);
  return () => clearTimeout(timer);
}
