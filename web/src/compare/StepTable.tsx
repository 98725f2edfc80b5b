import { Link } from 'wouter';
import { type StepRow, type StepSide, formatDuration, formatDurationDelta } from './compare-diff';
import { StatusText } from './StatusText';
import '../ui/data-table.css';

/** Each step's status and duration in A and B, with how much longer or shorter B took. */
export function StepTable({
  rows,
  leftId,
  rightId,
  loading,
}: {
  rows: StepRow[];
  leftId: string;
  rightId: string;
  loading: boolean;
}) {
  return (
    <section className="compare__section" aria-labelledby="compare-steps">
      <h3 id="compare-steps">Steps</h3>
      {loading && <p className="compare__muted">Loading the steps…</p>}
      {!loading && rows.length === 0 && (
        <p className="compare__muted">Neither execution has started a step yet.</p>
      )}
      {rows.length > 0 && (
        <table
          className="data-table data-table--dense compare__table"
          aria-labelledby="compare-steps"
        >
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">A status</th>
              <th scope="col">A duration</th>
              <th scope="col">B status</th>
              <th scope="col">B duration</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.name}
                className={row.statusChanged ? 'compare__row--changed' : undefined}
              >
                <th scope="row">{row.name}</th>
                <SideCells side={row.left} executionId={leftId} stepName={row.name} />
                <SideCells side={row.right} executionId={rightId} stepName={row.name} />
                <td className="compare__delta">
                  {row.durationDeltaMs !== undefined ? (
                    <DurationDelta ms={row.durationDeltaMs} />
                  ) : (
                    <span className="compare__muted">—</span>
                  )}
                  {row.statusChanged && <span className="compare__changed">status changed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SideCells({
  side,
  executionId,
  stepName,
}: {
  side: StepSide | undefined;
  executionId: string;
  stepName: string;
}) {
  if (side === undefined) {
    return (
      <>
        <td className="compare__muted">did not run</td>
        <td />
      </>
    );
  }
  return (
    <>
      <td>
        <Link
          href={`/executions/${executionId}/steps/${encodeURIComponent(stepName)}`}
          aria-label={`${stepName} in ${executionId}: ${side.status}`}
        >
          <StatusText status={side.status} />
        </Link>
        {side.attempts > 1 && <span className="compare__muted"> ({side.attempts} attempts)</span>}
      </td>
      <td className="compare__number">
        {side.durationMs !== undefined ? formatDuration(side.durationMs) : 'running'}
      </td>
    </>
  );
}

/** Slower in B reads as worse (a warning colour), faster as better; the sign says which. */
function DurationDelta({ ms }: { ms: number }) {
  const tone = ms > 0 ? 'slower' : ms < 0 ? 'faster' : 'same';
  return (
    <span className={`compare__duration compare__duration--${tone}`}>
      {formatDurationDelta(ms)}
      {tone !== 'same' && <span className="visually-hidden"> ({tone} in B)</span>}
    </span>
  );
}
