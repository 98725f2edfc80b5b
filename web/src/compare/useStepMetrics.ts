import { type ExecutionStep, type PipelineDocument, flattenDocument } from '@pipewright/shared';
import { useQueries } from '@tanstack/react-query';
import { executionQueries } from '../api/executions.queries';
import { registryQueries } from '../api/registry.queries';
import { flattenMetrics, isStoredObjectUri } from '../registry/model-metrics';
import type { NamedValue } from './compare-diff';

interface PropertyFile {
  PropertyFileName: string;
  OutputName: string;
  FilePath: string;
}

/** The property files a step declares, as the document gives them. */
function propertyFilesOf(step: Record<string, unknown>): PropertyFile[] {
  const files = step.PropertyFiles;
  if (!Array.isArray(files)) return [];
  return files.filter(
    (file): file is PropertyFile =>
      typeof file === 'object' &&
      file !== null &&
      typeof file.PropertyFileName === 'string' &&
      typeof file.OutputName === 'string' &&
      typeof file.FilePath === 'string',
  );
}

/** Where a processing output went, from the step's `DescribeProcessingJob` properties. */
function outputUri(properties: unknown, outputName: string): string | undefined {
  const outputs = (properties as { ProcessingOutputConfig?: { Outputs?: unknown } } | undefined)
    ?.ProcessingOutputConfig?.Outputs;
  if (!Array.isArray(outputs)) return undefined;
  const output = outputs.find(
    (candidate: { OutputName?: unknown }) => candidate?.OutputName === outputName,
  ) as { S3Output?: { S3Uri?: unknown } } | undefined;
  const uri = output?.S3Output?.S3Uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** Training metrics as SageMaker reports them: `FinalMetricDataList`. */
function finalMetrics(properties: unknown): NamedValue[] {
  const list = (properties as { FinalMetricDataList?: unknown } | undefined)?.FinalMetricDataList;
  if (!Array.isArray(list)) return [];
  return list.flatMap((metric: { MetricName?: unknown; Value?: unknown }) =>
    typeof metric?.MetricName === 'string' && typeof metric.Value === 'number'
      ? [{ name: metric.MetricName, value: metric.Value }]
      : [],
  );
}

/**
 * The metrics each succeeded step of one execution produced: a Training step's final metrics,
 * and the values in the JSON property files a step declares, named `<file>.<path>`.
 */
export function useStepMetrics(
  executionId: string,
  steps: readonly ExecutionStep[] | undefined,
  document: PipelineDocument | undefined,
): { byStep: Map<string, NamedValue[]>; loading: boolean } {
  const definitions = new Map(flattenDocument(document).map((node) => [node.name, node]));
  const measured = (steps ?? []).filter((step) => {
    if (step.StepStatus !== 'Succeeded') return false;
    const node = definitions.get(step.StepName);
    return (
      step.Metadata?.TrainingJob !== undefined ||
      node?.type === 'Training' ||
      (node !== undefined && propertyFilesOf(node.step).length > 0)
    );
  });
  const properties = useQueries({
    queries: measured.map((step) => executionQueries.properties(executionId, step.StepName)),
  });
  const files = measured.flatMap((step, index) => {
    const node = definitions.get(step.StepName);
    if (!node) return [];
    return propertyFilesOf(node.step).flatMap((file) => {
      const base = outputUri(properties[index]?.data, file.OutputName);
      if (base === undefined) return [];
      const uri = `${base.replace(/\/+$/, '')}/${file.FilePath}`;
      return isStoredObjectUri(uri) ? [{ stepName: step.StepName, file, uri }] : [];
    });
  });
  const fileResults = useQueries({
    queries: files.map((file) => registryQueries.jsonObject(file.uri)),
  });

  const byStep = new Map<string, NamedValue[]>();
  const add = (stepName: string, values: NamedValue[]) => {
    if (values.length > 0) byStep.set(stepName, [...(byStep.get(stepName) ?? []), ...values]);
  };
  measured.forEach((step, index) => add(step.StepName, finalMetrics(properties[index]?.data)));
  files.forEach(({ stepName, file }, index) => {
    const data = fileResults[index]?.data;
    if (data === undefined) return;
    add(
      stepName,
      flattenMetrics(data).map((metric) => ({
        name: `${file.PropertyFileName}.${metric.name}`,
        value: metric.value,
      })),
    );
  });
  const loading =
    properties.some((result) => result.isPending) || fileResults.some((result) => result.isPending);
  return { byStep, loading };
}
