import { LogViewer } from '../logs/LogViewer';
import { AttemptPicker } from './AttemptPicker';
import type { TabProps } from './tab-props';

/** The attempt's log in the log viewer; the attempt comes from the address (`?attempt=N`). */
export function LogsTab({ executionId, stepName, context, attempt, setAttempt }: TabProps) {
  const attemptCount = context.run?.attemptCount ?? 0;
  if (attemptCount === 0) {
    return <p className="step-drawer__empty">This step has not started yet.</p>;
  }
  return (
    <div className="step-drawer__stack step-drawer__stack--fill">
      <AttemptPicker attemptCount={attemptCount} attempt={attempt} onChange={setAttempt} />
      <LogViewer
        key={attempt ?? 'latest'}
        executionId={executionId}
        stepName={stepName}
        {...(attempt !== undefined && { attempt })}
      />
    </div>
  );
}
