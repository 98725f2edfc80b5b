import { useEffect, useEffectEvent } from 'react';
import { useDocumentStoreApi, useUndoRedo } from '../stores/DocumentStoreProvider';
import { extensionOf, flattenDocument } from '@pipewright/shared';
import { isEditableTarget } from './editable-target';

export interface ShortcutActions {
  openFind(): void;
  openQuickAdd(): void;
  openHelp(): void;
  tidy(): void;
  /** Keyboard connect mode, from the focused or selected step. */
  startConnect(): void;
  /** Closes menus; answers false when none was open (Escape then clears the selection). */
  closeOverlays(): boolean;
}

/**
 * The canvas's keyboard shortcuts (listed in `shortcuts.ts`), on the whole page so they work
 * wherever focus is, except while typing: text fields, notes and the code editor keep their
 * own keys. Delete and Backspace are React Flow's; copy and paste are `useClipboard`'s.
 */
export function useCanvasShortcuts(actions: ShortcutActions) {
  const store = useDocumentStoreApi();
  const { undo, redo } = useUndoRedo();

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isEditableTarget(event.target)) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const handled = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if (mod && !event.altKey) {
      if (key === 'z' && !event.shiftKey) return handled(undo);
      if ((key === 'z' && event.shiftKey) || key === 'y') return handled(redo);
      if (key === 'f') return handled(actions.openFind);
      if (key === 'a') return handled(() => selectAll(store));
      return;
    }
    if (event.shiftKey && event.altKey && event.code === 'KeyT') return handled(actions.tidy);
    if (event.altKey || mod) return;
    if (event.key === '?') return handled(actions.openHelp);
    if (key === 'a' && !event.shiftKey) return handled(actions.openQuickAdd);
    if (key === 'c' && !event.shiftKey) return handled(actions.startConnect);
    if (event.key === 'Escape' && !actions.closeOverlays()) {
      store.getState().select({ steps: [], notes: [] });
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

function selectAll(store: ReturnType<typeof useDocumentStoreApi>) {
  const { document } = store.getState();
  store.getState().select({
    steps: flattenDocument(document)
      .map((node) => node.name)
      .filter((name) => name !== ''),
    notes: (extensionOf(document).notes ?? []).map((note) => note.id),
  });
}
