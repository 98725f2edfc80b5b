import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { NOTE_ID_PREFIX, NOTE_SIZE } from './canvas-model';
import { freeSpot } from './fallback-layout';
import { addNote, newNoteId } from './notes';
import { useCanvasCenter } from './useAddStep';

/** Adds an empty sticky note in the middle of the view, selects it and puts the cursor in it. */
export function useAddNote() {
  const store = useDocumentStoreApi();
  const flow = useStoreApi();
  const { screenToFlowPosition, getNodes } = useReactFlow();
  const canvasCenter = useCanvasCenter();
  return useCallback(() => {
    const center = screenToFlowPosition(canvasCenter());
    const { document } = store.getState();
    const id = newNoteId(document);
    // In the middle of the view, below whatever is already there, so it covers no step.
    const position = freeSpot(
      {
        x: Math.round(center.x - NOTE_SIZE.width / 2),
        y: Math.round(center.y - NOTE_SIZE.height / 2),
      },
      getNodes().map((node) => node.position),
    );
    store.getState().apply((current) => addNote(current, { id, text: '', position }));
    store.getState().select({ steps: [], notes: [id] });
    // The note's text box exists once React Flow has rendered the new node: next frame.
    requestAnimationFrame(() => {
      const selector = `[data-id="${CSS.escape(`${NOTE_ID_PREFIX}${id}`)}"] textarea`;
      flow.getState().domNode?.querySelector<HTMLTextAreaElement>(selector)?.focus();
    });
  }, [store, flow, screenToFlowPosition, getNodes, canvasCenter]);
}
