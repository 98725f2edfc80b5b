import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attemptJobsFolder, killLeftoverProcess, recordAttemptProcess } from './leftover-process';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-leftover-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A process left running as the leader of its own group, as a step's process is. */
function leftover() {
  const child = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  return { pid: child.pid ?? 0, ended };
}

describe('killLeftoverProcess', () => {
  it("kills the attempt's recorded process and those of its jobs' folders", async () => {
    const step = leftover();
    const job = leftover();
    const jobDir = join(root, attemptJobsFolder, 'Tune-abc-001-12345678');
    await mkdir(jobDir, { recursive: true });
    recordAttemptProcess(root, step.pid);
    recordAttemptProcess(jobDir, job.pid);

    expect(killLeftoverProcess(root)).toBe(true);
    expect(await step.ended).toBe('SIGKILL');
    expect(await job.ended).toBe('SIGKILL');
    expect(killLeftoverProcess(root)).toBe(false);
  });
});
