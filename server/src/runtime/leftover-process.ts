import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Where a step that runs several jobs (a Tuning step) keeps each job's folder and pid file. */
export const attemptJobsFolder = 'training-jobs';

function killRecorded(folder: string): boolean {
  let text: string;
  try {
    text = readFileSync(join(folder, pidFileName), 'utf8');
  } catch {
    return false;
  }
  const pid = Number(text.trim());
  forgetAttemptProcess(folder);
  if (!Number.isInteger(pid) || pid <= 1) return false;
  signalQuietly(-pid, 'SIGKILL');
  return true;
}

/**
 * After a crash of the server, an attempt's processes may still run (in host mode nothing ties
 * them to the server). They are killed before the step runs again, so a step never runs twice
 * at once; so are the processes of the jobs in the attempt's `training-jobs/<job>/` folders.
 * Returns whether a process group was signalled.
 */
export function killLeftoverProcess(attemptDir: string): boolean {
  let killed = killRecorded(attemptDir);
  let jobs: string[] = [];
  try {
    jobs = readdirSync(join(attemptDir, attemptJobsFolder));
  } catch {
    // No jobs folder: a step with one process.
  }
  for (const job of jobs) killed = killRecorded(join(attemptDir, attemptJobsFolder, job)) || killed;
  return killed;
}
