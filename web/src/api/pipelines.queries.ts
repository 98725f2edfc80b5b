import type {
  Page,
  PipelineDocument,
  PipelineSummary,
  PipelineVersion,
  PipelineVersionSummary,
} from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client';

/** Server data about pipelines, one `queryOptions` per resource (house style §11). */
export const pipelineQueries = {
  all: () => ['pipelines'] as const,
  list: () =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), 'list'],
      queryFn: () => api<Page<PipelineSummary>>('GET', '/pipelines?limit=200'),
    }),
  detail: (name: string, version?: number) =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), 'detail', name, version ?? 'latest'],
      queryFn: () =>
        api<PipelineVersion>(
          'GET',
          `/pipelines/${encodeURIComponent(name)}${version ? `?version=${version}` : ''}`,
        ),
    }),
  versions: (name: string) =>
    queryOptions({
      queryKey: [...pipelineQueries.all(), 'versions', name],
      queryFn: () =>
        api<Page<PipelineVersionSummary>>(
          'GET',
          `/pipelines/${encodeURIComponent(name)}/versions?limit=200`,
        ),
    }),
};

/** Creates a pipeline (version 1). */
export function createPipeline(name: string, definition: PipelineDocument, message?: string) {
  return api<PipelineVersion>('POST', '/pipelines', {
    name,
    definition,
    ...(message && { message }),
  });
}

/** Saves a new immutable version. */
export function savePipelineVersion(name: string, definition: PipelineDocument, message?: string) {
  return api<PipelineVersion>('PUT', `/pipelines/${encodeURIComponent(name)}`, {
    definition,
    ...(message && { message }),
  });
}
