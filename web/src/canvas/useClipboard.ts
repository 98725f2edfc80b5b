import { useReactFlow } from '@xyflow/react';
import { useEffect, useEffectEvent, useRef } from 'react';
import { removeSteps } from '@pipewright/shared';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { copySteps, pasteSteps, readCopiedSteps } from './clipboard-format';
import { hasTextSelection, isEditableTarget } from './editable-target';
import { useCanvasCenter } from './useAddStep';

/** How far each paste of the same steps lands from the last one. */
const PASTE_OFFSET = 40;

/**
 * Copy, cut and paste of steps as JSON on the system clipboard, so it also works between tabs
 * and into a text editor. It listens to the clipboard events themselves (Ctrl+C / Ctrl+X /
 * Ctrl+V), which need no clipboard permission. When the browser gives a paste no text, the steps
 * copied in this tab are pasted from memory. Text fields and selected text keep their own
 * behaviour, and clipboard text that is not steps (a whole pipeline, say) is left for the import.
 */
export function useClipboard() {
  const store = useDocumentStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const canvasCenter = useCanvasCenter();
  const memory = useRef<string | null>(null);
  const lastPaste = useRef({ text: '', count: 0 });

  const copy = useEffectEvent((event: ClipboardEvent, cut: boolean) => {
    if (isEditableTarget(event.target) || hasTextSelection()) return;
    const { document, selection } = store.getState();
    const copied = copySteps(document, selection.steps);
    if (!copied) return;
    const text = JSON.stringify(copied, null, 2);
    memory.current = text;
    if (event.clipboardData) {
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    }
    if (cut) {
      store.getState().apply((current) => removeSteps(current, selection.steps));
      store.getState().select({ steps: [], notes: [] });
    }
  });

  const paste = useEffectEvent((event: ClipboardEvent) => {
    if (isEditableTarget(event.target)) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const source = text !== '' ? text : memory.current;
    const copied = source === null ? null : readCopiedSteps(source);
    if (source === null || copied === null) return;
    event.preventDefault();
    const count = lastPaste.current.text === source ? lastPaste.current.count + 1 : 1;
    lastPaste.current = { text: source, count };
    const origin = screenToFlowPosition(canvasCenter());
    const offset = { x: PASTE_OFFSET * count, y: PASTE_OFFSET * count };
    const { document, names } = pasteSteps(store.getState().document, copied, offset, origin);
    store.getState().apply(() => document);
    store.getState().select({ steps: names, notes: [] });
  });

  useEffect(() => {
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => paste(event);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
