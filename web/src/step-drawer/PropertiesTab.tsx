import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { executionQueries } from '../api/executions.queries';
import { AttemptPicker } from './AttemptPicker';
import { JsonBlock } from './JsonBlock';
import { QueryNotice } from './QueryNotice';
import type { TabProps } from './tab-props';

type Loose = Record<string, unknown>;

/** The step's outputs first (output parameters, final metrics), then all its properties. */
export function PropertiesTab({ executionId, stepName, context, attempt, setAttempt }: TabProps) {
  const attemptCount = context.run?.attemptCount ?? 0;
  const ended = context.run?.endTime !== undefined;
  const properties = useQuery({
    ...executionQueries.properties(executionId, stepName, attempt),
    enabled: attemptCount > 0,
    retry: false,
  });
  const { refetch } = properties;
  // Properties are written when an attempt ends: ask again once it has.
  useEffect(() => {
    if (ended) void refetch();
  }, [ended, refetch]);
  const props = (properties.data ?? {}) as Loose;
  const outputs = Array.isArray(props.OutputParameters)
    ? (props.OutputParameters as { Name?: unknown; Value?: unknown }[])
    : [];
  const finalMetrics = Array.isArray(props.FinalMetricDataList)
    ? (props.FinalMetricDataList as { MetricName?: unknown; Value?: unknown }[])
    : [];
  return (
    <div className="step-drawer__stack">
      <AttemptPicker attemptCount={attemptCount} attempt={attempt} onChange={setAttempt} />
      {properties.error && <QueryNotice error={properties.error} what="properties" />}
      {outputs.length > 0 && (
        <NameValueTable
          caption="Output parameters"
          rows={outputs.map((output) => [String(output.Name), output.Value])}
        />
      )}
      {finalMetrics.length > 0 && (
        <NameValueTable
          caption="Final metrics"
          rows={finalMetrics.map((metric) => [String(metric.MetricName), metric.Value])}
        />
      )}
      {properties.data !== undefined && (
        <JsonBlock value={properties.data} label="Properties (Describe-shaped)" />
      )}
    </div>
  );
}

function NameValueTable({ caption, rows }: { caption: string; rows: [string, unknown][] }) {
  return (
    <table className="step-drawer__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td className="step-drawer__mono">{JSON.stringify(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
