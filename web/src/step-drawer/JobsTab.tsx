import { useQuery } from '@tanstack/react-query';
import { executionQueries } from '../api/executions.queries';
import { QueryNotice } from './QueryNotice';
import { rankTrainingJobs } from './tuning-ranking';
import type { TabProps } from './tab-props';

/** A tuned value for the table: numbers to five significant digits (the full value on hover). */
function shortValue(value: string | undefined): string {
  if (value === undefined) return '';
  const number = Number(value);
  return value.trim() !== '' && Number.isFinite(number)
    ? String(Number(number.toPrecision(5)))
    : value;
}

/**
 * A Tuning step's training jobs, best first by the tuning objective. They are in the step's
 * properties, which the server writes when the attempt ends; `useStepContext` reads them again
 * then.
 */
export function JobsTab({ executionId, stepName, context }: TabProps) {
  const properties = useQuery({
    ...executionQueries.properties(executionId, stepName),
    enabled: (context.run?.attemptCount ?? 0) > 0,
    retry: false,
  });
  if (properties.error) return <QueryNotice error={properties.error} what="training jobs" />;
  const { objective, jobs } = rankTrainingJobs(properties.data);
  if (jobs.length === 0) return <p className="step-drawer__empty">No training jobs yet.</p>;
  const parameterNames = [...new Set(jobs.flatMap((job) => Object.keys(job.hyperParameters)))];
  const objectiveName = objective?.metricName ?? 'Objective';
  return (
    <div className="step-drawer__stack">
      {objective && (
        <p className="step-drawer__note">
          Ranked by {objective.metricName}, {objective.type === 'Maximize' ? 'highest' : 'lowest'}{' '}
          first ({objective.type}).
        </p>
      )}
      <div className="step-drawer__scroll">
        <table className="step-drawer__table">
          <caption className="visually-hidden">Training jobs of the tuning job, best first</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Training job</th>
              <th scope="col">Status</th>
              <th scope="col">{objectiveName}</th>
              {parameterNames.map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.name} className={job.best ? 'step-drawer__best' : undefined}>
                <td>{job.rank ?? '—'}</td>
                <th scope="row" className="step-drawer__mono step-drawer__nowrap">
                  {job.name}
                  {job.best && <span className="step-drawer__tag">Best</span>}
                </th>
                <td title={job.failureReason}>{job.status}</td>
                <td>{job.objectiveValue ?? '—'}</td>
                {parameterNames.map((name) => (
                  <td key={name} className="step-drawer__mono" title={job.hyperParameters[name]}>
                    {shortValue(job.hyperParameters[name])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
