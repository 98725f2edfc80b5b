import { isKnownStepType } from '@pipewright/shared';
import type { Connection } from '@xyflow/react';
import { type DragEvent, useCallback } from 'react';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { type CanvasDeletion, connectHandles, deleteFromCanvas } from './canvas-edits';
import type { CanvasNode, PipelineFlowEdge } from './canvas-model';
import { STEP_TYPE_MIME } from './step-drag';
import { useAddStep } from './useAddStep';
import { useNodeRefs } from './useCanvasFlow';

/**
 * What the canvas's gestures do to the document, each one edit (one undo step): connect
 * (by dragging, or `connect` from the keyboard), delete, and drop a step type from the palette. A refused connection calls
 * `onRefused` with the reason and changes nothing.
 */
export function useCanvasEdits(onRefused: (reason: string | null) => void) {
  const store = useDocumentStoreApi();
  const nodeRef = useNodeRefs();
  const addStep = useAddStep();

  /** Connects two nodes from a source handle; answers false when refused (and says why). */
  const connect = useCallback(
    (sourceId: string, targetId: string, sourceHandle: string | null | undefined) => {
      const source = nodeRef(sourceId);
      const target = nodeRef(targetId);
      if (source?.kind !== 'step' || target?.kind !== 'step') return false;
      const result = connectHandles(store.getState().document, {
        source: source.name,
        target: target.name,
        sourceHandle,
      });
      if (!result.ok) {
        onRefused(result.reason);
        return false;
      }
      onRefused(null);
      store.getState().apply(() => result.document);
      return true;
    },
    [nodeRef, onRefused, store],
  );

  const onConnect = useCallback(
    (connection: Connection) =>
      void connect(connection.source, connection.target, connection.sourceHandle),
    [connect],
  );

  const onDelete = useCallback(
    ({ nodes, edges }: { nodes: CanvasNode[]; edges: PipelineFlowEdge[] }) => {
      const gone = new Set(nodes.map((node) => node.id));
      const deletion: CanvasDeletion = {
        steps: nodes.flatMap((node) => (node.type === 'step' ? [node.data.name] : [])),
        notes: nodes.flatMap((node) => (node.type === 'note' ? [node.data.noteId] : [])),
        // Edges of deleted steps go with them; only edges deleted on their own are undone here.
        edges: edges.flatMap((edge) => {
          const from = nodeRef(edge.source);
          const to = nodeRef(edge.target);
          if (gone.has(edge.source) || gone.has(edge.target) || !edge.data) return [];
          if (from?.kind !== 'step' || to?.kind !== 'step') return [];
          return [{ kind: edge.data.kind, from: from.name, to: to.name }];
        }),
      };
      store.getState().apply((document) => deleteFromCanvas(document, deletion));
      if (nodes.length > 0) store.getState().select({ steps: [], notes: [] });
    },
    [nodeRef, store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(STEP_TYPE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(STEP_TYPE_MIME);
      if (!isKnownStepType(type)) return;
      event.preventDefault();
      addStep(type, { x: event.clientX, y: event.clientY });
    },
    [addStep],
  );

  return { connect, onConnect, onDelete, onDragOver, onDrop };
}
