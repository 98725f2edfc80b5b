import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attemptLayout } from '../attempt-layout';
import { findExecutable } from '../executable-lookup';
import { processFailureReason, readTail } from '../failure-reason';
import { forgetAttemptProcess, recordAttemptProcess } from '../leftover-process';
import { logFileNames, type OutputListener } from '../log-files';
import { buildStepEnv } from '../process-env';
import { startProcess } from '../process-runner';
import { RuntimeUserError } from '../runtime-error';
import type { LambdaHandler } from './handler-lookup';

/** One call of a local Lambda handler. */
export interface LambdaInvocation {
  handler: LambdaHandler;
  /** The step's resolved Arguments. */
  event: unknown;
  functionName: string;
  functionArn: string;
  region: string;
  timeoutSeconds: number;
  attemptDir: string;
  onLog: OutputListener;
  signal: AbortSignal;
  /** Called once the handler's process has started. */
  onStarted?: () => void;
  stopGraceMs?: number;
  /** The server's environment, to take the allowlisted variables from; `process.env` by default. */
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

/** How the call ended. */
export type InvocationResult =
  | { kind: 'returned'; value: unknown }
  | { kind: 'raised'; errorType: string; errorMessage: string }
  /** The process ended without writing a result (`sys.exit`, a crash, killed by a signal). */
  | { kind: 'crashed'; reason: string }
  | { kind: 'timed-out' }
  | { kind: 'stopped' };

const bootstraps = {
  python: fileURLToPath(new URL('./lambda-bootstrap.py', import.meta.url)),
  node: fileURLToPath(new URL('./lambda-bootstrap.mjs', import.meta.url)),
};

/**
 * Runs a handler in its own process through the bootstrap of its language: the event and a
 * Lambda-like context go in through a file, the result comes back through another, so whatever
 * the handler prints is its log. Past `timeoutSeconds` the process is stopped (SIGTERM, then
 * SIGKILL after the grace period), as is it when `signal` aborts.
 */
export async function invokeLambda(call: LambdaInvocation): Promise<InvocationResult> {
  const layout = attemptLayout(call.attemptDir);
  const workDir = join(call.attemptDir, 'lambda');
  await Promise.all(
    [workDir, layout.tmpDir, layout.logDir].map((dir) => mkdir(dir, { recursive: true })),
  );
  const invocationFile = join(workDir, 'invocation.json');
  const resultFile = join(workDir, 'result.json');
  const requestId = randomUUID();
  await writeFile(
    invocationFile,
    JSON.stringify({
      event: call.event,
      context: {
        functionName: call.functionName,
        functionVersion: '$LATEST',
        invokedFunctionArn: call.functionArn,
        memoryLimitInMB: '128',
        awsRequestId: requestId,
        logGroupName: `/aws/lambda/${call.functionName}`,
        logStreamName: `pipewright/${requestId}`,
        deadlineMs: Date.now() + call.timeoutSeconds * 1000,
      },
    }),
  );
  const taskRoot = dirname(call.handler.path);
  const env = buildStepEnv({
    host: call.hostEnv,
    layers: [
      {
        AWS_LAMBDA_FUNCTION_NAME: call.functionName,
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
        AWS_REGION: call.region,
        AWS_DEFAULT_REGION: call.region,
        LAMBDA_TASK_ROOT: taskRoot,
        TMPDIR: layout.tmpDir,
        PYTHONUNBUFFERED: '1',
        // A handler in the project's lambdas/ folder should not leave __pycache__ behind.
        PYTHONDONTWRITEBYTECODE: '1',
      },
    ],
  });
  const command = await commandFor(call.handler, env.PATH, taskRoot);
  const args = [...command.args, call.handler.path, invocationFile, resultFile];
  if (call.signal.aborted) return { kind: 'stopped' };
  const running = await startProcess({
    command: command.command,
    args,
    env,
    cwd: taskRoot,
    logDir: layout.logDir,
    onOutput: call.onLog,
    ...(call.stopGraceMs !== undefined && { stopGraceMs: call.stopGraceMs }),
  });
  if (running.pid !== undefined) {
    recordAttemptProcess(call.attemptDir, running.pid);
    call.onStarted?.();
  }
  let timedOut = false;
  const stop = () => running.stop();
  call.signal.addEventListener('abort', stop, { once: true });
  if (call.signal.aborted) stop();
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, call.timeoutSeconds * 1000);
  try {
    const result = await running.result;
    forgetAttemptProcess(call.attemptDir);
    if (timedOut && result.stopped) return { kind: 'timed-out' };
    if (result.stopped) return { kind: 'stopped' };
    const written = await readResult(resultFile);
    if (written !== undefined) return written;
    const stderr = await readTail(join(layout.logDir, logFileNames.stderr));
    return { kind: 'crashed', reason: processFailureReason(result, stderr) };
  } finally {
    clearTimeout(timer);
    call.signal.removeEventListener('abort', stop);
  }
}

async function commandFor(
  handler: LambdaHandler,
  pathEnv: string | undefined,
  cwd: string,
): Promise<{ command: string; args: string[] }> {
  if (handler.runtime === 'node') {
    // The Node that runs Pipewright, so JavaScript handlers need nothing else installed.
    return {
      command: process.execPath,
      args: ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', bootstraps.node],
    };
  }
  const python = await findExecutable('python3', pathEnv, cwd);
  if (python === undefined) {
    throw new RuntimeUserError(
      'executable-not-found',
      `python3 was not found on this machine (PATH=${pathEnv ?? ''}); Python Lambda handlers run with the host's python3.`,
    );
  }
  return { command: python, args: [bootstraps.python] };
}

async function readResult(path: string): Promise<InvocationResult | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const written = JSON.parse(text) as {
    result?: unknown;
    errorType?: string;
    errorMessage?: string;
  };
  if ('result' in written) return { kind: 'returned', value: written.result };
  return {
    kind: 'raised',
    errorType: written.errorType ?? 'Error',
    errorMessage: written.errorMessage ?? '',
  };
}
