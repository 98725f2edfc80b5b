import type { ModelPackageGroupSummary } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { registryQueries } from '../api/registry.queries';
import { formatDateTime } from '../runs/format-time';
import { ApprovalBadge } from './ApprovalBadge';
import { countByApprovalStatus } from './approval-counts';
import { RegistryEmpty } from './RegistryEmpty';
import '../ui/data-table.css';

/** Every model package group, newest first, with its latest version and approval counts. */
export function GroupList() {
  const groups = useQuery(registryQueries.groups());
  return (
    <>
      <header className="registry__header">
        <h2>Models</h2>
        <p className="registry__muted">
          Model package groups and their versions, as RegisterModel steps registered them.
        </p>
      </header>
      {groups.isPending && <p className="registry__muted">Loading models…</p>}
      {groups.isError && (
        <p className="callout callout--error">Could not list models: {groups.error.message}</p>
      )}
      {groups.data && groups.data.items.length === 0 && <RegistryEmpty />}
      {groups.data && groups.data.items.length > 0 && (
        <table className="data-table data-table--top registry__table">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Description</th>
              <th scope="col">Latest version</th>
              <th scope="col">Versions by status</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {groups.data.items.map((group) => (
              <GroupRow key={group.ModelPackageGroupName} group={group} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function GroupRow({ group }: { group: ModelPackageGroupSummary }) {
  const name = group.ModelPackageGroupName;
  const versions = useQuery(registryQueries.versions(name));
  const latest = versions.data?.items.find(
    (version) => version.ModelPackageVersion === group.latestVersion,
  );
  const counts = versions.data && countByApprovalStatus(versions.data.items);
  return (
    <tr>
      <th scope="row">
        <Link href={`/registry/${encodeURIComponent(name)}`}>{name}</Link>
      </th>
      <td className="registry__description">
        {latest?.ModelPackageDescription ?? <span className="registry__muted">—</span>}
      </td>
      <td>
        <Link
          href={`/registry/${encodeURIComponent(name)}/${group.latestVersion}`}
          aria-label={`${name} version ${group.latestVersion}`}
        >
          v{group.latestVersion}
        </Link>
        {latest && (
          <>
            {' '}
            <ApprovalBadge status={latest.ModelApprovalStatus} />
          </>
        )}
      </td>
      <td>
        {counts ? (
          <ul className="registry__counts" aria-label={`${name} versions by status`}>
            <li>
              <span className="registry__count registry__count--wait">
                {counts.PendingManualApproval}
              </span>{' '}
              pending
            </li>
            <li>
              <span className="registry__count registry__count--ok">{counts.Approved}</span>{' '}
              approved
            </li>
            <li>
              <span className="registry__count registry__count--bad">{counts.Rejected}</span>{' '}
              rejected
            </li>
          </ul>
        ) : (
          <span className="registry__muted">{group.versionCount} versions</span>
        )}
      </td>
      <td>{formatDateTime(group.CreationTime)}</td>
    </tr>
  );
}
