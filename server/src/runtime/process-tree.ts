import { readdir, readFile } from 'node:fs/promises';

interface ProcessInfo {
  pid: number;
  parent: number;
  state: string;
}

/** Reads `/proc/<pid>/stat`; `undefined` once the process is gone. */
async function readStat(pid: number): Promise<ProcessInfo | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, state: fields[0] ?? '?', parent: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

/**
 * Every live descendant of `pid` (children, their children, …), parents before children, read
 * from `/proc`; empty where there is no `/proc`. Used to signal the processes inside a
 * bubblewrap sandbox without signalling `bwrap` itself, whose death would SIGKILL them at once.
 */
export async function listDescendants(pid: number): Promise<number[]> {
  const names = await readdir('/proc').catch(() => [] as string[]);
  const infos = await Promise.all(
    names.filter((name) => /^\d+$/.test(name)).map((name) => readStat(Number(name))),
  );
  const children = new Map<number, number[]>();
  for (const info of infos) {
    if (info === undefined || info.state === 'Z') continue;
    children.set(info.parent, [...(children.get(info.parent) ?? []), info.pid]);
  }
  const found: number[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** True while `pid` runs (a zombie, dead but not yet reaped, does not count). */
export async function isRunning(pid: number): Promise<boolean> {
  const info = await readStat(pid);
  return info !== undefined && info.state !== 'Z' && info.state !== 'X';
}

/** Sends `signal` to a process (or, with a negative id, a process group) that may be gone already. */
export function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // ESRCH: it ended first, which is what we wanted.
  }
}
