import type { PipelineDocument, PipelineVersion } from '@pipewright/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { DocumentStoreProvider } from '../stores/DocumentStoreProvider';
import { type DocumentStore, createDocumentStore } from '../stores/document-store';

/** A fresh document store and query client around a component or hook under test. */
export function designerHarness(store: DocumentStore = createDocumentStore()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <DocumentStoreProvider store={store}>{children}</DocumentStoreProvider>
    </QueryClientProvider>
  );
  return { store, queryClient, wrapper };
}

export function pipelineVersion(
  name: string,
  version: number,
  definition: PipelineDocument,
): PipelineVersion {
  return {
    PipelineArn: `arn:aws:sagemaker:local:000000000000:pipeline/${name}`,
    PipelineName: name,
    Version: version,
    CreationTime: '2026-01-01T12:00:00.000Z',
    Definition: definition,
  };
}

type Route = (request: { method: string; path: string; body: unknown }) => {
  status: number;
  body?: unknown;
};

/** Replaces `fetch` with a fake server; answers what `route` says and records every request. */
export function fakeServer(route: Route) {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input).replace(/^\/api/, '');
    const request = {
      method: init?.method ?? 'GET',
      path,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    requests.push(request);
    const answer = route(request);
    return new Response(answer.body === undefined ? '' : JSON.stringify(answer.body), {
      status: answer.status,
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests };
}
