import type { ExecutionSummary } from '@pipewright/shared';
import { RunProgressBar } from '../runs/RunProgressBar';
import { memo, useCallback } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../runs/format-time';
import { ExecutionStatusBadge } from '../runs/ExecutionStatusBadge';
import { formatDuration } from '../runs/format-duration';
import { useNow } from '../runs/useNow';
import { executionDuration, isRunning } from './duration';
import '../ui/data-table.css';

/** The executions as a table; up to two rows can be picked to compare. */
export function ExecutionsTable({
  rows,
  showPipeline,
  stale,
  selected,
  onSelect,
}: {
  rows: readonly ExecutionSummary[];
  showPipeline: boolean;
  stale: boolean;
  selected: readonly string[];
  onSelect: (update: (current: readonly string[]) => readonly string[]) => void;
}) {
  // Stable, so a row re-renders only when its own execution or pick changes.
  const toggle = useCallback(
    (id: string) =>
      onSelect((current) =>
        current.includes(id)
          ? current.filter((each) => each !== id)
          : // A third pick replaces the oldest pick: comparing is always two.
            [...current, id].slice(-2),
      ),
    [onSelect],
  );
  return (
    <table
      className="data-table data-table--dense data-table--middle executions__table"
      aria-busy={stale || undefined}
    >
      <thead>
        <tr>
          <th scope="col" className="executions__pick">
            <span className="visually-hidden">Compare</span>
          </th>
          <th scope="col">Status</th>
          <th scope="col">Execution</th>
          {showPipeline && <th scope="col">Pipeline</th>}
          <th scope="col">Progress</th>
          <th scope="col">Started</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ExecutionRow
            key={row.PipelineExecutionId}
            summary={row}
            showPipeline={showPipeline}
            picked={selected.includes(row.PipelineExecutionId)}
            onPick={toggle}
          />
        ))}
      </tbody>
    </table>
  );
}

const ExecutionRow = memo(function ExecutionRow({
  summary,
  showPipeline,
  picked,
  onPick,
}: {
  summary: ExecutionSummary;
  showPipeline: boolean;
  picked: boolean;
  onPick: (id: string) => void;
}) {
  const id = summary.PipelineExecutionId;
  const name = summary.PipelineExecutionDisplayName;
  return (
    <tr className={picked ? 'executions__row executions__row--picked' : 'executions__row'}>
      <td className="executions__pick">
        <input
          type="checkbox"
          aria-label={`Select ${name} to compare`}
          checked={picked}
          onChange={() => onPick(id)}
        />
      </td>
      <td>
        <ExecutionStatusBadge status={summary.PipelineExecutionStatus} />
      </td>
      <th scope="row" className="executions__name">
        <Link href={`/executions/${id}`}>{name}</Link>
        <span className="executions__id">{id}</span>
      </th>
      {showPipeline && (
        <td>
          <Link href={`/pipelines/${encodeURIComponent(summary.PipelineName)}/executions`}>
            {summary.PipelineName}
          </Link>
          <span className="executions__version">v{summary.PipelineVersion}</span>
        </td>
      )}
      <td>
        <RunProgressBar
          counts={summary.StepCounts}
          status={summary.PipelineExecutionStatus}
          compact
        />
      </td>
      <td>
        <time dateTime={summary.StartTime} title={summary.StartTime}>
          {formatDateTime(summary.StartTime)}
        </time>
      </td>
      <td className="executions__duration">
        <Duration summary={summary} />
      </td>
    </tr>
  );
});

/** The run time; a running execution's grows every second on the page's one shared ticker. */
function Duration({ summary }: { summary: ExecutionSummary }) {
  const running = isRunning(summary);
  const now = useNow(running);
  return <>{formatDuration(executionDuration(summary, now))}</>;
}
