import { Link } from 'wouter';
import '../ui/ui.css';
import { GroupList } from './GroupList';
import { GroupVersions } from './GroupVersions';
import { VersionDetail } from './VersionDetail';
import './registry.css';

/**
 * The model registry: every group, one group's versions, or one version with its approval
 * history and the decision buttons, by address (`/registry[/<group>[/<version>]]`).
 */
export function RegistryPage({ groupName, version }: { groupName?: string; version?: number }) {
  const validVersion = version !== undefined && Number.isInteger(version) && version > 0;
  return (
    <main className="app-main registry">
      <nav aria-label="Breadcrumb" className="registry__crumbs">
        <ol>
          <li>
            <Link href="/registry">Models</Link>
          </li>
          {groupName !== undefined && (
            <li>
              <Link href={`/registry/${encodeURIComponent(groupName)}`}>{groupName}</Link>
            </li>
          )}
          {groupName !== undefined && validVersion && (
            <li aria-current="page">Version {version}</li>
          )}
        </ol>
      </nav>
      {groupName === undefined && <GroupList />}
      {groupName !== undefined && version === undefined && <GroupVersions groupName={groupName} />}
      {groupName !== undefined && version !== undefined && !validVersion && (
        <p className="callout callout--error">
          “{String(version)}” is not a version number: versions are numbered 1, 2, 3…
        </p>
      )}
      {groupName !== undefined && validVersion && (
        <VersionDetail groupName={groupName} version={version} />
      )}
    </main>
  );
}
