import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { LogFiles, type OutputListener } from './log-files';
import { listDescendants, signalQuietly } from './process-tree';
import { systemErrorCode } from './runtime-error';

/** How a process ended. */
export interface ProcessResult {
  /** The exit code, or `null` when a signal ended it or it never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when `stop()` was called before it ended. */
  stopped: boolean;
  /** Why it could not start (`python3: not found`), when it did not. */
  startError?: string;
}

export interface ProcessOptions {
  /** The executable; never run through a shell. */
  command: string;
  args: readonly string[];
  /** The complete environment (see `buildStepEnv`): nothing is inherited besides it. */
  env: Readonly<Record<string, string>>;
  cwd: string;
  /** `stdout.log`, `stderr.log` and `output.log` are appended here. */
  logDir: string;
  onOutput?: OutputListener;
  /** Between SIGTERM and SIGKILL on stop; 10 s by default. */
  stopGraceMs?: number;
  /**
   * Who gets the SIGTERM on stop. `group` (the default): the whole process group. `descendants`:
   * only the processes below the leader, for a leader such as `bwrap` that kills everything it
   * contains the moment it dies itself; the SIGKILL still goes to the whole group.
   */
  terminate?: 'group' | 'descendants';
}

/** A started process. */
export interface RunningProcess {
  readonly pid: number | undefined;
  /** Settles once the process has ended and its output is on disk; never rejects. */
  readonly result: Promise<ProcessResult>;
  /** SIGTERM now, SIGKILL after the grace period; does nothing once it has ended. */
  stop(): void;
}

const defaultGraceMs = 10_000;
// Output a process left running in another session may hold the pipes open forever.
const drainAfterExitMs = 2_000;

/**
 * Starts a command from an argument array (`shell: false`) as the leader of its own process
 * group (`detached: true`), so stop can signal everything it started. When the leader exits,
 * what is left of its group is killed, as a container's processes end with its entrypoint.
 * Output goes to the log files and the listener as it arrives.
 */
export async function startProcess(options: ProcessOptions): Promise<RunningProcess> {
  const logs = await LogFiles.open(options.logDir, options.onOutput);
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    shell: false,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => logs.write('stdout', chunk));
  child.stderr.on('data', (chunk: Buffer) => logs.write('stderr', chunk));

  let stopped = false;
  let exited = false;
  let killTimer: NodeJS.Timeout | undefined;
  const killGroup = () => {
    if (child.pid !== undefined) signalQuietly(-child.pid, 'SIGKILL');
  };

  const result = new Promise<ProcessResult>((resolve) => {
    child.once('error', (error) => {
      if (child.pid !== undefined) return; // a failed kill, not a failed start: 'close' follows
      // spawn says ENOENT for a missing working directory too: tell the two apart.
      const startError = !existsSync(options.cwd)
        ? `${options.command}: the working directory ${options.cwd} does not exist`
        : `${options.command}: ${systemErrorCode(error) === 'ENOENT' ? 'not found' : error.message}`;
      logs.note(`could not start ${startError}`);
      void logs.close().then(() => resolve({ exitCode: null, signal: null, stopped, startError }));
    });
    child.once('exit', () => {
      exited = true;
      clearTimeout(killTimer);
      killGroup();
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, drainAfterExitMs).unref();
    });
    child.once('close', (exitCode, signal) => {
      if (child.pid === undefined) return; // it never started: settled by 'error'
      void logs.close().then(() => resolve({ exitCode, signal, stopped }));
    });
  });

  const stop = () => {
    if (stopped || exited || child.pid === undefined) return;
    stopped = true;
    const pid = child.pid;
    if (options.terminate === 'descendants') {
      void listDescendants(pid).then((pids) => pids.forEach((p) => signalQuietly(p, 'SIGTERM')));
    } else {
      signalQuietly(-pid, 'SIGTERM');
    }
    killTimer = setTimeout(killGroup, options.stopGraceMs ?? defaultGraceMs);
  };

  return { pid: child.pid, result, stop };
}
