import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttemptLayout } from './attempt-layout';
import type { PythonValue } from './python-format';
import type { ResolvedTrainingArguments } from './training-arguments';

/** The folders of a training container below the attempt's `ml` folder (`/opt/ml`). */
export interface TrainingFolders {
  /** `/opt/ml/input/config`: hyperparameters.json, inputdataconfig.json, resourceconfig.json. */
  configDir: string;
  /** `/opt/ml/input/data`: one folder per channel. */
  dataDir: string;
  /** `/opt/ml/model`: packed as model.tar.gz when the job succeeds. */
  modelDir: string;
  /** `/opt/ml/output`: `failure` is the FailureReason. */
  outputDir: string;
  /** `/opt/ml/output/data`: packed as output.tar.gz when it holds anything. */
  outputDataDir: string;
  /** `/opt/ml/code`: the unpacked `sagemaker_submit_directory`, where script mode starts. */
  codeDir: string;
}

/** The training folders of an attempt (nothing is created). */
export function trainingFolders(layout: AttemptLayout): TrainingFolders {
  const { mlDir } = layout;
  return {
    configDir: join(mlDir, 'input', 'config'),
    dataDir: join(mlDir, 'input', 'data'),
    modelDir: join(mlDir, 'model'),
    outputDir: join(mlDir, 'output'),
    outputDataDir: join(mlDir, 'output', 'data'),
    codeDir: join(mlDir, 'code'),
  };
}

/** `inputdataconfig.json`: each channel's settings by name, as SageMaker writes them. */
export function inputDataConfigFile(
  args: ResolvedTrainingArguments,
): Record<string, Record<string, PythonValue>> {
  return Object.fromEntries(
    args.InputDataConfig.map((channel) => [
      channel.ChannelName,
      {
        ...(channel.ContentType !== undefined && { ContentType: channel.ContentType }),
        TrainingInputMode: channel.InputMode ?? args.AlgorithmSpecification.TrainingInputMode,
        S3DistributionType:
          channel.DataSource.S3DataSource?.S3DataDistributionType ?? 'FullyReplicated',
        RecordWrapperType: channel.RecordWrapperType,
      },
    ]),
  );
}

/** What goes into `/opt/ml/input/config`. */
export interface TrainingConfigFiles {
  /** The job's HyperParameters, as strings, exactly as given. */
  hyperparameters: Readonly<Record<string, string>>;
  inputDataConfig: Record<string, Record<string, PythonValue>>;
  resourceConfig: Record<string, PythonValue>;
  /** The job's request, with its name and ARN. */
  trainingJobConfig: unknown;
}

/**
 * Creates the attempt's folders laid out like a SageMaker training container's `/opt/ml` and
 * writes the configuration files SageMaker puts in `/opt/ml/input/config`.
 */
export async function prepareTrainingAttempt(
  layout: AttemptLayout,
  files: TrainingConfigFiles,
): Promise<TrainingFolders> {
  const folders = trainingFolders(layout);
  const dirs = [
    folders.configDir,
    folders.dataDir,
    folders.modelDir,
    folders.outputDataDir,
    join(folders.outputDir, 'intermediate'),
    folders.codeDir,
    layout.tmpDir,
    layout.logDir,
  ];
  await Promise.all(dirs.map((dir) => mkdir(dir, { recursive: true })));
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const write = (name: string, value: unknown) =>
    writeFile(join(folders.configDir, name), json(value));
  await Promise.all([
    write('hyperparameters.json', files.hyperparameters),
    write('inputdataconfig.json', files.inputDataConfig),
    write('resourceconfig.json', files.resourceConfig),
    write('trainingjobconfig.json', files.trainingJobConfig),
  ]);
  return folders;
}
