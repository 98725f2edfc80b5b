import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type AttemptLayout, attemptLayout } from './attempt-layout';
import { caughtFailureReason } from './caught-failure';
import { runContainerProcess } from './container-process';
import { processFailureReason, readExitMessage, readTail } from './failure-reason';
import { decodeHyperparameters } from './hyperparameters';
import type { ImageMap } from './image-map';
import { logFileNames, type OutputListener } from './log-files';
import { MetricWatcher } from './metric-watcher';
import type { ObjectStore } from './object-store';
import type { ProcessResult } from './process-runner';
import type { Sandbox } from './sandbox';
import { type StepMetadata, type StepOutcome, fitReason } from './step-outcome';
import { placeSubmitDirectory } from './submit-directory';
import { packFolder } from './tarball';
import { checkTrainingRunnableLocally, parseTrainingArguments } from './training-arguments';
import { checkProgramPresent, trainingEntrypoint } from './training-entrypoint';
import { resourceConfigFile, trainingVariables } from './training-env';
import {
  type TrainingFolders,
  inputDataConfigFile,
  prepareTrainingAttempt,
} from './training-layout';
import { TrainingAttempt } from './training-outcome';
import { trainingJobArn, trainingOutputUri } from './training-properties';

/** Everything one training job needs: a Training step's attempt, or one job of a tuning job. */
export interface TrainingJobContext {
  jobName: string;
  /** The CreateTrainingJob request without its name, every expression resolved. */
  arguments: unknown;
  /** The job's own folder (its sandbox, logs and packed archives). */
  attemptDir: string;
  objectStore: ObjectStore;
  imageMap: ImageMap;
  sandbox: Sandbox;
  /** The S3OutputPath when the Arguments give none, e.g. `s3://pipewright/executions/<id>/<step>`. */
  defaultOutputPath: string;
  onLog: OutputListener;
  /** Aborting it stops the job. */
  signal: AbortSignal;
  /** Called once the job's process has started, with the job's metadata. */
  onStarted?: (metadata: StepMetadata) => void;
  /** Set for a job a tuning job launched: DescribeTrainingJob's `TuningJobArn`. */
  tuningJobArn?: string;
  /** Where a job that is not in script mode starts; the server's working directory by default. */
  workingDir?: string;
  /** Between SIGTERM and SIGKILL on stop; 10 s by default. */
  stopGraceMs?: number;
  /** The server's environment, to take the allowlisted variables from; `process.env` by default. */
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs one training job on this machine as SageMaker would: each InputDataConfig channel is
 * copied to `/opt/ml/input/data/<channel>`, the configuration files are written to
 * `/opt/ml/input/config`, script mode's code is unpacked to `/opt/ml/code`, and the entrypoint
 * runs with the training toolkit's `SM_*` variables while MetricDefinitions read its log. On exit
 * code 0, `/opt/ml/model` is uploaded as `<S3OutputPath>/<job>/output/model.tar.gz` (and
 * `/opt/ml/output/data`, when it holds anything, as `output.tar.gz`). A problem is a `Failed`
 * outcome with a reason, never a throw; aborting `signal` stops the job.
 */
export async function runTrainingJob(context: TrainingJobContext): Promise<StepOutcome> {
  const job = new TrainingAttempt(context.jobName, context.tuningJobArn);
  try {
    const args = parseTrainingArguments(context.arguments);
    checkTrainingRunnableLocally(args);
    const outputPath = args.OutputDataConfig.S3OutputPath ?? context.defaultOutputPath;
    job.accept(args, outputPath);
    const watcher = new MetricWatcher(args.AlgorithmSpecification.MetricDefinitions);
    const hyperparameters = decodeHyperparameters(args.HyperParameters);
    const workingDir = context.workingDir ?? process.cwd();
    const entrypoint = trainingEntrypoint(args, hyperparameters, context.imageMap, workingDir);
    if (context.signal.aborted) return job.stopped();

    const layout = attemptLayout(context.attemptDir);
    const resourceConfig = resourceConfigFile(args.ResourceConfig?.InstanceType ?? 'local');
    const inputDataConfig = inputDataConfigFile(args);
    const jobArn = trainingJobArn(context.jobName);
    const folders = await prepareTrainingAttempt(layout, {
      hyperparameters: args.HyperParameters,
      inputDataConfig,
      resourceConfig,
      trainingJobConfig: { TrainingJobName: context.jobName, TrainingJobArn: jobArn, ...args },
    });
    for (const channel of args.InputDataConfig) {
      const uri = channel.DataSource.S3DataSource?.S3Uri ?? '';
      await context.objectStore.copyTo(uri, join(folders.dataDir, channel.ChannelName));
      if (context.signal.aborted) return job.stopped();
    }
    if (entrypoint.submitDirectory !== undefined) {
      const scratch = join(layout.attemptDir, 'submit');
      await placeSubmitDirectory(
        context.objectStore,
        entrypoint.submitDirectory,
        folders.codeDir,
        scratch,
      );
      await checkProgramPresent(entrypoint, folders.codeDir);
      if (context.signal.aborted) return job.stopped();
    }

    const limit = args.StoppingCondition?.MaxRuntimeInSeconds;
    const { result, timedOut } = await runContainerProcess({
      sandbox: context.sandbox,
      command: {
        layout,
        argv: entrypoint.argv,
        environment: args.Environment,
        inputs: [],
        outputs: [],
        cwd: entrypoint.cwd,
        variables: (mlRoot) =>
          trainingVariables({
            mlRoot,
            tmpDir: layout.tmpDir,
            jobName: context.jobName,
            jobArn,
            hyperparameters,
            inputDataConfig,
            resourceConfig,
            numCpus: availableParallelism(),
          }),
        ...(context.hostEnv && { hostEnv: context.hostEnv }),
      },
      imageUri: args.AlgorithmSpecification.TrainingImage ?? '',
      onLog: (stream, text) => {
        watcher.write(stream, text);
        context.onLog(stream, text);
      },
      signal: context.signal,
      ...(context.stopGraceMs !== undefined && { stopGraceMs: context.stopGraceMs }),
      ...(limit !== undefined && { maxRuntimeInSeconds: limit }),
      onSpawning: () => job.started(),
      onStarted: () => context.onStarted?.(job.metadata),
    });
    watcher.end();
    job.finalMetrics = watcher.finalMetrics();
    await writeFile(join(layout.attemptDir, 'metrics.json'), JSON.stringify(watcher.series()));

    if (timedOut) {
      const reason = `The job exceeded MaxRuntimeInSeconds (${limit} s) and was stopped`;
      return job.failed(reason, 'Stopped', 'MaxRuntimeExceeded');
    }
    if (result.stopped) return job.stopped();
    if (result.exitCode !== 0) return job.failed(await failureReason(result, folders, layout));
    const modelArtifacts = await uploadArtifacts(context, folders, layout, outputPath);
    return job.succeeded(modelArtifacts);
  } catch (error) {
    return job.failed(caughtFailureReason(error));
  }
}

/**
 * SageMaker's FailureReason: what the script wrote to `/opt/ml/output/failure` (the training
 * toolkit writes the exception there), otherwise the exit code and the end of stderr. A process
 * that could not start or was killed by a signal keeps that description, so retries can tell.
 */
async function failureReason(
  result: ProcessResult,
  folders: TrainingFolders,
  layout: AttemptLayout,
): Promise<string> {
  const failure = (await readExitMessage(join(folders.outputDir, 'failure')))?.trim() ?? '';
  if (failure !== '' && result.startError === undefined && result.signal === null) {
    return fitReason(`AlgorithmError: ${failure}`);
  }
  return processFailureReason(result, await readTail(join(layout.logDir, logFileNames.stderr)));
}

/** Packs and uploads model.tar.gz (always) and output.tar.gz (when there is output data). */
async function uploadArtifacts(
  context: TrainingJobContext,
  folders: TrainingFolders,
  layout: AttemptLayout,
  outputPath: string,
): Promise<string> {
  const artifactsDir = join(layout.attemptDir, 'artifacts');
  await mkdir(artifactsDir, { recursive: true });
  const modelFile = join(artifactsDir, 'model.tar.gz');
  await packFolder(folders.modelDir, modelFile);
  const modelUri = trainingOutputUri(outputPath, context.jobName, 'model.tar.gz');
  await context.objectStore.put(modelFile, modelUri);
  if ((await readdir(folders.outputDataDir)).length > 0) {
    const outputFile = join(artifactsDir, 'output.tar.gz');
    await packFolder(folders.outputDataDir, outputFile);
    const outputUri = trainingOutputUri(outputPath, context.jobName, 'output.tar.gz');
    await context.objectStore.put(outputFile, outputUri);
  }
  return modelUri;
}
