import { useQuery } from '@tanstack/react-query';
import { AttemptPicker } from './AttemptPicker';
import { JsonBlock } from './JsonBlock';
import { QueryNotice } from './QueryNotice';
import { stepDrawerQueries } from './step-drawer.queries';
import type { TabProps } from './tab-props';

/** The Arguments the attempt ran with, every expression resolved, as read-only JSON. */
export function ArgumentsTab({ executionId, stepName, context, attempt, setAttempt }: TabProps) {
  const attemptCount = context.run?.attemptCount ?? 0;
  const resolved = useQuery({
    ...stepDrawerQueries.arguments(executionId, stepName, attempt),
    enabled: attemptCount > 0,
  });
  const written = (context.node?.step as { Arguments?: unknown } | undefined)?.Arguments;
  return (
    <div className="step-drawer__stack">
      <AttemptPicker attemptCount={attemptCount} attempt={attempt} onChange={setAttempt} />
      {resolved.data && (
        <>
          <p className="step-drawer__note">
            As attempt {resolved.data.attempt} ran them, with every expression resolved.
          </p>
          <JsonBlock value={resolved.data.arguments} label="Resolved arguments" />
        </>
      )}
      {resolved.error && <QueryNotice error={resolved.error} what="resolved arguments" />}
      {!resolved.data && written !== undefined && (
        <details className="step-drawer__details">
          <summary>As written in the pipeline</summary>
          <JsonBlock value={written} label="Arguments as written" />
        </details>
      )}
    </div>
  );
}
