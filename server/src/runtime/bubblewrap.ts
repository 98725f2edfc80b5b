import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  type AttemptLayout,
  attemptLayout,
  containerMlDir,
  prepareAttempt,
} from './attempt-layout';
import { findExecutable } from './executable-lookup';

const run = promisify(execFile);

/** What the `bwrap` command line needs to know about this machine, found once. */
export interface BubblewrapSetup {
  path: string;
  /**
   * How `/opt/ml` gets a mount point under a read-only `/`: `bind-over` when the host has one
   * already; otherwise `/opt` becomes a tmpfs holding `/opt/ml` and the host's own `/opt` entries
   * (listed here) bound back read-only, so tools installed in `/opt` keep working.
   */
  opt: 'bind-over' | { entries: { name: string; symlink?: string }[] };
}

/** The result of looking for a working bubblewrap. */
export type BubblewrapDetection =
  { ok: true; setup: BubblewrapSetup } | { ok: false; reason: string };

/**
 * The bubblewrap options (before `--` and the command) for one attempt: the whole file system
 * read-only, `/tmp` and the attempt folder writable, the attempt's `ml` folder at `/opt/ml`,
 * the network shared, a PID namespace so nothing outlives the step, and `--die-with-parent`
 * so nothing outlives the server either.
 */
export function bubblewrapArgs(
  setup: BubblewrapSetup,
  layout: AttemptLayout,
  cwd: string,
): string[] {
  const args = ['--die-with-parent', '--new-session', '--unshare-pid'];
  args.push('--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--bind', '/tmp', '/tmp');
  if (setup.opt !== 'bind-over') {
    args.push('--tmpfs', '/opt');
    for (const entry of setup.opt.entries) {
      const path = `/opt/${entry.name}`;
      if (entry.symlink !== undefined) args.push('--symlink', entry.symlink, path);
      else args.push('--ro-bind', path, path);
    }
  }
  args.push('--bind', layout.attemptDir, layout.attemptDir);
  args.push('--bind', layout.mlDir, containerMlDir);
  args.push('--chdir', cwd);
  return args;
}

async function optSetup(): Promise<BubblewrapSetup['opt'] | undefined> {
  if (
    await stat(containerMlDir).then(
      (info) => info.isDirectory(),
      () => false,
    )
  )
    return 'bind-over';
  const names = await readdir('/opt').catch(() => undefined);
  if (names === undefined) return undefined;
  const entries = await Promise.all(
    names.map(async (name) => {
      const symlink = await readlink(`/opt/${name}`).catch(() => undefined);
      return symlink === undefined ? { name } : { name, symlink };
    }),
  );
  return { entries };
}

function firstLine(error: unknown): string {
  const stderr =
    typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr) : '';
  const text = stderr.trim() || (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0] ?? text;
}

/**
 * Looks for a bubblewrap that works here: `bwrap` on the PATH, able to run
 * `bwrap --ro-bind / / --dev /dev --proc /proc true` (inside some containers it cannot create
 * namespaces), and able to run `true` with the exact layout a step gets. The reason says which
 * of these failed, for the server's startup line and the docs' troubleshooting.
 */
export async function detectBubblewrap(pathEnv = process.env.PATH): Promise<BubblewrapDetection> {
  const path = await findExecutable('bwrap', pathEnv, '/');
  if (path === undefined)
    return { ok: false, reason: 'bwrap is not installed (not found on PATH)' };
  const timeout = 10_000;
  try {
    await run(path, ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', 'true'], {
      timeout,
    });
  } catch (error) {
    return { ok: false, reason: `${path} cannot create a sandbox here: ${firstLine(error)}` };
  }
  const opt = await optSetup();
  if (opt === undefined)
    return { ok: false, reason: 'this machine has no /opt folder to mount /opt/ml in' };
  const setup: BubblewrapSetup = { path, opt };
  const probeDir = await mkdtemp(join(tmpdir(), 'pipewright-bwrap-probe-'));
  try {
    const layout = attemptLayout(probeDir);
    await prepareAttempt(layout, {});
    await run(path, [...bubblewrapArgs(setup, layout, '/'), '--', 'true'], { timeout });
    return { ok: true, setup };
  } catch (error) {
    return {
      ok: false,
      reason: `${path} cannot mount the step's /opt/ml here: ${firstLine(error)}`,
    };
  } finally {
    await rm(probeDir, { recursive: true, force: true });
  }
}
