import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RuntimeUserError, systemErrorCode } from './runtime-error';

// A copy-on-write clone where the file system has them (btrfs, XFS, APFS): instant, no extra space.
const cloneOrCopy = constants.COPYFILE_FICLONE;

const conflictCodes = new Set(['EISDIR', 'ENOTDIR', 'ENOTEMPTY', 'EEXIST']);

/**
 * Copies `source` to `destination` so that a reader never sees half a file: it is copied into
 * the staging folder, then renamed into place (rename replaces a symlink at the destination
 * instead of writing through it). Across file systems (a bucket folder symlinked to another
 * disk) rename cannot work, and the copy goes straight to the destination.
 *
 * A key whose parent is an object, or an object where a prefix already is, is a conflict S3
 * allows and a file system does not; it is reported as such, with `uri` in the message.
 */
export async function writeObjectFile(
  source: string,
  destination: string,
  stagingDir: string,
  uri: string,
): Promise<void> {
  try {
    await mkdir(dirname(destination), { recursive: true });
  } catch (error) {
    throw conflictOr(error, uri);
  }
  await mkdir(stagingDir, { recursive: true });
  const staged = join(stagingDir, randomUUID());
  try {
    await copyFile(source, staged, cloneOrCopy);
    await rename(staged, destination);
  } catch (error) {
    await rm(staged, { force: true });
    if (systemErrorCode(error) !== 'EXDEV') throw conflictOr(error, uri);
    await copyFile(source, destination, cloneOrCopy);
  }
}

function conflictOr(error: unknown, uri: string): unknown {
  if (!conflictCodes.has(systemErrorCode(error) ?? '')) return error;
  return new RuntimeUserError(
    'conflict',
    `${uri}: cannot be stored locally: an object and a prefix would have the same name (S3 allows "a" and "a/b" side by side, a folder cannot)`,
  );
}

/** Copies one file into a local folder tree, creating its parent folders. */
export async function copyIntoFolder(source: string, destination: string): Promise<void> {
  await mkdir(dirname(destination), { recursive: true });
  await copyFile(source, destination, cloneOrCopy);
}
