import type { ExecutionStatus, StepCounts } from '@pipewright/shared';
import { progressToneOf, runProgress } from './run-progress';
import './tone-tokens.css';
import './run-progress.css';

/**
 * "2 of 3 steps done" over a bar coloured by the run's status: the executions list's rows and
 * the execution page's header show the same numbers from the same rule.
 */
export function RunProgressBar({
  counts,
  status,
  compact = false,
}: {
  counts: StepCounts;
  status: ExecutionStatus;
  /** A table row: smaller text, the bar under it. */
  compact?: boolean;
}) {
  const progress = runProgress(counts);
  const extra = [
    progress.failed > 0 && `${progress.failed} failed`,
    progress.running > 0 && `${progress.running} running`,
  ].filter(Boolean);
  return (
    <div className={`pw-progress${compact ? ' pw-progress--compact' : ''}`}>
      <div
        className="pw-progress__track"
        role="progressbar"
        aria-label="Run progress"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={progress.text}
      >
        <div
          className="pw-progress__bar"
          data-tone={progressToneOf[status]}
          style={{ width: `${progress.percent}%` }}
        />
      </div>
      <span className="pw-progress__text">
        {progress.text}
        {extra.length > 0 && <span className="pw-progress__extra"> · {extra.join(', ')}</span>}
      </span>
    </div>
  );
}
