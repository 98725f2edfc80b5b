import type { StepAttempt } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { executionQueries } from '../api/executions.queries';
import { formatDateTime } from '../runs/format-time';
import { executionIdOf, formatSpan } from './format';
import { type TabProps, stepTabUrl } from './tab-props';

/**
 * Status, times, reuse, job metadata, and every attempt with a link to its log. The attempts
 * are read again when the step changes (`useStepContext`).
 */
export function OverviewTab({ executionId, stepName, context }: TabProps) {
  const { run, node } = context;
  const attempts = useQuery({
    ...executionQueries.attempts(executionId),
    enabled: run !== undefined,
  });
  if (run === undefined) {
    return (
      <p className="step-drawer__empty">
        This step has not started
        {context.executionStatus && context.executionStatus !== 'Executing'
          ? ': the execution ended before it ran, or a condition took the other branch.'
          : ' yet.'}
      </p>
    );
  }
  const ownAttempts: StepAttempt[] =
    attempts.data?.attempts.filter((attempt) => attempt.stepName === stepName) ?? [];
  const reuse = run.cacheHitResult ?? run.selectiveExecutionResult;
  const hasLogs = node?.type !== 'Condition' && node?.type !== 'Fail';
  return (
    <div className="step-drawer__stack">
      <dl className="step-drawer__facts">
        <dt>Type</dt>
        <dd>{node?.type ?? '—'}</dd>
        <dt>Started</dt>
        <dd>{formatDateTime(run.startTime)}</dd>
        <dt>Ended</dt>
        <dd>{formatDateTime(run.endTime)}</dd>
        <dt>Duration</dt>
        <dd>{formatSpan(run.startTime, run.endTime)}</dd>
        <dt>Attempts</dt>
        <dd>{run.attemptCount}</dd>
        {Object.entries(run.metadata ?? {}).flatMap(([kind, fields]) =>
          Object.entries(fields)
            .filter(([, value]) => typeof value === 'string' || typeof value === 'number')
            .map(([field, value]) => (
              <Fact key={`${kind}.${field}`} term={`${kind} ${field}`} value={String(value)} />
            )),
        )}
      </dl>
      {run.failureReason && (
        <p className="callout callout--error">
          <strong>Failure reason:</strong> {run.failureReason}
        </p>
      )}
      {reuse && (
        <p className="callout">
          {run.cacheHitResult
            ? 'Cache hit: the result was reused from '
            : 'Not selected: reused from '}
          <Link
            href={stepTabUrl(executionIdOf(reuse.SourcePipelineExecutionArn), stepName, 'overview')}
          >
            execution {executionIdOf(reuse.SourcePipelineExecutionArn)}
          </Link>
          .
        </p>
      )}
      <section aria-labelledby="step-drawer-attempts">
        <h3 id="step-drawer-attempts" className="step-drawer__heading">
          Attempts
        </h3>
        {attempts.isError && (
          <p className="step-drawer__empty">The attempts could not be loaded.</p>
        )}
        {ownAttempts.length > 0 && (
          <table className="step-drawer__table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col">Ended</th>
                <th scope="col">Failure reason</th>
                {hasLogs && <th scope="col">Log</th>}
              </tr>
            </thead>
            <tbody>
              {ownAttempts.map((attempt) => (
                <tr key={attempt.attempt}>
                  <td>{attempt.attempt}</td>
                  <td>{attempt.interrupted ? 'Interrupted' : attempt.status}</td>
                  <td>{formatDateTime(attempt.startTime)}</td>
                  <td>{formatDateTime(attempt.endTime)}</td>
                  <td className="step-drawer__reason">{attempt.failureReason ?? ''}</td>
                  {hasLogs && (
                    <td>
                      <Link
                        href={stepTabUrl(executionId, stepName, 'logs', attempt.attempt)}
                        aria-label={`Logs of attempt ${attempt.attempt}`}
                      >
                        Logs
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className="step-drawer__mono">{value}</dd>
    </>
  );
}
