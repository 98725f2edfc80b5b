import { useQuery } from '@tanstack/react-query';
import { executionQueries } from '../api/executions.queries';
import { type ArtifactLocation, artifactLocations, objectsAt } from './artifact-uris';
import { formatDateTime } from '../runs/format-time';
import { formatBytes } from './format';
import { QueryNotice } from './QueryNotice';
import { objectDownloadUrl, stepDrawerQueries } from './step-drawer.queries';
import type { TabProps } from './tab-props';

/** Each S3 location the step wrote to, with the objects stored there and a download for each. */
export function ArtifactsTab({ executionId, stepName, context }: TabProps) {
  const properties = useQuery({
    ...executionQueries.properties(executionId, stepName),
    enabled: (context.run?.attemptCount ?? 0) > 0,
    retry: false,
  });
  if (properties.error) return <QueryNotice error={properties.error} what="artifacts" />;
  if (properties.data === undefined) {
    return <p className="step-drawer__empty">Loading the step’s outputs…</p>;
  }
  const locations = artifactLocations(properties.data);
  if (locations.length === 0) {
    return <p className="step-drawer__empty">This step’s properties name no S3 outputs.</p>;
  }
  return (
    <div className="step-drawer__stack">
      {locations.map((location) => (
        <ArtifactLocationView key={location.uri} location={location} />
      ))}
    </div>
  );
}

function ArtifactLocationView({ location }: { location: ArtifactLocation }) {
  const objects = useQuery(stepDrawerQueries.objects(location.uri));
  const items = objectsAt(location.uri, objects.data?.items ?? []);
  return (
    <section className="step-drawer__artifact" aria-label={location.label}>
      <h3 className="step-drawer__heading">{location.label}</h3>
      <p className="step-drawer__mono step-drawer__uri">{location.uri}</p>
      {objects.error && <QueryNotice error={objects.error} what="objects" />}
      {objects.data && items.length === 0 && (
        <p className="step-drawer__empty">Nothing is stored there.</p>
      )}
      {items.length > 0 && (
        <table className="step-drawer__table">
          <thead>
            <tr>
              <th scope="col">Object</th>
              <th scope="col">Size</th>
              <th scope="col">Modified</th>
              <th scope="col">
                <span className="visually-hidden">Download</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map(({ name, item }) => {
              return (
                <tr key={item.uri}>
                  <td className="step-drawer__mono">{name}</td>
                  <td>{formatBytes(item.size)}</td>
                  <td>{formatDateTime(item.lastModified)}</td>
                  <td>
                    <a href={objectDownloadUrl(item.uri)} download aria-label={`Download ${name}`}>
                      Download
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {objects.data?.nextPageToken && (
        <p className="step-drawer__note">Showing the first {items.length} objects.</p>
      )}
    </section>
  );
}
