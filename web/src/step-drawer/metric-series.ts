/** `AlgorithmSpecification.MetricDefinitions[]`: a metric and the regex that finds it. */
export interface MetricDefinition {
  Name: string;
  Regex: string;
}

/** One point of a metric's curve: `x` is seconds since the first value, or the value's index. */
export interface MetricPoint {
  x: number;
  y: number;
}

/** Each metric's curve by name, and what `x` counts. */
export interface MetricCurves {
  xAxis: 'seconds' | 'sample';
  curves: Record<string, MetricPoint[]>;
}

/**
 * Python-flavoured regexes as JavaScript ones, as the server's metric watcher converts them:
 * `(?P<name>…)`, `(?P=name)` and a leading `(?i)`. An invalid regex gives `undefined`.
 */
export function compileMetricRegex(regex: string): RegExp | undefined {
  let source = regex.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  let flags = '';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags = 'i';
  }
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

/**
 * A Training log's metric values, with the server's rules (`MetricWatcher`): every line is
 * matched against every definition; the value is the first capture group (the whole match
 * without one) read as a number; a line whose value is not a number is skipped. The log has no
 * times, so `x` is each value's index.
 */
export function metricCurvesFromLog(
  log: string,
  definitions: readonly MetricDefinition[],
): MetricCurves {
  const compiled = definitions.flatMap(({ Name, Regex }) => {
    const pattern = compileMetricRegex(Regex);
    return pattern ? [{ name: Name, pattern }] : [];
  });
  const curves: Record<string, MetricPoint[]> = {};
  for (const line of log.split(/\r\n|\r|\n/)) {
    for (const { name, pattern } of compiled) {
      const found = pattern.exec(line);
      if (found === null) continue;
      const text = (found[1] ?? found[0]).trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) continue;
      const points = (curves[name] ??= []);
      points.push({ x: points.length, y: value });
    }
  }
  return { xAxis: 'sample', curves };
}

/** The server's recorded series (`GET …/metrics`) as curves over seconds since the first value. */
export function metricCurvesFromSeries(
  series: Record<string, { Timestamp: string; Value: number }[]>,
): MetricCurves {
  const times = Object.values(series).flatMap((points) =>
    points.map((point) => Date.parse(point.Timestamp)),
  );
  const start = Math.min(...times.filter(Number.isFinite));
  const curves: Record<string, MetricPoint[]> = {};
  for (const [name, points] of Object.entries(series)) {
    curves[name] = points.map((point) => ({
      x: (Date.parse(point.Timestamp) - start) / 1000,
      y: point.Value,
    }));
  }
  return { xAxis: 'seconds', curves };
}
