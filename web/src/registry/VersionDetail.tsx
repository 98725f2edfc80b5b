import type { ModelPackageDescription } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../api/client';
import { registryQueries } from '../api/registry.queries';
import { formatDateTime } from '../runs/format-time';
import { ApprovalBadge } from './ApprovalBadge';
import { ApprovalDialog, type Decision } from './ApprovalDialog';
import { ApprovalHistory } from './ApprovalHistory';
import { approvalStatusLabels } from './approval-counts';
import { VersionMetrics } from './VersionMetrics';
import { VersionSource } from './VersionSource';

/** One version: what was registered, its metrics, its approval history and the decision. */
export function VersionDetail({ groupName, version }: { groupName: string; version: number }) {
  const described = useQuery(registryQueries.version(groupName, version));
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [announcement, setAnnouncement] = useState('');

  if (described.isPending) return <p className="registry__muted">Loading version {version}…</p>;
  if (described.isError) {
    return (
      <p className="callout callout--error">
        {described.error instanceof ApiError && described.error.status === 404
          ? described.error.message
          : `Could not load the version: ${described.error.message}`}{' '}
        <Link href={`/registry/${encodeURIComponent(groupName)}`}>See the group’s versions</Link>
      </p>
    );
  }
  const model = described.data;
  const status = model.ModelApprovalStatus;

  return (
    <>
      <header className="registry__header registry__header--version">
        <div>
          <h2>
            {model.ModelPackageGroupName} version {model.ModelPackageVersion}
          </h2>
          {model.ModelPackageDescription && (
            <p className="registry__muted">{model.ModelPackageDescription}</p>
          )}
        </div>
        <div className="registry__decision">
          <span role="status" aria-live="polite" aria-label="Approval status">
            <ApprovalBadge status={status} />
          </span>
          <button
            type="button"
            className="button button--primary"
            disabled={status === 'Approved'}
            onClick={() => setDeciding('Approved')}
          >
            Approve…
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={status === 'Rejected'}
            onClick={() => setDeciding('Rejected')}
          >
            Reject…
          </button>
        </div>
      </header>
      <p className="registry__announcement" aria-live="polite">
        {announcement}
      </p>
      <VersionFacts model={model} />
      <section className="registry__section" aria-labelledby="registry-metrics">
        <h3 id="registry-metrics">Metrics</h3>
        <VersionMetrics modelMetrics={model.ModelMetrics} />
      </section>
      <section className="registry__section" aria-labelledby="registry-history">
        <h3 id="registry-history">Approval history</h3>
        <ApprovalHistory model={model} />
      </section>
      {deciding && (
        <ApprovalDialog
          model={model}
          decision={deciding}
          onClose={() => setDeciding(null)}
          onDecided={(decided) => {
            setDeciding(null);
            setAnnouncement(
              `Version ${decided.ModelPackageVersion} is now ${approvalStatusLabels[
                decided.ModelApprovalStatus
              ].toLowerCase()}.`,
            );
          }}
        />
      )}
    </>
  );
}

function VersionFacts({ model }: { model: ModelPackageDescription }) {
  const containers = inferenceContainers(model.InferenceSpecification);
  return (
    <dl className="registry__facts">
      <div>
        <dt>Registered</dt>
        <dd>{formatDateTime(model.CreationTime)}</dd>
      </div>
      <div>
        <dt>Last changed</dt>
        <dd>{formatDateTime(model.LastModifiedTime)}</dd>
      </div>
      <div>
        <dt>Registered by</dt>
        <dd>
          <VersionSource description={model} />
        </dd>
      </div>
      {model.ApprovalDescription && (
        <div>
          <dt>Approval note</dt>
          <dd>{model.ApprovalDescription}</dd>
        </div>
      )}
      {containers.map((container, index) => (
        <div key={index}>
          <dt>{containers.length > 1 ? `Container ${index + 1}` : 'Container'}</dt>
          <dd>
            {container.Image && <code>{container.Image}</code>}
            {container.ModelDataUrl && (
              <span className="registry__uri">model: {container.ModelDataUrl}</span>
            )}
          </dd>
        </div>
      ))}
      {Object.entries(model.CustomerMetadataProperties ?? {}).map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function inferenceContainers(spec: unknown): { Image?: string; ModelDataUrl?: string }[] {
  const containers = (spec as { Containers?: unknown } | undefined)?.Containers;
  if (!Array.isArray(containers)) return [];
  return containers.filter(
    (container): container is { Image?: string; ModelDataUrl?: string } =>
      typeof container === 'object' && container !== null,
  );
}
