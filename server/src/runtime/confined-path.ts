import { lstatSync, realpathSync } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { systemErrorCode } from './runtime-error';

// ENOTDIR: a parent is a file, so nothing below it exists (a write there fails later, clearly).
const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes(systemErrorCode(error) ?? '');

/** True when `child` is `parent` or below it (both already real, absolute paths). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function existsSync(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * Where `target` really is: symlinks in the part of it that exists are resolved (the rest,
 * not created yet, is appended as it is). This is what a write to `target` would touch, so a
 * symlink planted inside a root cannot carry a read or a write outside it.
 */
export async function realTarget(target: string): Promise<string> {
  let existing = target;
  const missing: string[] = [];
  while (!(await exists(existing))) {
    missing.unshift(basename(existing));
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return join(await realpath(existing), ...missing);
}

/** The synchronous `realTarget`, for the engine's synchronous expression evaluation. */
export function realTargetSync(target: string): string {
  let existing = target;
  const missing: string[] = [];
  while (!existsSync(existing)) {
    missing.unshift(basename(existing));
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  return join(realpathSync(existing), ...missing);
}

/** True when `target`, symlinks resolved, is inside `root` (symlinks resolved too). */
export async function staysInside(root: string, target: string): Promise<boolean> {
  return isWithin(await realTarget(root), await realTarget(target));
}

/** The synchronous `staysInside`. */
export function staysInsideSync(root: string, target: string): boolean {
  return isWithin(realTargetSync(root), realTargetSync(target));
}
