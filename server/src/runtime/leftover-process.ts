import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signalQuietly } from './process-tree';

const pidFileName = 'process.pid';

/** Records the process group an attempt runs in, so a restarted server can find it. */
export function recordAttemptProcess(attemptDir: string, pid: number): void {
  writeFileSync(join(attemptDir, pidFileName), `${pid}\n`);
}

/** The attempt's process has ended normally: nothing is left to clean up after a restart. */
export function forgetAttemptProcess(attemptDir: string): void {
  rmSync(join(attemptDir, pidFileName), { force: true });
}

/**
 * After a crash of the server, an attempt's processes may still run (in host mode nothing ties
 * them to the server). They are killed before the step runs again, so a step never runs twice
 * at once. Returns whether a process group was signalled.
 */
export function killLeftoverProcess(attemptDir: string): boolean {
  let text: string;
  try {
    text = readFileSync(join(attemptDir, pidFileName), 'utf8');
  } catch {
    return false;
  }
  const pid = Number(text.trim());
  forgetAttemptProcess(attemptDir);
  if (!Number.isInteger(pid) || pid <= 1) return false;
  signalQuietly(-pid, 'SIGKILL');
  return true;
}
