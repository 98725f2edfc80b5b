import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { pipelineQueries } from '../api/pipelines.queries';
import type { DesignerUiStore } from '../designer/designer-ui-store';
import { tabId } from '../drafts/tab-id';
import type { DocumentStore } from '../stores/document-store';
import { openLatest } from './open-latest';
import { readSaveSignal } from './save-conflict';

/**
 * Hears another tab save this pipeline (a `storage` event) and says so at once, rather than
 * only when this tab tries to save.
 */
export function useOtherTabSaves(store: DocumentStore, ui: DesignerUiStore): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const { pipelineName, baseVersion, dirty } = store.getState();
      if (pipelineName === null) return;
      const signal = readSaveSignal(event, pipelineName, tabId());
      if (signal === null || (baseVersion !== null && signal.version <= baseVersion)) return;
      void queryClient.invalidateQueries({ queryKey: pipelineQueries.all() });
      const { notify, dismiss } = ui.getState();
      notify({
        id: 'other-tab-save',
        tone: 'warning',
        text: dirty
          ? `Another tab saved version ${signal.version} of “${pipelineName}”. Saving here will ask before adding yours after it.`
          : `Another tab saved version ${signal.version} of “${pipelineName}”.`,
        actions: [
          {
            label: dirty ? 'Open the latest (discard mine)' : 'Open the latest',
            run: () => {
              dismiss('other-tab-save');
              openLatest(queryClient, store, pipelineName).catch((error: unknown) =>
                notify({ id: 'open-latest-failed', tone: 'error', text: String(error) }),
              );
            },
          },
        ],
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, ui, queryClient]);
}
