/** Tick spacings a time axis may use, in milliseconds: round numbers people read at a glance. */
const tickSteps = [
  100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
  900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
];

export interface GanttTick {
  /** Milliseconds since the axis start. */
  offset: number;
  /** Where on the axis, 0 to 100 (percent of its width). */
  percent: number;
  label: string;
}

export interface GanttScale {
  /** Milliseconds the axis spans; never zero. */
  span: number;
  /** Percent of the axis width where a time falls, clamped to the axis. */
  percentOf: (time: number) => number;
  ticks: GanttTick[];
}

/** An axis label: elapsed time since the start, "0", "1.5s", "30s", "1m 30s", "2h". */
export function tickLabel(offset: number): string {
  if (offset === 0) return '0';
  if (offset < 1000) return `${offset}ms`;
  if (offset < 60_000) return `${Number((offset / 1000).toFixed(1))}s`;
  const seconds = Math.round(offset / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h && `${h}h`, m && `${m}m`, s && `${s}s`].filter(Boolean).join(' ');
}

/**
 * The time axis of a timeline from `start` to `end` (epoch milliseconds): the smallest round
 * tick spacing that gives at most `maxTicks` intervals, and a mapping from time to position.
 */
export function ganttScale(start: number, end: number, maxTicks = 8): GanttScale {
  const span = Math.max(end - start, 1);
  const step =
    tickSteps.find((candidate) => span / candidate <= maxTicks) ??
    Math.ceil(span / maxTicks / 86_400_000) * 86_400_000;
  const ticks: GanttTick[] = [];
  for (let offset = 0; offset <= span; offset += step) {
    ticks.push({ offset, percent: (offset / span) * 100, label: tickLabel(offset) });
  }
  return {
    span,
    percentOf: (time) => Math.min(100, Math.max(0, ((time - start) / span) * 100)),
    ticks,
  };
}
