import { type StepAttempt, flattenDocument } from '@pipewright/shared';
import { Link } from 'wouter';
import { ToneIcon } from '../../execution-graph/ToneIcon';
import { type StepDecoration, toneLabels } from '../../execution-graph/step-decoration';
import { formatDuration } from '../../runs/format-duration';
import { toneOfStepStatus } from '../execution-decorations';
import { ganttScale } from './gantt-scale';

/**
 * A Gantt chart of the run: one row per step in document order, one bar per attempt from its
 * start to its end (to now while it runs, so it grows), coloured by status, over a time axis.
 * Each bar links to its step.
 */
export function StepTimeline({
  executionId,
  document,
  attempts,
  decorations,
  startTime,
  endTime,
  now,
}: {
  executionId: string;
  document: unknown;
  attempts: readonly StepAttempt[];
  /** Says why a row has no bar: not started yet, branch not taken, not run. */
  decorations: Readonly<Record<string, StepDecoration>>;
  startTime: string;
  endTime: string | undefined;
  now: number;
}) {
  const start = Date.parse(startTime);
  const lastEnd = Math.max(
    start,
    ...attempts.map((a) => (a.endTime ? Date.parse(a.endTime) : now)),
  );
  const end = endTime ? Math.max(Date.parse(endTime), lastEnd) : Math.max(now, lastEnd);
  const scale = ganttScale(start, end);
  const names = flattenDocument(document).map((node) => node.name);
  for (const attempt of attempts)
    if (!names.includes(attempt.stepName)) names.push(attempt.stepName);

  return (
    <figure className="pw-gantt" aria-label="Timeline of step attempts">
      <div className="pw-gantt__axis" aria-hidden="true">
        <span className="pw-gantt__label" />
        <span className="pw-gantt__track">
          {scale.ticks.map((tick) => (
            <span key={tick.offset} className="pw-gantt__tick" style={{ left: `${tick.percent}%` }}>
              {tick.label}
            </span>
          ))}
        </span>
      </div>
      <ul className="pw-gantt__rows">
        {names.map((name) => {
          const mine = attempts.filter((a) => a.stepName === name);
          return (
            <li key={name} className="pw-gantt__row">
              <span className="pw-gantt__label" title={name}>
                {name}
              </span>
              <span className="pw-gantt__track">
                {scale.ticks.map((tick) => (
                  <span
                    key={tick.offset}
                    className="pw-gantt__grid"
                    style={{ left: `${tick.percent}%` }}
                  />
                ))}
                {mine.length === 0 && (
                  <span className="pw-gantt__none">
                    {decorations[name]?.label ?? toneLabels.pending}
                  </span>
                )}
                {mine.map((attempt) => {
                  const from = Date.parse(attempt.startTime);
                  const to = attempt.endTime ? Date.parse(attempt.endTime) : now;
                  const left = scale.percentOf(from);
                  const width = Math.max(scale.percentOf(to) - left, 0.4);
                  const tone = attempt.interrupted
                    ? 'interrupted'
                    : toneOfStepStatus[attempt.status];
                  const status = attempt.interrupted ? toneLabels.interrupted : attempt.status;
                  const duration = formatDuration(to - from);
                  const words = `${name}, attempt ${attempt.attempt}: ${status}, ${duration}${
                    attempt.failureReason ? `. ${attempt.failureReason}` : ''
                  }`;
                  return (
                    <Link
                      key={attempt.attempt}
                      href={`/executions/${encodeURIComponent(executionId)}/steps/${encodeURIComponent(name)}`}
                      className="pw-gantt__bar"
                      data-tone={tone}
                      style={{ left: `${left}%`, width: `${width}%` }}
                      aria-label={words}
                      title={words}
                    >
                      <ToneIcon tone={tone} size={12} />
                      {mine.length > 1 && <span>#{attempt.attempt}</span>}
                    </Link>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
