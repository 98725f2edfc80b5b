import { type ExecutionSummary, type StepCounts, isExecutionFinished } from '@pipewright/shared';
import { Link } from 'wouter';
import { ExecutionActions } from './ExecutionActions';
import { ExecutionStatusBadge } from '../runs/ExecutionStatusBadge';
import { formatDuration } from '../runs/format-duration';
import { formatDateTime } from '../runs/format-time';
import { useNow } from '../runs/useNow';
import { RunProgressBar } from '../runs/RunProgressBar';
import type { ExecutionView } from './execution-view';

/**
 * Which run this is (pipeline, version, name), how it is going (status, progress, start and a
 * live duration), why it failed, and what can be done with it.
 */
export function ExecutionHeader({
  summary,
  view,
  counts,
}: {
  summary: ExecutionSummary;
  view: ExecutionView;
  /** The run's step counts, by the same rule as the executions list's. */
  counts: StepCounts;
}) {
  const running = !isExecutionFinished(view.status);
  const now = useNow(running);
  const start = Date.parse(view.startTime);
  const end = view.endTime ? Date.parse(view.endTime) : now;
  // The run's reason names the failed steps; each step's own reason says what went wrong.
  const failedSteps = Object.values(view.steps).filter(
    (step) => step.status === 'Failed' && step.failureReason,
  );
  const pipelineHref = `/pipelines/${encodeURIComponent(summary.PipelineName)}`;

  return (
    <header className="pw-run-header">
      <div className="pw-run-header__top">
        <div className="pw-run-header__titles">
          <p className="pw-run-header__pipeline">
            <Link href={pipelineHref}>{summary.PipelineName}</Link>
            <span> · version {summary.PipelineVersion}</span>
          </p>
          <h2 className="pw-run-header__name">{summary.PipelineExecutionDisplayName}</h2>
        </div>
        <ExecutionActions summary={{ ...summary, PipelineExecutionStatus: view.status }} />
      </div>
      <div className="pw-run-header__facts">
        <ExecutionStatusBadge status={view.status} announce />
        <RunProgressBar counts={counts} status={view.status} />
        <dl className="pw-run-header__times">
          <div>
            <dt>Started</dt>
            <dd>
              <time dateTime={view.startTime}>{formatDateTime(view.startTime)}</time>
            </dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd>{formatDuration(end - start)}</dd>
          </div>
        </dl>
      </div>
      {view.status === 'Failed' && (
        <div className="pw-run-alert" role="alert">
          <strong>This execution failed.</strong> {view.failureReason}
          {failedSteps.length > 0 && (
            <ul className="pw-run-alert__steps">
              {failedSteps.map((step) => (
                <li key={step.stepName}>
                  <strong>{step.stepName}:</strong> {step.failureReason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </header>
  );
}
