import type { QueryClient } from '@tanstack/react-query';
import { pipelineQueries } from '../api/pipelines.queries';
import { loadDocument } from '../designer/load-document';
import { removeDraft } from '../drafts/draft-storage';
import { tabId } from '../drafts/tab-id';
import type { DocumentStore } from '../stores/document-store';

/**
 * Replaces the document with the server's latest version, fresh from the server, discarding
 * this tab's unsaved edits and its draft. Answers the version opened.
 */
export async function openLatest(
  queryClient: QueryClient,
  store: DocumentStore,
  pipelineName: string,
): Promise<number> {
  const latest = await queryClient.fetchQuery({
    ...pipelineQueries.detail(pipelineName),
    staleTime: 0,
  });
  loadDocument(store, latest.Definition, { pipelineName, version: latest.Version });
  removeDraft(localStorage, pipelineName, tabId());
  return latest.Version;
}
