import type { OutputStream } from './log-files';
import { RuntimeUserError } from './runtime-error';

/** `AlgorithmSpecification.MetricDefinitions[]`: a metric and the regex that finds it in the log. */
export interface MetricDefinition {
  Name: string;
  Regex: string;
}

/** One value of a metric, when its log line arrived. */
export interface MetricPoint {
  Timestamp: string;
  Value: number;
}

/** `FinalMetricDataList[]` of DescribeTrainingJob: the last value of each metric. */
export interface FinalMetric {
  MetricName: string;
  Value: number;
  Timestamp: string;
}

interface CompiledMetric {
  name: string;
  pattern: RegExp;
}

// A line longer than this without a newline (a progress bar) is matched and dropped.
const maxLineLength = 64 * 1024;

/**
 * Turns SageMaker's Python-flavoured regexes into JavaScript ones: named groups `(?P<name>…)`
 * and back references `(?P=name)`, and a leading `(?i)`. A regex that is still not valid is
 * the step's problem, named with its metric.
 */
export function compileMetricDefinitions(
  definitions: readonly MetricDefinition[],
): CompiledMetric[] {
  return definitions.map(({ Name, Regex }) => {
    let source = Regex.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    let flags = '';
    if (source.startsWith('(?i)')) {
      source = source.slice(4);
      flags = 'i';
    }
    try {
      return { name: Name, pattern: new RegExp(source, flags) };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new RuntimeUserError(
        'invalid-arguments',
        `MetricDefinitions: the Regex of "${Name}" is not a valid regular expression (${why})`,
      );
    }
  });
}

/**
 * Applies the MetricDefinitions to a job's output as it streams, line by line on each stream
 * (SageMaker reads metrics from the container's log, stdout and stderr alike). The value is
 * the regex's first capture group (the whole match when it has none) read as a number; a line
 * whose value is not a number is skipped. Every value is kept, so the time series is there
 * too; the last one of each metric is its final value.
 */
export class MetricWatcher {
  private readonly metrics: CompiledMetric[];
  private readonly pending: Record<OutputStream, string> = { stdout: '', stderr: '' };
  private readonly points = new Map<string, MetricPoint[]>();

  constructor(
    definitions: readonly MetricDefinition[],
    private readonly now: () => Date = () => new Date(),
  ) {
    this.metrics = compileMetricDefinitions(definitions);
  }

  /** Feeds a chunk of output; complete lines are matched now, the rest when it completes. */
  write(stream: OutputStream, text: string): void {
    if (this.metrics.length === 0) return;
    const lines = (this.pending[stream] + text).split(/\r\n|\r|\n/);
    let rest = lines.pop() ?? '';
    for (const line of lines) this.match(line);
    if (rest.length > maxLineLength) {
      this.match(rest);
      rest = '';
    }
    this.pending[stream] = rest;
  }

  /** Matches what is left of each stream once the process has ended. */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.pending[stream] !== '') this.match(this.pending[stream]);
      this.pending[stream] = '';
    }
  }

  /** Each metric's values in arrival order, by name. */
  series(): Record<string, MetricPoint[]> {
    return Object.fromEntries(this.points);
  }

  /** The last value of each metric that was seen, in the order of the definitions. */
  finalMetrics(): FinalMetric[] {
    return this.metrics.flatMap(({ name }) => {
      const last = this.points.get(name)?.at(-1);
      return last === undefined
        ? []
        : [{ MetricName: name, Value: last.Value, Timestamp: last.Timestamp }];
    });
  }

  private match(line: string): void {
    for (const { name, pattern } of this.metrics) {
      const found = pattern.exec(line);
      if (found === null) continue;
      const text = (found[1] ?? found[0]).trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) continue;
      const points = this.points.get(name) ?? [];
      points.push({ Timestamp: this.now().toISOString(), Value: value });
      this.points.set(name, points);
    }
  }
}
