import { formatMetricValue } from '../registry/model-metrics';
import { type MetricRow, formatMetricDelta } from './compare-diff';
import '../ui/data-table.css';

export interface StepMetrics {
  stepName: string;
  rows: MetricRow[];
}

/** Metrics per step, A beside B, with B minus A for numbers. */
export function MetricTable({ groups, loading }: { groups: StepMetrics[]; loading: boolean }) {
  return (
    <section className="compare__section" aria-labelledby="compare-metrics">
      <h3 id="compare-metrics">Metrics</h3>
      {loading && groups.length === 0 && <p className="compare__muted">Reading the metrics…</p>}
      {!loading && groups.length === 0 && (
        <p className="compare__muted">
          No metrics to compare: they come from Training steps’ metric definitions and from the JSON
          property files a step declares.
        </p>
      )}
      {groups.length > 0 && (
        <table
          className="data-table data-table--dense compare__table"
          aria-labelledby="compare-metrics"
        >
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">B − A</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.stepName}>
              <tr className="compare__group-row">
                <th scope="colgroup" colSpan={4}>
                  {group.stepName}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.name} className={row.changed ? 'compare__row--changed' : undefined}>
                  <th scope="row" className="compare__metric-name">
                    {row.name}
                  </th>
                  <td className="compare__number">
                    {row.left === undefined ? '—' : formatMetricValue(row.left)}
                  </td>
                  <td className="compare__number">
                    {row.right === undefined ? '—' : formatMetricValue(row.right)}
                  </td>
                  <td className="compare__number">
                    {row.delta !== undefined
                      ? formatMetricDelta(row.delta)
                      : row.changed
                        ? 'changed'
                        : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
