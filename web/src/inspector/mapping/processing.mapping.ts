import type { ProcessingInput, ProcessingOutput, PropertyFile } from '@pipewright/shared';
import { entriesAt, listAt, textAt, valueAt } from './form-mapping';

const args = 'Arguments';
const cluster = [args, 'ProcessingResources', 'ClusterConfig'];

/** A Processing step: its container, data in and out, property files and resources. */
export const processingForm = {
  image: valueAt([args, 'AppSpecification', 'ImageUri']),
  entrypoint: listAt([args, 'AppSpecification', 'ContainerEntrypoint']),
  containerArguments: listAt([args, 'AppSpecification', 'ContainerArguments']),
  inputs: listAt<ProcessingInput>([args, 'ProcessingInputs']),
  outputs: listAt<ProcessingOutput>([args, 'ProcessingOutputConfig', 'Outputs']),
  environment: entriesAt([args, 'Environment']),
  propertyFiles: listAt<PropertyFile>(['PropertyFiles']),
  instanceType: valueAt([...cluster, 'InstanceType']),
  instanceCount: valueAt([...cluster, 'InstanceCount']),
  volumeSizeInGB: valueAt([...cluster, 'VolumeSizeInGB']),
  maxRuntimeInSeconds: valueAt([args, 'StoppingCondition', 'MaxRuntimeInSeconds']),
  roleArn: valueAt([args, 'RoleArn']),
};

/** One ProcessingInput: where its data comes from and where the job sees it. */
export const processingInputForm = {
  name: textAt(['InputName']),
  source: valueAt(['S3Input', 'S3Uri']),
  localPath: valueAt(['S3Input', 'LocalPath']),
  dataType: valueAt(['S3Input', 'S3DataType']),
  inputMode: valueAt(['S3Input', 'S3InputMode']),
};

/** One ProcessingOutput: the folder the job writes and, optionally, where it is uploaded. */
export const processingOutputForm = {
  name: textAt(['OutputName']),
  localPath: valueAt(['S3Output', 'LocalPath']),
  destination: valueAt(['S3Output', 'S3Uri']),
  uploadMode: valueAt(['S3Output', 'S3UploadMode']),
};

export const propertyFileForm = {
  name: textAt(['PropertyFileName']),
  outputName: textAt(['OutputName']),
  filePath: textAt(['FilePath']),
};

/** A new input named `name`, shaped as the SDK writes one. */
export function newProcessingInput(name: string): ProcessingInput {
  return {
    InputName: name,
    AppManaged: false,
    S3Input: {
      S3Uri: '',
      LocalPath: `/opt/ml/processing/input/${name}`,
      S3DataType: 'S3Prefix',
      S3InputMode: 'File',
      S3DataDistributionType: 'FullyReplicated',
      S3CompressionType: 'None',
    },
  };
}

export function newProcessingOutput(name: string): ProcessingOutput {
  return {
    OutputName: name,
    AppManaged: false,
    S3Output: { LocalPath: `/opt/ml/processing/${name}`, S3UploadMode: 'EndOfJob' },
  };
}

/** A name not used by any of `names`: `base`, `base2`, … */
export function uniqueName(base: string, names: readonly unknown[]): string {
  const taken = new Set(names);
  if (!taken.has(base)) return base;
  for (let index = 2; ; index++) if (!taken.has(`${base}${index}`)) return `${base}${index}`;
}
