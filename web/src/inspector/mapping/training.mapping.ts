import type { TrainingChannel } from '@pipewright/shared';
import { type FieldMapping, entriesAt, listAt, textAt, valueAt } from './form-mapping';
import { type Path, getIn, setIn } from './lens';

const args = 'Arguments';

/** The hyperparameters that name the script (script mode), edited beside the script. */
export const scriptHyperparameters = ['sagemaker_program', 'sagemaker_submit_directory'];

/** A Training step: image, script, hyperparameters, data channels, metrics, output, resources. */
export const trainingForm = {
  image: valueAt([args, 'AlgorithmSpecification', 'TrainingImage']),
  inputMode: valueAt([args, 'AlgorithmSpecification', 'TrainingInputMode']),
  program: jsonStringAt([args, 'HyperParameters', 'sagemaker_program']),
  sourceDirectory: jsonStringAt([args, 'HyperParameters', 'sagemaker_submit_directory']),
  hyperparameters: entriesAt([args, 'HyperParameters'], scriptHyperparameters),
  channels: listAt<TrainingChannel>([args, 'InputDataConfig']),
  metricDefinitions: listAt<{ Name: unknown; Regex: unknown }>([
    args,
    'AlgorithmSpecification',
    'MetricDefinitions',
  ]),
  outputPath: valueAt([args, 'OutputDataConfig', 'S3OutputPath']),
  environment: entriesAt([args, 'Environment']),
  instanceType: valueAt([args, 'ResourceConfig', 'InstanceType']),
  instanceCount: valueAt([args, 'ResourceConfig', 'InstanceCount']),
  volumeSizeInGB: valueAt([args, 'ResourceConfig', 'VolumeSizeInGB']),
  maxRuntimeInSeconds: valueAt([args, 'StoppingCondition', 'MaxRuntimeInSeconds']),
  roleArn: valueAt([args, 'RoleArn']),
};

export const channelForm = {
  name: textAt(['ChannelName']),
  source: valueAt(['DataSource', 'S3DataSource', 'S3Uri']),
  contentType: valueAt(['ContentType']),
};

export const metricDefinitionForm = {
  name: valueAt(['Name']),
  regex: valueAt(['Regex']),
};

export function newChannel(name: string): TrainingChannel {
  return {
    ChannelName: name,
    DataSource: {
      S3DataSource: {
        S3DataType: 'S3Prefix',
        S3Uri: '',
        S3DataDistributionType: 'FullyReplicated',
      },
    },
    ContentType: 'text/csv',
  };
}

/**
 * A hyperparameter the SDK writes JSON-encoded (`"\"train.py\""`), read as the plain text it
 * encodes and written back encoded; text that is not JSON reads as itself. `''` removes it.
 */
export function jsonStringAt(path: Path): FieldMapping<string> {
  return {
    kind: 'text',
    path,
    read: (source) => decodeJsonString(getIn(source, path)),
    write: (source, value) => setIn(source, path, value === '' ? undefined : JSON.stringify(value)),
  };
}

/** The text a hyperparameter holds, decoded as the training toolkit decodes it. */
export function decodeJsonString(value: unknown): string {
  if (typeof value !== 'string') return '';
  try {
    const decoded: unknown = JSON.parse(value);
    return typeof decoded === 'string' ? decoded : value;
  } catch {
    return value;
  }
}
