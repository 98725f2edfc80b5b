import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { containerMlDir } from './attempt-layout';
import { type DecodedHyperparameters, hyperparameterArgs, toolkitText } from './hyperparameters';
import type { ImageMap } from './image-map';
import { RuntimeUserError } from './runtime-error';
import type { ResolvedTrainingArguments } from './training-arguments';

/** What a training job runs, and where it starts. */
export interface TrainingEntrypoint {
  /** `/opt/ml/...` paths as written; the sandbox maps them. */
  argv: string[];
  cwd: string;
  /** Script mode's `sagemaker_program`, checked against the code once it is in place. */
  program?: string;
  /** `sagemaker_submit_directory`: the code to put in `/opt/ml/code` first. */
  submitDirectory?: string;
}

/** `/opt/ml/code`, where the training toolkit unpacks the code and runs the program from. */
export const containerCodeDir = `${containerMlDir}/code`;

/**
 * Decides what a training job runs, in the order SageMaker would:
 * 1. `AlgorithmSpecification.ContainerEntrypoint` (+ `ContainerArguments`), through the image
 *    map, from the server's working directory, as a Processing step runs;
 * 2. script mode, as the framework images' training toolkit does it: `python3 <sagemaker_program>`
 *    from `/opt/ml/code` with the other hyperparameters as `--name value` arguments (the image
 *    map may put a conda environment in front or replace `python3`);
 * 3. otherwise the image's own entrypoint with the argument `train`, which only an image map
 *    entry can supply here (a bring-your-own container).
 */
export function trainingEntrypoint(
  args: ResolvedTrainingArguments,
  hyperparameters: DecodedHyperparameters,
  imageMap: ImageMap,
  workingDir: string,
): TrainingEntrypoint {
  const {
    TrainingImage = '',
    ContainerEntrypoint,
    ContainerArguments,
  } = args.AlgorithmSpecification;
  const submitDirectory = toolkitText(hyperparameters, 'sagemaker_submit_directory');
  const extra = submitDirectory === undefined ? {} : { submitDirectory };
  if (ContainerEntrypoint !== undefined) {
    const argv = imageMap.argvFor(TrainingImage, ContainerEntrypoint, ContainerArguments);
    return { argv, cwd: workingDir, ...extra };
  }
  const program = toolkitText(hyperparameters, 'sagemaker_program');
  if (program === undefined) {
    return { argv: imageMap.argvFor(TrainingImage, [], ['train']), cwd: workingDir, ...extra };
  }
  if (!program.endsWith('.py')) {
    throw new RuntimeUserError(
      'unsupported',
      `sagemaker_program "${program}": only Python programs (.py) run in script mode locally`,
    );
  }
  if (submitDirectory === undefined) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `sagemaker_program "${program}" is set but sagemaker_submit_directory is not: give the s3:// URI of the code (a sourcedir.tar.gz or a prefix)`,
    );
  }
  const argv = imageMap.argvFor(
    TrainingImage,
    ['python3'],
    [program, ...hyperparameterArgs(hyperparameters.user)],
  );
  return { argv, cwd: containerCodeDir, program, submitDirectory };
}

/** Fails before the job starts when script mode's program is not in the code it was given. */
export async function checkProgramPresent(
  entrypoint: TrainingEntrypoint,
  codeDir: string,
): Promise<void> {
  const { program, submitDirectory } = entrypoint;
  if (program === undefined) return;
  const present = await stat(join(codeDir, program)).then(
    (info) => info.isFile(),
    () => false,
  );
  if (present) return;
  const found = (await readdir(codeDir).catch(() => [] as string[])).sort().slice(0, 10);
  throw new RuntimeUserError(
    'not-found',
    `sagemaker_program "${program}" is not in sagemaker_submit_directory ${submitDirectory ?? ''} (it holds: ${found.join(', ') || 'nothing'})`,
  );
}
