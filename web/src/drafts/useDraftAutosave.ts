import { useEffect } from 'react';
import type { DesignerUiStore } from '../designer/designer-ui-store';
import type { DocumentStore } from '../stores/document-store';
import { writeDraft } from './draft-storage';
import { tabId } from './tab-id';

/** Long enough to write once per burst of typing, short enough that a crash loses little. */
const DEBOUNCE_MS = 400;

/**
 * Writes the document as this designer's draft now; says so when the browser refuses, rather
 * than letting the person believe the work is safe.
 */
export function writeCurrentDraft(
  store: DocumentStore,
  ui: DesignerUiStore,
  routeName: string | null,
): void {
  const state = store.getState();
  // A new pipeline keeps its draft in the `new` slot until it is saved and reopened by name.
  const pipelineName = routeName === null ? null : (state.pipelineName ?? routeName);
  const written = writeDraft(localStorage, {
    pipelineName,
    ...(pipelineName === null && { proposedName: ui.getState().proposedName }),
    baseVersion: state.baseVersion,
    document: state.document,
    savedAt: new Date().toISOString(),
    tabId: tabId(),
  });
  if (!written) {
    ui.getState().notify({
      id: 'draft-failed',
      tone: 'warning',
      text: 'This browser refused to keep a local draft (storage full or disabled). Save to the server to keep your changes.',
    });
  }
}

/**
 * Keeps a local draft of the document while it has unsaved edits: a subscriber on the stores
 * (actions stay free of side effects), debounced, and flushed when the page is hidden or the
 * designer closes so a reload right after a keystroke keeps it. Starts only once the pipeline
 * has been opened, so loading and restoring never write.
 */
export function useDraftAutosave(
  store: DocumentStore,
  ui: DesignerUiStore,
  routeName: string | null,
  active: boolean,
): void {
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      if (store.getState().dirty) writeCurrentDraft(store, ui, routeName);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(write, DEBOUNCE_MS);
    };
    const flush = () => {
      if (timer !== undefined) write();
    };

    const unsubscribeDocument = store.subscribe((state, previous) => {
      if (state.document !== previous.document && state.dirty) schedule();
    });
    const unsubscribeName = ui.subscribe((state, previous) => {
      if (state.proposedName !== previous.proposedName && store.getState().dirty) schedule();
    });
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      unsubscribeDocument();
      unsubscribeName();
      window.removeEventListener('pagehide', flush);
    };
  }, [store, ui, routeName, active]);
}
