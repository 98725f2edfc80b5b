import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PropertyFile } from '@pipewright/shared';
import {
  type AttemptLayout,
  attemptLayout,
  hostPathOfLocalPath,
  prepareAttempt,
} from './attempt-layout';
import { caughtFailureReason } from './caught-failure';
import { type ContainerProcessEnd, runContainerProcess } from './container-process';
import { processFailureReason, readExitMessage, readTail } from './failure-reason';
import type { ImageMap } from './image-map';
import { logFileNames, type OutputListener } from './log-files';
import type { ObjectStore } from './object-store';
import {
  type ResolvedProcessingArguments,
  checkRunnableLocally,
  parseProcessingArguments,
} from './processing-arguments';
import { ProcessingAttempt } from './processing-outcome';
import type { Sandbox } from './sandbox';
import type { NamedLocalPath } from './sandbox-env';
import type { StepOutcome } from './step-outcome';

/** Everything one attempt of a Processing step needs. */
export interface ProcessingStepContext {
  executionId: string;
  stepName: string;
  attempt: number;
  /** The step's Arguments with every expression already resolved to plain values. */
  arguments: unknown;
  propertyFiles?: readonly PropertyFile[];
  /** This attempt's own folder (the sandbox, its logs). */
  attemptDir: string;
  objectStore: ObjectStore;
  imageMap: ImageMap;
  sandbox: Sandbox;
  /** Where outputs without an S3Uri go: `<prefix><OutputName>`, e.g. `s3://pipewright/executions/<id>/<step>/`. */
  defaultOutputPrefix: string;
  onLog: OutputListener;
  /** Aborting it stops the step. */
  signal: AbortSignal;
  /** Called once the step's process has started (after its inputs were copied in). */
  onStarted?: () => void;
  /** The step's working directory; the server's by default (relative script paths start there). */
  workingDir?: string;
  /** Between SIGTERM and SIGKILL on stop; 10 s by default. */
  stopGraceMs?: number;
  /** The server's environment, to take the allowlisted variables from; `process.env` by default. */
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/** An input or output with where it is copied from or to. */
interface Transfer extends NamedLocalPath {
  uri: string;
  hostPath: string;
}

/**
 * Runs one attempt of a Processing step on this machine, as SageMaker would run the job: each
 * input is copied into the sandbox at its LocalPath, the entrypoint runs (through the image map
 * and the sandbox) with the step's Environment, and on exit code 0 each output folder is
 * uploaded to its S3Uri (`<defaultOutputPrefix><OutputName>` when it has none). A problem with
 * the step is a `Failed` outcome with a reason, never a throw; aborting `signal` stops it.
 */
export async function runProcessingStep(context: ProcessingStepContext): Promise<StepOutcome> {
  const job = new ProcessingAttempt(context.executionId, context.stepName, context.attempt);
  try {
    const args = parseProcessingArguments(context.arguments);
    checkRunnableLocally(args);
    const layout = attemptLayout(context.attemptDir);
    const inputs = planInputs(args, layout);
    const outputs = planOutputs(args, layout, context.defaultOutputPrefix);
    job.accepted(args, new Map(outputs.map((output) => [output.name, output.uri])));
    if (context.signal.aborted) return job.stopped();

    await prepareAttempt(layout, {
      ProcessingJobArn: job.metadata.ProcessingJob.Arn,
      ...job.describe('InProgress'),
    });
    for (const input of inputs) {
      await context.objectStore.copyTo(input.uri, input.hostPath);
      if (context.signal.aborted) return job.stopped();
    }
    for (const output of outputs) await mkdir(output.hostPath, { recursive: true });

    const { result, timedOut } = await runContainer(context, job, args, layout, {
      inputs,
      outputs,
    });
    const exitMessage = await readExitMessage(join(layout.mlDir, 'output', 'message'));
    if (timedOut) {
      const limit = args.StoppingCondition?.MaxRuntimeInSeconds ?? 0;
      return job.failed(
        `The job exceeded MaxRuntimeInSeconds (${limit} s) and was stopped`,
        exitMessage,
      );
    }
    if (result.stopped) return job.stopped(exitMessage);
    if (result.exitCode !== 0) {
      const stderr = await readTail(join(layout.logDir, logFileNames.stderr));
      return job.failed(processFailureReason(result, stderr), exitMessage);
    }
    for (const output of outputs) await context.objectStore.put(output.hostPath, output.uri);
    return job.succeeded(
      propertyFileUris(context.propertyFiles ?? [], job.outputUris),
      exitMessage,
    );
  } catch (error) {
    return job.failed(caughtFailureReason(error));
  }
}

function planInputs(args: ResolvedProcessingArguments, layout: AttemptLayout): Transfer[] {
  return args.ProcessingInputs.flatMap(({ InputName: name, S3Input: s3 }) => {
    if (s3 === undefined) return [];
    const hostPath = hostPathOfLocalPath(layout, s3.LocalPath, `Input "${name}"`);
    return [{ name, uri: s3.S3Uri, localPath: s3.LocalPath, hostPath }];
  });
}

function planOutputs(
  args: ResolvedProcessingArguments,
  layout: AttemptLayout,
  defaultPrefix: string,
): Transfer[] {
  const prefix = defaultPrefix.endsWith('/') ? defaultPrefix : `${defaultPrefix}/`;
  return (args.ProcessingOutputConfig?.Outputs ?? []).flatMap(
    ({ OutputName: name, S3Output: s3 }) => {
      if (s3 === undefined) return [];
      const hostPath = hostPathOfLocalPath(layout, s3.LocalPath, `Output "${name}"`);
      return [{ name, uri: s3.S3Uri ?? `${prefix}${name}`, localPath: s3.LocalPath, hostPath }];
    },
  );
}

function runContainer(
  context: ProcessingStepContext,
  job: ProcessingAttempt,
  args: ResolvedProcessingArguments,
  layout: AttemptLayout,
  paths: { inputs: readonly NamedLocalPath[]; outputs: readonly NamedLocalPath[] },
): Promise<ContainerProcessEnd> {
  const { ImageUri, ContainerEntrypoint, ContainerArguments } = args.AppSpecification;
  return runContainerProcess({
    sandbox: context.sandbox,
    command: {
      layout,
      argv: context.imageMap.argvFor(ImageUri, ContainerEntrypoint, ContainerArguments),
      environment: args.Environment,
      ...paths,
      cwd: context.workingDir ?? process.cwd(),
      ...(context.hostEnv && { hostEnv: context.hostEnv }),
    },
    imageUri: ImageUri,
    onLog: context.onLog,
    signal: context.signal,
    ...(context.stopGraceMs !== undefined && { stopGraceMs: context.stopGraceMs }),
    ...(args.StoppingCondition && {
      maxRuntimeInSeconds: args.StoppingCondition.MaxRuntimeInSeconds,
    }),
    onSpawning: () => job.started(),
    ...(context.onStarted && { onStarted: context.onStarted }),
  });
}

/** `<output S3Uri>/<FilePath>` for each property file whose output exists. */
function propertyFileUris(
  files: readonly PropertyFile[],
  outputUris: ReadonlyMap<string, string>,
): Record<string, string> {
  const uris: Record<string, string> = {};
  for (const file of files) {
    const base = outputUris.get(file.OutputName);
    if (base === undefined) continue;
    uris[file.PropertyFileName] =
      `${base.replace(/\/+$/, '')}/${file.FilePath.replace(/^\/+/, '')}`;
  }
  return uris;
}
