import { readdir, stat } from 'node:fs/promises';
import { posix } from 'node:path';
import type { ModelContainer } from '@pipewright/shared';
import type { AttemptLayout } from '../attempt-layout';
import type { ImageMap } from '../image-map';
import type { ObjectStore } from '../object-store';
import { RuntimeUserError } from '../runtime-error';
import { fetchInto } from './fetch-into';
import type { ResolvedTransformArguments } from './transform-arguments';
import { hostPathOf, transformFolders, transformPaths } from './transform-layout';

/** How every input file of one transform is handed to the model's inference script. */
export interface InferenceEntry {
  image: string;
  /** The argv for one input file (a path below `/opt/ml/transform/input`). */
  argvFor(file: string): string[];
  /** The container's Environment, the Transform's, and the batch variables. */
  environment: Record<string, string>;
}

export interface EntryInput {
  modelName: string;
  container: ModelContainer;
  args: ResolvedTransformArguments;
  layout: AttemptLayout;
  objectStore: ObjectStore;
  imageMap: ImageMap;
}

/**
 * Prepares the model's container the way SageMaker framework containers start: the model
 * artifact unpacked in `/opt/ml/model`, the source directory named by
 * `SAGEMAKER_SUBMIT_DIRECTORY` in `/opt/ml/code`, and `SAGEMAKER_PROGRAM` as the script to run
 * (see docs/local-runtime.md, "Batch transform").
 */
export async function prepareInferenceEntry(input: EntryInput): Promise<InferenceEntry> {
  const { container, modelName, layout } = input;
  const folders = transformFolders(layout);
  const environment = container.Environment ?? {};
  if (container.ModelDataUrl !== undefined) {
    const what = `ModelDataUrl of model "${modelName}"`;
    await fetchInto(
      input.objectStore,
      container.ModelDataUrl,
      folders.model,
      folders.scratch,
      what,
    );
  }
  const codeDir = await prepareCode(input, environment.SAGEMAKER_SUBMIT_DIRECTORY);
  const image = container.Image ?? '';
  const program = environment.SAGEMAKER_PROGRAM;
  const programPath =
    program === undefined ? undefined : await findProgram(input, codeDir, program);
  if (programPath === undefined) {
    if (!input.imageMap.suppliesEntrypoint(image)) {
      throw new RuntimeUserError(
        'invalid-arguments',
        `Model "${modelName}" has no SAGEMAKER_PROGRAM in its container Environment: locally, it names the inference script to run (or map the image ${image || '(none)'} to an entrypoint in the image map).`,
      );
    }
  }
  return {
    image,
    environment: { ...batchVariables(input.args), ...environment, ...input.args.Environment },
    argvFor: (file) =>
      input.imageMap.argvFor(image, programPath === undefined ? [] : ['python3'], [
        ...(programPath === undefined ? [] : [programPath]),
        ...inferenceOptions(file, input.args),
      ]),
  };
}

/** `--model-dir`, `--input`, `--output`, then `--content-type` and `--accept` when set. */
export function inferenceOptions(file: string, args: ResolvedTransformArguments): string[] {
  const contentType = args.TransformInput.ContentType;
  const accept = args.TransformOutput.Accept;
  return [
    '--model-dir',
    transformPaths.model,
    '--input',
    `${transformPaths.input}/${file}`,
    '--output',
    `${transformPaths.output}/${file}.out`,
    ...(contentType === undefined ? [] : ['--content-type', contentType]),
    ...(accept === undefined ? [] : ['--accept', accept]),
  ];
}

/** What SageMaker tells a container it is serving a batch transform. */
function batchVariables(args: ResolvedTransformArguments): Record<string, string> {
  return {
    SM_MODEL_DIR: transformPaths.model,
    SAGEMAKER_BATCH: 'true',
    ...(args.BatchStrategy !== undefined && { SAGEMAKER_BATCH_STRATEGY: args.BatchStrategy }),
    ...(args.MaxPayloadInMB !== undefined && {
      SAGEMAKER_MAX_PAYLOAD_IN_MB: String(args.MaxPayloadInMB),
    }),
    ...(args.MaxConcurrentTransforms !== undefined && {
      SAGEMAKER_MAX_CONCURRENT_TRANSFORMS: String(args.MaxConcurrentTransforms),
    }),
  };
}

/** The code folder as the container sees it, filled from SAGEMAKER_SUBMIT_DIRECTORY. */
async function prepareCode(input: EntryInput, submit: string | undefined): Promise<string> {
  // The SageMaker inference toolkit's default: code repacked into the model artifact.
  if (submit === undefined) return `${transformPaths.model}/code`;
  if (/^(s3|file):\/\//.test(submit)) {
    const folders = transformFolders(input.layout);
    const what = `SAGEMAKER_SUBMIT_DIRECTORY of model "${input.modelName}"`;
    await fetchInto(input.objectStore, submit, folders.code, folders.scratch, what);
    return transformPaths.code;
  }
  const normal = posix.normalize(submit).replace(/\/+$/, '');
  if (!normal.startsWith('/opt/ml/') || submit.includes('\0')) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `SAGEMAKER_SUBMIT_DIRECTORY "${submit}" of model "${input.modelName}" must be an s3:// or file:// URI, or a folder below /opt/ml (such as /opt/ml/model/code)`,
    );
  }
  return normal;
}

/** The script's path in the container, after checking it is a file inside the code folder. */
async function findProgram(input: EntryInput, codeDir: string, program: string): Promise<string> {
  const path = posix.normalize(posix.join(codeDir, program));
  const where = `SAGEMAKER_PROGRAM "${program}" of model "${input.modelName}"`;
  if (!path.startsWith(`${codeDir}/`) || program.includes('\0')) {
    throw new RuntimeUserError('invalid-arguments', `${where} must be a file inside ${codeDir}`);
  }
  const isFile = await stat(hostPathOf(input.layout, path)).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!isFile) {
    const names = await readdir(hostPathOf(input.layout, codeDir)).catch(() => []);
    const holds =
      names.length === 0
        ? 'that folder is empty or missing'
        : `it holds ${names.sort().slice(0, 10).join(', ')}`;
    throw new RuntimeUserError(
      'not-found',
      `${where} was not found in ${codeDir} (${holds}). Point SAGEMAKER_SUBMIT_DIRECTORY at the folder or sourcedir.tar.gz that contains it.`,
    );
  }
  return path;
}
