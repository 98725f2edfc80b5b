import type { ParameterRow } from './compare-diff';
import '../ui/data-table.css';

/** Parameters side by side; a changed value is highlighted and says so in words. */
export function ParameterTable({ rows }: { rows: ParameterRow[] }) {
  const changed = rows.filter((row) => row.changed).length;
  return (
    <section className="compare__section" aria-labelledby="compare-parameters">
      <h3 id="compare-parameters">Parameters</h3>
      <p className="compare__muted">
        {rows.length === 0
          ? 'Neither execution has parameters.'
          : changed === 0
            ? 'Both executions ran with the same parameters.'
            : `${changed} of ${rows.length} ${rows.length === 1 ? 'parameter differs' : 'parameters differ'}.`}
      </p>
      {rows.length > 0 && (
        <table
          className="data-table data-table--dense compare__table"
          aria-labelledby="compare-parameters"
        >
          <thead>
            <tr>
              <th scope="col">Parameter</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} className={row.changed ? 'compare__row--changed' : undefined}>
                <th scope="row">{row.name}</th>
                <td>
                  <Value value={row.left} />
                </td>
                <td>
                  <Value value={row.right} />
                </td>
                <td>{row.changed && <span className="compare__changed">changed</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Value({ value }: { value: string | undefined }) {
  if (value === undefined) return <span className="compare__muted">not set</span>;
  if (value === '') return <span className="compare__muted">(empty)</span>;
  return <code>{value}</code>;
}
