import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { AttemptPicker } from './AttemptPicker';
import { MetricsChart } from './MetricsChart';
import { type MetricCurves, type MetricDefinition, metricCurvesFromSeries } from './metric-series';
import { stepDrawerQueries } from './step-drawer.queries';
import type { TabProps } from './tab-props';
import { useLogMetricCurves } from './useLogMetricCurves';

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
 * times; while it runs (or when there is no series), the curves come from the log, read with
 * the same MetricDefinitions and followed live.
 */
export function MetricsTab({ executionId, stepName, context, attempt, setAttempt }: TabProps) {
  const attemptCount = context.run?.attemptCount ?? 0;
  const running = context.run !== undefined && context.run.endTime === undefined;
  const step = context.node?.step;
  const definitions = useMemo(() => definitionsOf(step), [step]);
  const recorded = useQuery({
    ...stepDrawerQueries.metrics(executionId, stepName, attempt),
    enabled: attemptCount > 0 && !running,
  });
  const fromLog = attemptCount > 0 && (running || recorded.isError) && definitions.length > 0;
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
      {recorded.data ? (
        <Curves curves={metricCurvesFromSeries(recorded.data.series)} loaded />
      ) : fromLog ? (
        <LogCurves
          executionId={executionId}
          stepName={stepName}
          attempt={attempt}
          definitions={definitions}
        />
      ) : (
        definitions.length > 0 &&
        !recorded.isLoading && <p className="step-drawer__empty">No metric values yet.</p>
      )}
    </div>
  );
}

function LogCurves(props: Parameters<typeof useLogMetricCurves>[0]) {
  const { curves, loaded } = useLogMetricCurves(props);
  return <Curves curves={curves} loaded={loaded} />;
}

function Curves({ curves, loaded }: { curves: MetricCurves; loaded: boolean }) {
  const hasPoints = Object.values(curves.curves).some((points) => points.length > 0);
  if (hasPoints) return <MetricsChart {...curves} />;
  return loaded ? <p className="step-drawer__empty">No metric values yet.</p> : null;
}
