import { access, mkdir, realpath } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ModelContainer, ModelDescription } from '@pipewright/shared';
import { type AttemptLayout, attemptLayout } from '../attempt-layout';
import { runContainerProcess } from '../container-process';
import { caughtFailureReason } from '../caught-failure';
import { readTail } from '../failure-reason';
import type { ImageMap } from '../image-map';
import { type OutputListener, logFileNames } from '../log-files';
import type { ObjectStore } from '../object-store';
import type { ProcessResult } from '../process-runner';
import { RuntimeUserError, isRuntimeUserError } from '../runtime-error';
import type { Sandbox } from '../sandbox';
import { type StepMetadata, type StepOutcome, fitReason } from '../step-outcome';
import { walkFiles } from '../tree-walk';
import { type InferenceEntry, prepareInferenceEntry } from './inference-entry';
import { type RecordRules, assembleResponse, prepareRequest } from './records';
import {
  type ResolvedTransformArguments,
  checkTransformRunnable,
  parseTransformArguments,
} from './transform-arguments';
import { TransformAttempt } from './transform-attempt';
import { transformFolders, transformPaths } from './transform-layout';

/** Everything one attempt of a Transform step needs. */
export interface TransformStepContext {
  executionId: string;
  stepName: string;
  attempt: number;
  /** The step's Arguments with every expression already resolved to plain values. */
  arguments: unknown;
  /** This attempt's own folder (the sandbox, its logs). */
  attemptDir: string;
  objectStore: ObjectStore;
  imageMap: ImageMap;
  sandbox: Sandbox;
  /** The model a Model step recorded under this name, if any. */
  findModel(name: string): ModelDescription | undefined;
  onLog: OutputListener;
  /** Aborting it stops the step. */
  signal: AbortSignal;
  /** Called once the first inference process has started, with the job's ARN. */
  onStarted?: (metadata: StepMetadata) => void;
  /** Where inference processes start; the server's working directory by default. */
  workingDir?: string;
  /** Between SIGTERM and SIGKILL on stop; 10 s by default. */
  stopGraceMs?: number;
  /** The server's environment, to take the allowlisted variables from; `process.env` by default. */
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs one attempt of a Transform step on this machine (docs/local-runtime.md, "Batch
 * transform"): the model's artifact and code are unpacked into the sandbox, the input is
 * copied in, the model's inference script runs once per input file and writes
 * `<file>.out`, and the results are uploaded under `TransformOutput.S3OutputPath`. A problem is
 * a `Failed` outcome with a reason, never a throw; aborting `signal` stops it.
 */
export async function runTransformStep(context: TransformStepContext): Promise<StepOutcome> {
  const job = new TransformAttempt(context.executionId, context.stepName, context.attempt);
  try {
    const args = parseTransformArguments(context.arguments);
    checkTransformRunnable(args);
    job.accepted(args);
    const container = containerOf(context.findModel(args.ModelName), args.ModelName);
    if (context.signal.aborted) return job.stopped();

    const layout = attemptLayout(context.attemptDir);
    const folders = transformFolders(layout);
    const created = [folders.input, folders.output, layout.tmpDir, layout.logDir];
    await Promise.all(created.map((dir) => mkdir(dir, { recursive: true })));
    const entry = await prepareInferenceEntry({
      modelName: args.ModelName,
      container,
      args,
      layout,
      objectStore: context.objectStore,
      imageMap: context.imageMap,
    });
    const files = await copyInput(context.objectStore, args, folders.input);
    const rules = {
      splitType: args.TransformInput.SplitType,
      assembleWith: args.TransformOutput.AssembleWith,
    } as RecordRules;
    for (const [index, file] of files.entries()) {
      if (context.signal.aborted) return job.stopped();
      const failure = await transformFile({
        context,
        job,
        entry,
        layout,
        args,
        rules,
        file,
        first: index === 0,
      });
      if (failure !== undefined) return failure;
    }
    await context.objectStore.put(folders.output, args.TransformOutput.S3OutputPath);
    return job.succeeded();
  } catch (error) {
    return job.failed(caughtFailureReason(error));
  }
}

function containerOf(model: ModelDescription | undefined, name: string): ModelContainer {
  if (model === undefined) {
    throw new RuntimeUserError(
      'not-found',
      `Model "${name}" was not found. Locally, ModelName must name a model that a Model step created, in this or an earlier execution (for example {"Get": "Steps.<Model step>.ModelName"}).`,
    );
  }
  const containers = model.Containers ?? (model.PrimaryContainer ? [model.PrimaryContainer] : []);
  const [container] = containers;
  if (container === undefined || containers.length > 1) {
    throw new RuntimeUserError(
      'unsupported',
      `Model "${name}" has ${containers.length} containers; a local batch transform runs a model with exactly one (inference pipelines are not supported locally).`,
    );
  }
  return container;
}

/** Copies the input object or prefix into the sandbox and lists its files, sorted. */
async function copyInput(
  objectStore: ObjectStore,
  args: ResolvedTransformArguments,
  inputDir: string,
): Promise<string[]> {
  const uri = args.TransformInput.DataSource.S3DataSource.S3Uri;
  try {
    await objectStore.copyTo(uri, inputDir);
  } catch (error) {
    if (!isRuntimeUserError(error)) throw error;
    throw new RuntimeUserError(error.code, `TransformInput: ${error.message}`);
  }
  const root = await realpath(inputDir);
  const files = await walkFiles(root, { boundary: root, outside: 'reject', label: uri });
  return files.map((file) => file.relative);
}

interface FileRun {
  context: TransformStepContext;
  job: TransformAttempt;
  entry: InferenceEntry;
  layout: AttemptLayout;
  args: ResolvedTransformArguments;
  rules: RecordRules;
  /** Below `/opt/ml/transform/input`, `/`-separated. */
  file: string;
  first: boolean;
}

/** Runs the inference script on one file; the failure or stop outcome, or `undefined` when it worked. */
async function transformFile(run: FileRun): Promise<StepOutcome | undefined> {
  const { context, job, layout, file, rules } = run;
  const folders = transformFolders(layout);
  const records = await prepareRequest(join(folders.input, file), rules);
  const responsePath = join(folders.output, `${file}.out`);
  await mkdir(dirname(responsePath), { recursive: true });
  job.started();
  const limit = run.args.ModelClientConfig?.InvocationsTimeoutInSeconds;
  const { result, timedOut } = await runContainerProcess({
    sandbox: context.sandbox,
    command: {
      layout,
      argv: run.entry.argvFor(file),
      environment: run.entry.environment,
      inputs: [],
      outputs: [],
      cwd: context.workingDir ?? process.cwd(),
      ...(context.hostEnv && { hostEnv: context.hostEnv }),
    },
    imageUri: run.entry.image || '(no image)',
    onLog: context.onLog,
    signal: context.signal,
    ...(limit !== undefined && { maxRuntimeInSeconds: limit }),
    ...(context.stopGraceMs !== undefined && { stopGraceMs: context.stopGraceMs }),
    ...(run.first && { onStarted: () => context.onStarted?.(job.metadata) }),
  });
  if (timedOut) {
    return job.failed(
      `The inference on "${file}" exceeded InvocationsTimeoutInSeconds (${limit} s) and was stopped`,
    );
  }
  if (result.stopped) return job.stopped();
  if (result.exitCode !== 0) {
    const stderr = await readTail(join(layout.logDir, logFileNames.stderr));
    return job.failed(invocationFailure(file, result, stderr));
  }
  const wrote = await access(responsePath).then(
    () => true,
    () => false,
  );
  if (!wrote) {
    return job.failed(
      `AlgorithmError: inference on "${file}" wrote no response: the script must write ${transformPaths.output}/${file}.out (its --output)`,
    );
  }
  const assembled = await assembleResponse(responsePath, records, rules);
  if (!assembled.ok) {
    return job.failed(
      fitReason(`AlgorithmError: inference on "${file}" failed: ${assembled.problem}`),
    );
  }
  return undefined;
}

/** FailureReason for an inference process that ended badly, naming the file, with the end of stderr. */
function invocationFailure(file: string, result: ProcessResult, stderrTail: string): string {
  const how =
    result.startError !== undefined
      ? `could not start ${result.startError}`
      : result.signal !== null
        ? `the process was killed by ${result.signal}`
        : `exit code ${result.exitCode ?? 'unknown'}`;
  const detail = stderrTail === '' ? '' : `Last lines of stderr:\n${stderrTail}`;
  // The cause first, as Processing and Training word it, so retry policies classify it alike.
  return fitReason(`AlgorithmError: ${how} (inference on "${file}")`, detail);
}
