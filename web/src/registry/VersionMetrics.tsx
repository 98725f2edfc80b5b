import { useQueries } from '@tanstack/react-query';
import { registryQueries } from '../api/registry.queries';
import {
  type MetricReport,
  flattenMetrics,
  formatMetricValue,
  isStoredObjectUri,
  metricReports,
} from './model-metrics';

/**
 * The metrics a version points to, read from the reports in the local object store. With
 * `limit`, a short list for a table cell; without it, every report with its values.
 */
export function VersionMetrics({ modelMetrics, limit }: { modelMetrics: unknown; limit?: number }) {
  const reports = metricReports(modelMetrics);
  const stored = reports.filter((report) => isStoredObjectUri(report.uri));
  const results = useQueries({
    queries: stored.map((report) => registryQueries.jsonObject(report.uri)),
  });
  if (reports.length === 0) return <span className="registry__muted">No metrics registered</span>;

  if (limit !== undefined) {
    const values = results.flatMap((result) => (result.data ? flattenMetrics(result.data) : []));
    if (values.length === 0) {
      const loading = results.some((result) => result.isPending);
      return <span className="registry__muted">{loading ? '…' : 'Report not readable'}</span>;
    }
    return (
      <dl className="registry__metrics registry__metrics--compact">
        {values.slice(0, limit).map((metric) => (
          <div key={metric.name}>
            <dt>{shortName(metric.name)}</dt>
            <dd>{formatMetricValue(metric.value)}</dd>
          </div>
        ))}
      </dl>
    );
  }

  return (
    <div className="registry__reports">
      {reports.map((report) => {
        const index = stored.indexOf(report);
        return (
          <ReportValues key={report.uri + report.label} report={report} result={results[index]} />
        );
      })}
    </div>
  );
}

function ReportValues({
  report,
  result,
}: {
  report: MetricReport;
  result: { data?: unknown; isPending: boolean; error: Error | null } | undefined;
}) {
  const values = result?.data === undefined ? [] : flattenMetrics(result.data);
  return (
    <section className="registry__report" aria-label={report.label}>
      <h4>{report.label}</h4>
      <p className="registry__uri">{report.uri}</p>
      {result === undefined && (
        <p className="registry__muted">Only s3:// reports in the local store can be shown.</p>
      )}
      {result?.isPending && <p className="registry__muted">Reading the report…</p>}
      {result?.error && (
        <p className="callout callout--error">Could not read the report: {result.error.message}</p>
      )}
      {values.length > 0 && (
        <dl className="registry__metrics">
          {values.map((metric) => (
            <div key={metric.name}>
              <dt>{metric.name}</dt>
              <dd>{formatMetricValue(metric.value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {result?.data !== undefined && values.length === 0 && (
        <p className="registry__muted">The report holds no values.</p>
      )}
    </section>
  );
}

/** The last part of a dotted path: "mse" for "regression_metrics.mse", for a narrow cell. */
function shortName(name: string): string {
  return name.split('.').at(-1) ?? name;
}
