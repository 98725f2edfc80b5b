import { useQuery } from '@tanstack/react-query';
import { fetchStepLog } from '../api/executions.queries';
import { AttemptPicker } from './AttemptPicker';
import { MetricsChart } from './MetricsChart';
import {
  type MetricDefinition,
  metricCurvesFromLog,
  metricCurvesFromSeries,
} from './metric-series';
import { stepDrawerQueries } from './step-drawer.queries';
import type { TabProps } from './tab-props';

function definitionsOf(step: Record<string, unknown> | undefined): MetricDefinition[] {
  const spec = (step?.Arguments as { AlgorithmSpecification?: { MetricDefinitions?: unknown } })
    ?.AlgorithmSpecification;
  const list = spec?.MetricDefinitions;
  return Array.isArray(list)
    ? list.filter(
        (entry): entry is MetricDefinition =>
          typeof entry?.Name === 'string' && typeof entry?.Regex === 'string',
      )
    : [];
}

/**
 * A Training step's metrics over time. Once the job has ended the server has the series with
 * times; while it runs, the curves come from the log, read with the same MetricDefinitions.
 */
export function MetricsTab({ executionId, stepName, context, attempt, setAttempt }: TabProps) {
  const attemptCount = context.run?.attemptCount ?? 0;
  const running = context.run !== undefined && context.run.endTime === undefined;
  const definitions = definitionsOf(context.node?.step);
  const recorded = useQuery({
    ...stepDrawerQueries.metrics(executionId, stepName, attempt),
    enabled: attemptCount > 0 && !running,
  });
  const fromLog = useQuery({
    queryKey: ['step-drawer', 'metrics-from-log', executionId, stepName, attempt ?? 'latest'],
    queryFn: async () => {
      const slice = await fetchStepLog(executionId, stepName, {
        tail: 10_000,
        ...(attempt !== undefined && { attempt }),
      });
      return metricCurvesFromLog(new TextDecoder().decode(slice.bytes), definitions);
    },
    enabled: attemptCount > 0 && (running || recorded.isError) && definitions.length > 0,
    refetchInterval: running ? 3000 : false,
  });
  const curves = recorded.data ? metricCurvesFromSeries(recorded.data.series) : fromLog.data;
  const hasPoints = curves && Object.values(curves.curves).some((points) => points.length > 0);
  return (
    <div className="step-drawer__stack">
      <AttemptPicker attemptCount={attemptCount} attempt={attempt} onChange={setAttempt} />
      {definitions.length === 0 && (
        <p className="step-drawer__empty">
          This Training step defines no MetricDefinitions, so no metrics are read from its log.
        </p>
      )}
      {running && definitions.length > 0 && (
        <p className="step-drawer__note" role="status">
          Read from the log while the job runs.
        </p>
      )}
      {hasPoints ? (
        <MetricsChart {...curves} />
      ) : (
        definitions.length > 0 &&
        !recorded.isLoading &&
        !fromLog.isLoading && <p className="step-drawer__empty">No metric values yet.</p>
      )}
    </div>
  );
}
