import type { ConditionDetail } from '@pipewright/shared';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { executionQueries } from '../api/executions.queries';
import { conditionLines } from './condition-text';
import { QueryNotice } from './QueryNotice';
import { type TabProps, stepTabUrl } from './tab-props';

function branchNames(step: Record<string, unknown> | undefined, branch: 'IfSteps' | 'ElseSteps') {
  const steps = (step?.Arguments as Record<string, unknown> | undefined)?.[branch];
  return Array.isArray(steps)
    ? steps.flatMap((entry: { Name?: unknown }) =>
        typeof entry?.Name === 'string' ? [entry.Name] : [],
      )
    : [];
}

/** The Condition step's verdict, each comparison with the values it compared, and the branch taken. */
export function ConditionTab({ executionId, stepName, context }: TabProps) {
  const { run, node, definition } = context;
  const outcome = run?.metadata?.Condition?.Outcome;
  const properties = useQuery({
    ...executionQueries.properties(executionId, stepName),
    enabled: outcome !== undefined,
    retry: false,
  });
  if (run === undefined || (outcome === undefined && run.status !== 'Failed')) {
    return <p className="step-drawer__empty">The condition has not been evaluated yet.</p>;
  }
  if (outcome === undefined) {
    return (
      <p className="callout callout--error">
        The condition could not be evaluated: {run.failureReason}
      </p>
    );
  }
  const details = ((properties.data as { Details?: ConditionDetail[] } | undefined)?.Details ??
    []) as ConditionDetail[];
  const taken = outcome === 'True' ? 'IfSteps' : 'ElseSteps';
  const next = branchNames(node?.step, taken);
  return (
    <div className="step-drawer__stack">
      <p className="step-drawer__verdict" data-outcome={outcome}>
        Outcome: <strong>{outcome === 'True' ? 'true' : 'false'}</strong>
      </p>
      {properties.error && <QueryNotice error={properties.error} what="compared values" />}
      {details.length > 0 && (
        <ul className="step-drawer__conditions" aria-label="Evaluated conditions">
          {conditionLines(details, definition).map((line, index) => (
            <li
              key={index}
              className="step-drawer__condition"
              data-result={String(line.result)}
              style={{ marginInlineStart: `${line.depth * 1.25}rem` }}
            >
              {line.text}
            </li>
          ))}
        </ul>
      )}
      <p>
        {outcome === 'True' ? 'Took the If branch' : 'Took the Else branch'}
        {next.length === 0 ? ', which has no steps.' : ': '}
        {next.map((name, index) => (
          <span key={name}>
            {index > 0 && ', '}
            <Link href={stepTabUrl(executionId, name, 'overview')}>{name}</Link>
          </span>
        ))}
      </p>
    </div>
  );
}
