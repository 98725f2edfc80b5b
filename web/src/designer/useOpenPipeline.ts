import type { PipelineVersion } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { pipelineQueries } from '../api/pipelines.queries';
import {
  type Draft,
  decideDraft,
  readDraft,
  removeDraft,
  writeDraft,
} from '../drafts/draft-storage';
import { tabId } from '../drafts/tab-id';
import { useDraftAutosave, writeCurrentDraft } from '../drafts/useDraftAutosave';
import { useUnsavedChangesGuard } from '../drafts/useUnsavedChangesGuard';
import { consumePendingImport, readPendingImport } from '../files/pending-import';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { type DocumentStore, emptyDocument } from '../stores/document-store';
import { useOtherTabSaves } from '../versions/useOtherTabSaves';
import { type DesignerUiStore, useDesignerUiApi } from './designer-ui-store';
import { formatTime, loadDocument, replaceDocument } from './load-document';

export type OpenStatus =
  { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

/** A missing pipeline or a refused request will not change on a retry; a server fault may. */
function retryServerFaults(failures: number, error: Error): boolean {
  return !(error instanceof ApiError && error.status < 500) && failures < 1;
}

/**
 * Opens the designer's document: the latest saved version for `/pipelines/:name`, an empty one
 * for `/new`; a local draft with unsaved changes, or a definition imported on the pipelines page,
 * is put on top as one undoable edit and announced. Also runs the designer's session
 * subscribers: the draft autosave, the unsaved-changes guard and other tabs' saves.
 */
export function useOpenPipeline(pipelineName: string | null): OpenStatus {
  const store = useDocumentStoreApi();
  const ui = useDesignerUiApi();
  const detail = useQuery({
    ...pipelineQueries.detail(pipelineName ?? ''),
    enabled: pipelineName !== null,
    retry: retryServerFaults,
    // Only the first answer is opened; later ones must not replace the edited document.
    refetchOnWindowFocus: false,
  });
  // Read during render without side effects, so React's double-run effects in development
  // both see the same import.
  const [pendingImport] = useState(() => (pipelineName === null ? readPendingImport() : null));
  const opened = useRef(false);
  const [ready, setReady] = useState(false);

  // A layout effect: the document is in the store before the browser paints, so a pipeline that
  // is already fetched renders with the page in one go, not as an empty designer first.
  useLayoutEffect(() => {
    if (opened.current) return;
    if (pipelineName === null) {
      openNew(store, ui, pendingImport);
      consumePendingImport();
    } else if (detail.data) {
      openSaved(store, ui, detail.data);
    } else {
      return;
    }
    opened.current = true;
    setReady(true);
  }, [store, ui, pipelineName, detail.data, pendingImport]);

  useDraftAutosave(store, ui, pipelineName, ready);
  useUnsavedChangesGuard(store);
  useOtherTabSaves(store, ui);

  if (ready) return { kind: 'ready' };
  if (detail.isError) {
    const error = detail.error;
    return {
      kind: 'error',
      message:
        error instanceof ApiError && error.status === 404
          ? `There is no pipeline named “${pipelineName}”. It may have been deleted; the pipelines list shows what there is.`
          : `Could not open “${pipelineName}”: ${error.message}`,
    };
  }
  return { kind: 'loading' };
}

function openSaved(store: DocumentStore, ui: DesignerUiStore, latest: PipelineVersion): void {
  const name = latest.PipelineName;
  const draft = readDraft(localStorage, name);
  const decision = decideDraft(draft, { version: latest.Version, document: latest.Definition });
  if (!decision.restore || draft === null) {
    if (draft !== null) removeDraft(localStorage, name);
    loadDocument(store, latest.Definition, { pipelineName: name, version: latest.Version });
    return;
  }
  loadDocument(store, latest.Definition, { pipelineName: name, version: decision.baseVersion });
  replaceDocument(store, draft.document);
  adopt(draft);
  const behind = decision.behindServer
    ? ` They started from version ${decision.baseVersion}; version ${latest.Version} was saved since, so saving will ask first.`
    : '';
  announceRestore(ui, draft.savedAt, behind, () => {
    removeDraft(localStorage, name);
    loadDocument(store, latest.Definition, { pipelineName: name, version: latest.Version });
  });
}

function openNew(
  store: DocumentStore,
  ui: DesignerUiStore,
  pending: ReturnType<typeof readPendingImport>,
): void {
  const draft = readDraft(localStorage, null);
  loadDocument(store, emptyDocument(), { pipelineName: null, version: null });
  if (draft) {
    replaceDocument(store, draft.document);
    ui.getState().setProposedName(draft.proposedName ?? '');
    adopt(draft);
  }
  const discard = () => {
    removeDraft(localStorage, null);
    ui.getState().setProposedName('');
    loadDocument(store, emptyDocument(), { pipelineName: null, version: null });
  };
  if (pending) {
    // On top of the draft, so Undo brings the earlier unsaved pipeline back.
    replaceDocument(store, pending.document);
    ui.getState().setProposedName(pending.name);
    // Written now: the history entry that carried the import forgets it once it is applied.
    writeCurrentDraft(store, ui, null);
    const replaced = draft
      ? ` It replaces an unsaved new pipeline from ${formatTime(draft.savedAt)}; Undo brings that back.`
      : '';
    ui.getState().notify({
      id: 'opened',
      tone: 'info',
      text: `Opened ${pending.fileName} as a new pipeline. Save it to keep it.${replaced}`,
    });
  } else if (draft) {
    announceRestore(ui, draft.savedAt, '', discard);
  }
}

/**
 * The tab that restores a draft owns it from then on, so its save clears it even before any
 * new edit (a save only clears the drafts its own tab wrote).
 */
function adopt(draft: Draft): void {
  writeDraft(localStorage, { ...draft, tabId: tabId() });
}

function announceRestore(ui: DesignerUiStore, savedAt: string, more: string, discard: () => void) {
  const { notify, dismiss } = ui.getState();
  notify({
    id: 'opened',
    tone: 'info',
    text: `Restored unsaved changes from ${formatTime(savedAt)}.${more}`,
    actions: [
      {
        label: 'Discard draft',
        run: () => {
          discard();
          dismiss('opened');
        },
      },
    ],
  });
}
