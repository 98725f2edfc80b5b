import type {
  ApprovalRequest,
  ModelPackageDescription,
  ModelPackageGroupSummary,
  ModelPackageSummary,
  Page,
} from '@pipewright/shared';
import { queryOptions } from '@tanstack/react-query';
import { api, retryServerErrors } from './client';

const groupPath = (group: string) => `/registry/groups/${encodeURIComponent(group)}`;
const versionPath = (group: string, version: number) =>
  `${groupPath(group)}/versions/${encodeURIComponent(String(version))}`;

/**
 * Server data about the model registry, one `queryOptions` per resource (house style §11).
 * Registrations come from RegisterModel steps; decisions come from `decideApproval`.
 */
export const registryQueries = {
  all: () => ['registry'] as const,
  groups: () =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'groups'],
      queryFn: () => api<Page<ModelPackageGroupSummary>>('GET', '/registry/groups?limit=200'),
    }),
  /** One page (newest first) of a group's versions: enough to count them by status too. */
  versions: (group: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'versions', group],
      queryFn: () =>
        api<Page<ModelPackageSummary>>('GET', `${groupPath(group)}/versions?limit=1000`),
      retry: retryServerErrors,
    }),
  version: (group: string, version: number) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'version', group, version],
      queryFn: () => api<ModelPackageDescription>('GET', versionPath(group, version)),
      retry: retryServerErrors,
    }),
  /**
   * A JSON object from the local store, such as a metrics report a version points to. Stored
   * objects never change under the same key while a version exists, so it is fetched once.
   */
  jsonObject: (uri: string) =>
    queryOptions({
      queryKey: [...registryQueries.all(), 'object', uri],
      queryFn: () => api<unknown>('GET', `/objects/download?uri=${encodeURIComponent(uri)}`),
      staleTime: Infinity,
      retry: false,
    }),
};

/** Approves or rejects a version; answers the version as it is now. */
export function decideApproval(group: string, version: number, request: ApprovalRequest) {
  return api<ModelPackageDescription>('POST', `${versionPath(group, version)}/approval`, request);
}
