import type { ModelPackageSummary } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ApiError } from '../api/client';
import { registryQueries } from '../api/registry.queries';
import { formatDateTime } from '../runs/format-time';
import { ApprovalBadge } from './ApprovalBadge';
import { describeApprovalCounts, countByApprovalStatus } from './approval-counts';
import { RegistryEmpty } from './RegistryEmpty';
import { VersionMetrics } from './VersionMetrics';
import { VersionSource } from './VersionSource';
import '../ui/data-table.css';

/** Each row reads its version's description and metrics report, so the table stops here. */
const shownVersions = 100;

/** One group's versions, newest first: status, metrics and the run that registered each. */
export function GroupVersions({ groupName }: { groupName: string }) {
  const versions = useQuery(registryQueries.versions(groupName));
  const items = versions.data?.items;
  return (
    <>
      <header className="registry__header">
        <h2>{groupName}</h2>
        {items && items.length > 0 && (
          <p className="registry__muted">
            {items.length} {items.length === 1 ? 'version' : 'versions'}:{' '}
            {describeApprovalCounts(countByApprovalStatus(items))}
          </p>
        )}
      </header>
      {versions.isPending && <p className="registry__muted">Loading versions…</p>}
      {versions.isError && (
        <p className="callout callout--error">
          {versions.error instanceof ApiError && versions.error.status === 404
            ? `There is no model package group named “${groupName}”.`
            : `Could not list the versions: ${versions.error.message}`}{' '}
          <Link href="/registry">See all models</Link>
        </p>
      )}
      {items && items.length === 0 && <RegistryEmpty />}
      {items && items.length > 0 && (
        <table className="data-table data-table--top registry__table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Created</th>
              <th scope="col">Approval</th>
              <th scope="col">Metrics</th>
              <th scope="col">Registered by</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, shownVersions).map((item) => (
              <VersionRow key={item.ModelPackageVersion} item={item} />
            ))}
          </tbody>
        </table>
      )}
      {items && items.length > shownVersions && (
        <p className="registry__muted">
          Showing the newest {shownVersions} of {items.length} versions; open a version by its
          address, /registry/{groupName}/&lt;version&gt;, to see an older one.
        </p>
      )}
    </>
  );
}

function VersionRow({ item }: { item: ModelPackageSummary }) {
  const group = item.ModelPackageGroupName;
  const number = item.ModelPackageVersion;
  const described = useQuery(registryQueries.version(group, number));
  return (
    <tr>
      <th scope="row">
        <Link href={`/registry/${encodeURIComponent(group)}/${number}`}>Version {number}</Link>
      </th>
      <td>{formatDateTime(item.CreationTime)}</td>
      <td>
        <ApprovalBadge status={item.ModelApprovalStatus} />
      </td>
      <td>
        {described.data ? (
          <VersionMetrics modelMetrics={described.data.ModelMetrics} limit={3} />
        ) : (
          <span className="registry__muted">{described.isError ? '—' : '…'}</span>
        )}
      </td>
      <td>{described.data && <VersionSource description={described.data} />}</td>
    </tr>
  );
}
