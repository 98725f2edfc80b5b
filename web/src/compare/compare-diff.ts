import type { ExecutionParameter, ExecutionStep, StepStatus } from '@pipewright/shared';

/** One parameter of either execution, with both values; `changed` when they differ. */
export interface ParameterRow {
  name: string;
  left?: string;
  right?: string;
  changed: boolean;
}

/** Pairs the parameters of two executions by name: the left's order first, then the right's. */
export function diffParameters(
  left: readonly ExecutionParameter[],
  right: readonly ExecutionParameter[],
): ParameterRow[] {
  const rightValues = new Map(right.map((parameter) => [parameter.Name, parameter.Value]));
  const rows: ParameterRow[] = left.map(({ Name, Value }) => {
    const other = rightValues.get(Name);
    return {
      name: Name,
      left: Value,
      ...(other !== undefined && { right: other }),
      changed: other !== Value,
    };
  });
  const leftNames = new Set(left.map((parameter) => parameter.Name));
  for (const { Name, Value } of right) {
    if (!leftNames.has(Name)) rows.push({ name: Name, right: Value, changed: true });
  }
  return rows;
}

/** A step as one execution ran it: its status and how long it took (when it has ended). */
export interface StepSide {
  status: StepStatus;
  durationMs?: number;
  attempts: number;
}

/** One step of either execution, side by side. */
export interface StepRow {
  name: string;
  left?: StepSide;
  right?: StepSide;
  statusChanged: boolean;
  /** Right minus left, when both sides have ended. */
  durationDeltaMs?: number;
}

/** Milliseconds from a step's start to its end; `undefined` while it runs. */
export function stepDurationMs(step: Pick<ExecutionStep, 'StartTime' | 'EndTime'>) {
  if (step.EndTime === undefined) return undefined;
  const ms = Date.parse(step.EndTime) - Date.parse(step.StartTime);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function sideOf(step: ExecutionStep): StepSide {
  const durationMs = stepDurationMs(step);
  return {
    status: step.StepStatus,
    attempts: step.AttemptCount,
    ...(durationMs !== undefined && { durationMs }),
  };
}

/**
 * Pairs the steps of two executions by name. `order` (the pipelines' steps in document order)
 * decides the order; steps it does not name follow in the order they started.
 */
export function diffSteps(
  left: readonly ExecutionStep[],
  right: readonly ExecutionStep[],
  order: readonly string[] = [],
): StepRow[] {
  const leftByName = new Map(left.map((step) => [step.StepName, step]));
  const rightByName = new Map(right.map((step) => [step.StepName, step]));
  // The steps lists come newest start first; oldest first reads like the run.
  const started = [...left].reverse().concat([...right].reverse());
  const names = [...new Set([...order, ...started.map((step) => step.StepName)])];
  const rows: StepRow[] = [];
  for (const name of names) {
    const a = leftByName.get(name);
    const b = rightByName.get(name);
    if (a === undefined && b === undefined) continue;
    const leftSide = a && sideOf(a);
    const rightSide = b && sideOf(b);
    const delta =
      leftSide?.durationMs !== undefined && rightSide?.durationMs !== undefined
        ? rightSide.durationMs - leftSide.durationMs
        : undefined;
    rows.push({
      name,
      ...(leftSide && { left: leftSide }),
      ...(rightSide && { right: rightSide }),
      statusChanged: leftSide?.status !== rightSide?.status,
      ...(delta !== undefined && { durationDeltaMs: delta }),
    });
  }
  return rows;
}

/** One named value a step produced (a training metric, a property file's number). */
export interface NamedValue {
  name: string;
  value: number | string | boolean;
}

/** One metric of either side: both values, and right minus left when both are numbers. */
export interface MetricRow {
  name: string;
  left?: NamedValue['value'];
  right?: NamedValue['value'];
  delta?: number;
  changed: boolean;
}

/** Pairs metric values by name: the left's order first, then the right's. */
export function diffMetrics(
  left: readonly NamedValue[],
  right: readonly NamedValue[],
): MetricRow[] {
  const rightValues = new Map(right.map((metric) => [metric.name, metric.value]));
  const leftNames = new Set(left.map((metric) => metric.name));
  const rows: MetricRow[] = left.map(({ name, value }) => {
    const other = rightValues.get(name);
    return {
      name,
      left: value,
      ...(other !== undefined && { right: other }),
      ...(typeof value === 'number' && typeof other === 'number' && { delta: other - value }),
      changed: other !== value,
    };
  });
  for (const { name, value } of right) {
    if (!leftNames.has(name)) rows.push({ name, right: value, changed: true });
  }
  return rows;
}

/** A duration as people read it: "850 ms", "12.4 s", "3 min 5 s", "1 h 2 min". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < 1000) return `${Math.round(abs)} ms`;
  if (abs < 60_000) return `${Number((abs / 1000).toFixed(1))} s`;
  const totalSeconds = Math.round(abs / 1000);
  if (abs < 3_600_000) {
    const seconds = totalSeconds % 60;
    return `${Math.floor(totalSeconds / 60)} min${seconds ? ` ${seconds} s` : ''}`;
  }
  const minutes = Math.floor(totalSeconds / 60) % 60;
  return `${Math.floor(totalSeconds / 3600)} h${minutes ? ` ${minutes} min` : ''}`;
}

/** A difference with its sign: "+1.2 s", "−300 ms", "no change". */
export function formatDurationDelta(ms: number): string {
  if (ms === 0) return 'no change';
  return `${ms > 0 ? '+' : '−'}${formatDuration(ms)}`;
}

/** A metric difference with its sign and at most 4 significant digits: "+0.0123", "−2". */
export function formatMetricDelta(delta: number): string {
  if (delta === 0) return 'no change';
  const text = String(Number(Math.abs(delta).toPrecision(4)));
  return `${delta > 0 ? '+' : '−'}${text}`;
}
