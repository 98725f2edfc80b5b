import { findExecutable } from './executable-lookup';
import { unrunnableImageMessage } from './image-map';
import { forgetAttemptProcess, recordAttemptProcess } from './leftover-process';
import type { OutputListener } from './log-files';
import { type ProcessResult, startProcess } from './process-runner';
import { RuntimeUserError } from './runtime-error';
import type { Sandbox, SandboxCommandInput } from './sandbox';

/** One run of a job's container entrypoint, as Processing and Training both run it. */
export interface ContainerProcessOptions {
  sandbox: Sandbox;
  /** What runs, with `/opt/ml/...` paths as the step wrote them. */
  command: SandboxCommandInput;
  /** Named in the message when the program is not on this machine. */
  imageUri: string;
  onLog: OutputListener;
  /** Aborting it stops the process (SIGTERM, then SIGKILL after the grace period). */
  signal: AbortSignal;
  /** Between SIGTERM and SIGKILL on stop; 10 s by default. */
  stopGraceMs?: number;
  /** `StoppingCondition.MaxRuntimeInSeconds`: the process is stopped once it has run this long. */
  maxRuntimeInSeconds?: number;
  /** Called just before the process is spawned, once it is known to be runnable. */
  onSpawning?: () => void;
  /** Called once the process has started. */
  onStarted?: () => void;
}

/** How the run ended; `timedOut` when MaxRuntimeInSeconds stopped it. */
export interface ContainerProcessEnd {
  result: ProcessResult;
  timedOut: boolean;
}

/**
 * Runs a job's entrypoint through the sandbox as the leader of its own process group, with its
 * output in the attempt's `logs/` folder. Throws a `RuntimeUserError` (before anything starts)
 * when the program is not on this machine, so the message can show how to map the image. The
 * process group is recorded in the attempt folder while it runs, so a restarted server can kill
 * what a crash left behind.
 */
export async function runContainerProcess(
  options: ContainerProcessOptions,
): Promise<ContainerProcessEnd> {
  const { layout } = options.command;
  const command = options.sandbox.command(options.command);
  const executable = command.hostArgv[0] ?? '';
  if ((await findExecutable(executable, command.env.PATH, command.cwd)) === undefined) {
    const why = `"${executable}" was not found on this machine`;
    throw new RuntimeUserError(
      'executable-not-found',
      unrunnableImageMessage(options.imageUri, why),
    );
  }
  options.onSpawning?.();
  const running = await startProcess({
    ...command,
    logDir: layout.logDir,
    onOutput: options.onLog,
    ...(options.stopGraceMs !== undefined && { stopGraceMs: options.stopGraceMs }),
  });
  if (running.pid !== undefined) {
    recordAttemptProcess(layout.attemptDir, running.pid);
    options.onStarted?.();
  }
  let timedOut = false;
  const stop = () => running.stop();
  options.signal.addEventListener('abort', stop, { once: true });
  if (options.signal.aborted) stop();
  const limit = options.maxRuntimeInSeconds;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          stop();
        }, limit * 1000);
  try {
    const result = await running.result;
    forgetAttemptProcess(layout.attemptDir);
    return { result, timedOut: timedOut && result.stopped };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', stop);
  }
}
