/** One metrics report a version points to: where it is and what part of ModelMetrics names it. */
export interface MetricReport {
  /** "ModelQuality › Statistics" */
  label: string;
  uri: string;
  contentType?: string;
}

/** One number (or text) read from a metrics report, by its dotted path. */
export interface MetricValue {
  name: string;
  value: number | string | boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The reports a `ModelMetrics` block points to (ModelQuality, Bias, Explainability, …), found
 * wherever an object carries an `S3Uri` string, so new SageMaker sections need no change here.
 */
export function metricReports(modelMetrics: unknown): MetricReport[] {
  const reports: MetricReport[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (!isRecord(node)) return;
    if (typeof node.S3Uri === 'string') {
      reports.push({
        label: path.join(' › ') || 'Metrics',
        uri: node.S3Uri,
        ...(typeof node.ContentType === 'string' && { contentType: node.ContentType }),
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
  };
  visit(modelMetrics, []);
  return reports;
}

/** True for URIs the local object store can answer: the server only serves `s3://`. */
export function isStoredObjectUri(uri: string): boolean {
  return /^s3:\/\/[^/]+\/.+/.test(uri);
}

const maxValues = 200;

/**
 * Reads a metrics report into named values. SageMaker's evaluation reports nest each metric as
 * `{ "mse": { "value": 4.1, "standard_deviation": 0.2 } }`; such a metric is read as its `value`
 * under the path to it (`regression_metrics.mse`). Other leaves keep their full path. Stops
 * after 200 values, as a page of numbers past that helps no one.
 */
export function flattenMetrics(report: unknown): MetricValue[] {
  const values: MetricValue[] = [];
  const visit = (node: unknown, path: string) => {
    if (values.length >= maxValues) return;
    if (typeof node === 'number' || typeof node === 'string' || typeof node === 'boolean') {
      values.push({ name: path || 'value', value: node });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`));
      return;
    }
    if (!isRecord(node)) return;
    if ('value' in node && isScalar(node.value)) {
      values.push({ name: path || 'value', value: node.value });
      return;
    }
    for (const [key, child] of Object.entries(node)) visit(child, path ? `${path}.${key}` : key);
  };
  visit(report, '');
  return values;
}

function isScalar(value: unknown): value is number | string | boolean {
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean';
}

/** A metric as people read it: numbers to at most 4 significant decimals. */
export function formatMetricValue(value: number | string | boolean): string {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}
