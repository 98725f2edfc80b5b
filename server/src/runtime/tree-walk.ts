import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isWithin } from './confined-path';
import { RuntimeUserError, systemErrorCode } from './runtime-error';

/** A regular file found under a folder. */
export interface TreeFile {
  /** Path below the walked folder, `/`-separated (it becomes part of an S3 key). */
  relative: string;
  /** Where to read it: the real path, symlinks resolved. */
  path: string;
  size: number;
  modified: Date;
}

/**
 * What to do with a symlink whose target is outside `boundary`: `reject` throws (copying it
 * would smuggle an outside file in), `skip` leaves it out (listing must not reveal it), `follow`
 * copies it (the user's own file system, reached through a `file://` URI).
 */
export type OutsideSymlinkPolicy = 'reject' | 'skip' | 'follow';

export interface WalkOptions {
  /** The real path symlinks must stay inside. */
  boundary: string;
  outside: OutsideSymlinkPolicy;
  /** Names the folder in messages, e.g. the URI being copied. */
  label: string;
}

async function realOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch (error) {
    // A dangling symlink has nothing to copy.
    if (systemErrorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Every regular file under `root`, sorted by relative path. Symlinks are followed when their
 * target stays inside the boundary (or as the policy says); a symlinked folder already being
 * walked is not entered again, so a link loop ends. Sockets, FIFOs and devices are ignored.
 */
export async function walkFiles(root: string, options: WalkOptions): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  await walkFolder(await realpath(root), '', options, new Set(), files);
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

async function walkFolder(
  folder: string,
  relative: string,
  options: WalkOptions,
  ancestors: Set<string>,
  files: TreeFile[],
): Promise<void> {
  ancestors.add(folder);
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const path = join(folder, entry.name);
    const real = entry.isSymbolicLink() ? await realOrUndefined(path) : path;
    if (real === undefined) continue;
    if (entry.isSymbolicLink() && !isWithin(options.boundary, real)) {
      if (options.outside === 'skip') continue;
      if (options.outside === 'reject') {
        throw new RuntimeUserError(
          'outside-root',
          `${options.label}: ${childRelative} is a symlink to ${real}, which is outside it`,
        );
      }
    }
    const stats: Stats = await stat(real);
    if (stats.isDirectory()) {
      if (!ancestors.has(real)) await walkFolder(real, childRelative, options, ancestors, files);
    } else if (stats.isFile()) {
      files.push({ relative: childRelative, path: real, size: stats.size, modified: stats.mtime });
    }
  }
  ancestors.delete(folder);
}
