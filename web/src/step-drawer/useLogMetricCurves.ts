import { useStepLog } from '../logs/useStepLog';
import { type MetricCurves, type MetricDefinition, metricCurvesFromLog } from './metric-series';

/** The curves come from this many last lines of the log at most, so a long log stays cheap. */
const MAX_LINES = 10_000;

/**
 * A Training step's metric curves read from its log with the step's MetricDefinitions. The log
 * follows the running step over the live socket (`useStepLog`: a read per frame of log events,
 * one more when the step ends).
 */
export function useLogMetricCurves(options: {
  executionId: string;
  stepName: string;
  attempt: number | undefined;
  definitions: readonly MetricDefinition[];
}): { curves: MetricCurves; loaded: boolean } {
  const { executionId, stepName, attempt, definitions } = options;
  // A render comes at most once a frame (the log or the run changed): so does this work.
  const { store, follower } = useStepLog({ executionId, stepName, attempt, stream: 'combined' });
  const lines: string[] = [];
  for (let index = Math.max(0, store.length - MAX_LINES); index < store.length; index += 1) {
    lines.push(store.line(index).text);
  }
  const curves = metricCurvesFromLog(lines.join('\n'), definitions);
  return { curves, loaded: follower.loaded };
}
