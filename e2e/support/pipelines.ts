/**
 * Builders for the pipeline documents the end-to-end tests create: small steps that run Python
 * on the host, so a test reads as the pipeline it needs, not as SageMaker's request shapes.
 */

/** One small instance: the local runtime runs on the host and ignores the size. */
export const instance = { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 1 };
export const role = 'arn:aws:iam::000000000000:role/local';
/** Where a Processing step finds the script its "code" input brings (see `codeInput`). */
export const codeDir = '/opt/ml/processing/input/code';

export interface ProcessingOptions {
  dependsOn?: string[];
  /** The image, for the image map; the local runtime runs the entrypoint on the host either way. */
  image?: string;
  containerArguments?: unknown[];
  /** More of the step's Arguments (ProcessingInputs, ProcessingOutputConfig…). */
  arguments?: Record<string, unknown>;
}

/** A Processing step that runs `entrypoint` (a program and its arguments). */
export function processingStep(
  name: string,
  entrypoint: unknown[],
  options: ProcessingOptions = {},
) {
  const { dependsOn, image = 'local/python', containerArguments, arguments: more } = options;
  return {
    Name: name,
    Type: 'Processing',
    ...(dependsOn && { DependsOn: dependsOn }),
    Arguments: {
      AppSpecification: {
        ImageUri: image,
        ContainerEntrypoint: entrypoint,
        ...(containerArguments && { ContainerArguments: containerArguments }),
      },
      ProcessingResources: { ClusterConfig: instance },
      RoleArn: role,
      ...more,
    },
  };
}

/** A Processing step running a Python one-liner (or a few lines) on the host. */
export const pythonStep = (name: string, script: string, options: ProcessingOptions = {}) =>
  processingStep(name, ['python3', '-c', script], options);

export interface TrainingOptions {
  entrypoint: unknown[];
  /** Metric names; each is read from log lines such as `loss=0.42`. */
  metrics: string[];
  outputPath: string;
}

/** A Training step whose entrypoint prints `name=value` metrics. */
export function trainingStep(name: string, { entrypoint, metrics, outputPath }: TrainingOptions) {
  return {
    Name: name,
    Type: 'Training',
    Arguments: {
      AlgorithmSpecification: {
        TrainingImage: 'python:3.11',
        TrainingInputMode: 'File',
        ContainerEntrypoint: entrypoint,
        MetricDefinitions: metrics.map((metric) => ({
          Name: metric,
          Regex: `${metric}=([0-9.]+)`,
        })),
      },
      OutputDataConfig: { S3OutputPath: outputPath },
      ResourceConfig: instance,
      StoppingCondition: { MaxRuntimeInSeconds: 300 },
      RoleArn: role,
    },
  };
}

/** The ProcessingInput that brings the script at `scriptUri` into `codeDir`. */
export function codeInput(scriptUri: string) {
  return {
    InputName: 'code',
    AppManaged: false,
    S3Input: {
      S3Uri: scriptUri,
      LocalPath: codeDir,
      S3DataType: 'S3Prefix',
      S3InputMode: 'File',
      S3DataDistributionType: 'FullyReplicated',
      S3CompressionType: 'None',
    },
  };
}

export interface PipelineOptions {
  parameters?: unknown[];
  /** Where the designer places each step. */
  positions?: Record<string, { x: number; y: number }>;
  /** Python scripts embedded in the document (`x-pipewright.files`), by their s3:// URI. */
  scripts?: Record<string, string>;
}

/** A pipeline document of `steps`. */
export function pipeline(steps: unknown[], options: PipelineOptions = {}) {
  const { parameters = [], positions, scripts } = options;
  return {
    Version: '2020-12-01',
    Parameters: parameters,
    Steps: steps,
    ...((positions || scripts) && {
      'x-pipewright': {
        formatVersion: 1,
        positions: positions ?? {},
        files: Object.fromEntries(
          Object.entries(scripts ?? {}).map(([uri, content]) => [
            uri,
            { language: 'python', content },
          ]),
        ),
      },
    }),
  };
}
