import { type PipelineVersion, pipelineNamePattern } from '@pipewright/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { createPipeline, pipelineQueries, savePipelineVersion } from '../api/pipelines.queries';
import { useDesignerUiApi } from '../designer/designer-ui-store';
import { removeDraft } from '../drafts/draft-storage';
import { tabId } from '../drafts/tab-id';
import { useDocumentStoreApi } from '../stores/DocumentStoreProvider';
import { openLatest } from './open-latest';
import { type SaveCheck, announceSave, checkBeforeSave } from './save-conflict';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'conflict'; check: Extract<SaveCheck, { kind: 'conflict' }>; message: string }
  | { kind: 'failed'; message: string; problems: string[] };

/**
 * Saving as a new version: creates the pipeline on its first save, otherwise checks for a newer
 * version saved elsewhere first (see `save-conflict.ts`) and stops at a conflict for the person
 * to choose. A save clears this tab's draft and tells other tabs.
 */
export function useSavePipeline(onDone: () => void) {
  const store = useDocumentStoreApi();
  const ui = useDesignerUiApi();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const fail = (error: unknown) => {
    if (error instanceof ApiError) {
      const problems = error.problems.map((p) =>
        p.stepName ? `${p.stepName}: ${p.message}` : p.message,
      );
      setState({ kind: 'failed', message: error.message, problems });
    } else {
      setState({
        kind: 'failed',
        message: `Could not reach the server: ${String(error)}`,
        problems: [],
      });
    }
  };

  const saved = (version: PipelineVersion, wasNew: boolean) => {
    const name = version.PipelineName;
    store.getState().markSaved(name, version.Version);
    removeDraft(localStorage, wasNew ? null : name, tabId());
    announceSave(localStorage, { pipelineName: name, version: version.Version, tabId: tabId() });
    queryClient.setQueryData(pipelineQueries.detail(name).queryKey, version);
    void queryClient.invalidateQueries({ queryKey: pipelineQueries.all() });
    ui.getState().dismiss('other-tab-save');
    ui.getState().notify({
      id: 'saved',
      tone: 'info',
      text: `Saved “${name}” as version ${version.Version}.`,
    });
    setState({ kind: 'idle' });
    onDone();
    if (wasNew) navigate(`/pipelines/${encodeURIComponent(name)}`, { replace: true });
  };

  /** Saves now, without the conflict check: the person chose to. */
  const write = async (message: string) => {
    const { pipelineName, document } = store.getState();
    const wasNew = pipelineName === null;
    const name = pipelineName ?? ui.getState().proposedName.trim();
    setState({ kind: 'saving' });
    try {
      const version = wasNew
        ? await createPipeline(name, document, message || undefined)
        : await savePipelineVersion(name, document, message || undefined);
      saved(version, wasNew);
    } catch (error) {
      if (wasNew && error instanceof ApiError && error.status === 409) {
        setState({
          kind: 'failed',
          message: `A pipeline named “${name}” already exists. Pick another name, or open that one from the pipelines list.`,
          problems: [],
        });
      } else fail(error);
    }
  };

  const save = async (message: string) => {
    const { pipelineName, baseVersion } = store.getState();
    if (pipelineName === null) {
      const name = ui.getState().proposedName.trim();
      if (!pipelineNamePattern.test(name)) {
        setState({
          kind: 'failed',
          message: 'Give the pipeline a valid name first.',
          problems: [],
        });
        return;
      }
      return write(message);
    }
    setState({ kind: 'saving' });
    try {
      const latest = await queryClient.fetchQuery({
        ...pipelineQueries.detail(pipelineName),
        staleTime: 0,
      });
      const check = checkBeforeSave(baseVersion, latest);
      if (check.kind === 'conflict') setState({ kind: 'conflict', check, message });
      else await write(message);
    } catch (error) {
      fail(error);
    }
  };

  const discardMine = async () => {
    const { pipelineName } = store.getState();
    if (pipelineName === null) return;
    setState({ kind: 'saving' });
    try {
      const version = await openLatest(queryClient, store, pipelineName);
      ui.getState().notify({
        id: 'saved',
        tone: 'info',
        text: `Opened version ${version}, the latest; your unsaved changes were discarded.`,
      });
      setState({ kind: 'idle' });
      onDone();
    } catch (error) {
      fail(error);
    }
  };

  return { state, save, saveAnyway: write, discardMine, reset: () => setState({ kind: 'idle' }) };
}
