import type { ExecutionSummary } from '@pipewright/shared';
import { Link } from 'wouter';
import { formatDateTime } from '../runs/format-time';
import { formatDuration } from './compare-diff';
import { StatusText } from './StatusText';

/** Which execution is A or B: name, pipeline version, status, start and length. */
export function ExecutionCard({
  side,
  execution,
}: {
  side: 'A' | 'B';
  execution: ExecutionSummary;
}) {
  const id = execution.PipelineExecutionId;
  const took =
    execution.EndTime !== undefined
      ? Date.parse(execution.EndTime) - Date.parse(execution.StartTime)
      : undefined;
  return (
    <section
      className={`compare__card compare__card--${side.toLowerCase()}`}
      aria-label={`Execution ${side}`}
    >
      <span className="compare__side-mark" aria-hidden="true">
        {side}
      </span>
      <div>
        <h3>
          <Link href={`/executions/${id}`}>{execution.PipelineExecutionDisplayName || id}</Link>
        </h3>
        <p className="compare__muted">
          {execution.PipelineName} v{execution.PipelineVersion} · {id}
        </p>
        <p>
          <StatusText status={execution.PipelineExecutionStatus} /> · started{' '}
          {formatDateTime(execution.StartTime)}
          {took !== undefined && Number.isFinite(took) && ` · took ${formatDuration(took)}`}
        </p>
      </div>
    </section>
  );
}
