import { containerMlDir } from './attempt-layout';

/** A processing input or output: its name and its `LocalPath` (a `/opt/ml/processing/...` path). */
export interface NamedLocalPath {
  name: string;
  localPath: string;
}

/** `train-data` → `TRAIN_DATA`, for variable names. */
export function variableSuffix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * `/opt/ml/...` → `<mlDir>/...` for a step that runs without bubblewrap. Catches a whole value
 * (`/opt/ml/processing/input`) and an option's value (`--input=/opt/ml/processing/input`);
 * a path in the middle of other text is left as it is.
 */
export function rewriteContainerPath(value: string, mlDir: string): string {
  return value.replace(
    /^(--?[A-Za-z0-9][\w.-]*=)?\/opt\/ml(?=\/|$)/,
    (_match, option: string | undefined) => `${option ?? ''}${mlDir}`,
  );
}

/**
 * The variables Pipewright adds for a processing step, with paths as the step sees them
 * (`/opt/ml/...` inside bubblewrap, the attempt folder otherwise). SageMaker Processing itself
 * sets none of these (a processing container gets only the job's `Environment` and the files
 * in `/opt/ml/config`); they let a script find its folders in both local modes.
 */
export function processingVariables(options: {
  mlRoot: string;
  tmpDir: string;
  inputs: readonly NamedLocalPath[];
  outputs: readonly NamedLocalPath[];
}): Record<string, string> {
  const { mlRoot } = options;
  const view = (localPath: string) => `${mlRoot}${localPath.slice(containerMlDir.length)}`;
  const variables: Record<string, string> = {
    SM_OPT_ML_DIR: mlRoot,
    SM_PROCESSING_DIR: `${mlRoot}/processing`,
    SM_PROCESSING_INPUT_DIR: `${mlRoot}/processing/input`,
    SM_PROCESSING_OUTPUT_DIR: `${mlRoot}/processing/output`,
    SM_OUTPUT_DIR: `${mlRoot}/output`,
    SM_CONFIG_DIR: `${mlRoot}/config`,
    SM_CURRENT_HOST: 'algo-1',
    SM_HOSTS: '["algo-1"]',
    TMPDIR: options.tmpDir,
    // Python buffers a pipe's output until exit; unbuffered, its logs stream live.
    PYTHONUNBUFFERED: '1',
  };
  for (const input of options.inputs) {
    variables[`SM_PROCESSING_INPUT_${variableSuffix(input.name)}`] = view(input.localPath);
  }
  for (const output of options.outputs) {
    variables[`SM_PROCESSING_OUTPUT_${variableSuffix(output.name)}`] = view(output.localPath);
  }
  return variables;
}
