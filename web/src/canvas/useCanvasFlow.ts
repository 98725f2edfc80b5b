import {
  type EdgeChange,
  type NodeChange,
  type XYPosition,
  applyEdgeChanges,
  applyNodeChanges,
  useStoreApi,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore, useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import {
  type CanvasNode,
  type EdgeShape,
  type NoteNodeData,
  type NoteShape,
  type PipelineFlowEdge,
  type StepNodeData,
  type StepShape,
  edgeKeysOf,
  edgesFrom,
  noteKeysOf,
  noteNodesFrom,
  parseKeys,
  stepKeysOf,
  stepNodesFrom,
} from './canvas-model';
import { moveOnCanvas } from './canvas-edits';
import { placeUnpositioned } from './fallback-layout';
import { type NodeRef, mergeEdges, mergeNodes, selectionAfter } from './flow-merge';

const noPositions: Record<string, XYPosition> = {};

/** Where a drag or arrow-key move ended, per step name and note id; null while still moving. */
function movesOf(
  changes: NodeChange<CanvasNode>[],
  nodeRef: (nodeId: string) => NodeRef | undefined,
) {
  const moves = {
    steps: {} as Record<string, XYPosition>,
    notes: {} as Record<string, XYPosition>,
  };
  let moved = false;
  for (const change of changes) {
    if (change.type !== 'position' || change.dragging !== false || !change.position) continue;
    const ref = nodeRef(change.id);
    const point = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
    if (ref?.kind === 'step' && ref.name !== '') moves.steps[ref.name] = point;
    else if (ref?.kind === 'note') moves.notes[ref.id] = point;
    else continue;
    moved = true;
  }
  return moved ? moves : null;
}

/** Which step or note a React Flow node id stands for. */
export function useNodeRefs() {
  const flow = useStoreApi<CanvasNode>();
  return useCallback(
    (nodeId: string): NodeRef | undefined => {
      const node = flow.getState().nodeLookup.get(nodeId);
      if (!node) return undefined;
      // Internal nodes lose the union's link between `type` and `data`: restore it.
      const data = node.data as Partial<NoteNodeData & StepNodeData>;
      if (node.type === 'note') return { kind: 'note', id: data.noteId ?? '' };
      return { kind: 'step', name: data.name ?? '' };
    },
    [flow],
  );
}

/**
 * The canvas's nodes and edges, derived from the document and memoized on what they show: the
 * selectors return lists of strings compared item by item, so a keystroke in a field no node
 * shows rebuilds nothing. Selection lives in the store; size measurements and positions during
 * a drag live here until the drop.
 */
export function useCanvasFlow() {
  const store = useDocumentStoreApi();
  const stepKeys = useDocumentStore(useShallow((state) => stepKeysOf(state.document)));
  const noteKeys = useDocumentStore(useShallow((state) => noteKeysOf(state.document)));
  const edgeKeys = useDocumentStore(useShallow((state) => edgeKeysOf(state.document)));
  const selectedSteps = useDocumentStore((state) => state.selection.steps);
  const selectedNotes = useDocumentStore((state) => state.selection.notes);

  const steps = useMemo(() => parseKeys<StepShape>(stepKeys), [stepKeys]);
  const edgeShapes = useMemo(() => parseKeys<EdgeShape>(edgeKeys), [edgeKeys]);
  const fallback = useMemo(
    () =>
      steps.some((step) => !step.position) ? placeUnpositioned(steps, edgeShapes) : noPositions,
    [steps, edgeShapes],
  );
  const baseNodes = useMemo<CanvasNode[]>(
    () => [...noteNodesFrom(parseKeys<NoteShape>(noteKeys)), ...stepNodesFrom(steps, fallback)],
    [noteKeys, steps, fallback],
  );
  const baseEdges = useMemo(() => edgesFrom(edgeShapes), [edgeShapes]);
  const refs = useMemo(
    () =>
      new Map(
        baseNodes.map((node): [string, NodeRef] =>
          node.type === 'note'
            ? [node.id, { kind: 'note', id: node.data.noteId }]
            : [node.id, { kind: 'step', name: node.data.name }],
        ),
      ),
    [baseNodes],
  );

  const [nodes, setNodes] = useState<CanvasNode[]>(() =>
    mergeNodes(baseNodes, [], new Set(selectedSteps), new Set(selectedNotes)),
  );
  const [edges, setEdges] = useState<PipelineFlowEdge[]>(baseEdges);
  const [synced, setSynced] = useState({ baseNodes, baseEdges, selectedSteps, selectedNotes });
  // Derived during render (React's pattern for state that follows props), not in an effect,
  // so React Flow never sees a frame of stale nodes.
  if (
    synced.baseNodes !== baseNodes ||
    synced.selectedSteps !== selectedSteps ||
    synced.selectedNotes !== selectedNotes
  ) {
    setSynced({ baseNodes, baseEdges, selectedSteps, selectedNotes });
    setNodes((previous) =>
      mergeNodes(baseNodes, previous, new Set(selectedSteps), new Set(selectedNotes)),
    );
  }
  if (synced.baseEdges !== baseEdges) {
    setSynced({ baseNodes, baseEdges, selectedSteps, selectedNotes });
    setEdges((previous) => mergeEdges(baseEdges, previous));
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      // Sizes and drag frames stay local; removal goes through onDelete as one document edit.
      const local = changes.filter(
        (change) => change.type === 'dimensions' || change.type === 'position',
      );
      if (local.length > 0) setNodes((previous) => applyNodeChanges(local, previous));
      // The end of a drag (or an arrow-key move): one document edit for every node moved.
      const nodeRef = (nodeId: string) => refs.get(nodeId);
      const moves = movesOf(changes, nodeRef);
      if (moves) store.getState().apply((document) => moveOnCanvas(document, moves));
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      const next = selectionAfter(selects, store.getState().selection, nodeRef);
      if (next) store.getState().select(next);
    },
    [store, refs],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<PipelineFlowEdge>[]) => {
    const selects = changes.filter((change) => change.type === 'select');
    if (selects.length > 0) setEdges((previous) => applyEdgeChanges(selects, previous));
  }, []);

  return { nodes, edges, onNodesChange, onEdgesChange };
}
