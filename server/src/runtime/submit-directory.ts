import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ObjectStore } from './object-store';
import { RuntimeUserError, systemErrorCode } from './runtime-error';
import { unpackTarball } from './tarball';

const tarballName = /\.(tar\.gz|tgz|tar)$/i;

/**
 * Puts the script-mode code where the training toolkit runs it: `sagemaker_submit_directory`
 * is the URI of a `sourcedir.tar.gz` (what the SDK uploads), unpacked into `codeDir`, or of a
 * prefix or folder (`s3://…/code/`, `file:///home/me/src`), copied into it as it is.
 * `scratchDir` holds the tarball while it is unpacked.
 */
export async function placeSubmitDirectory(
  objectStore: ObjectStore,
  uri: string,
  codeDir: string,
  scratchDir: string,
): Promise<void> {
  const name = basename(uri.replace(/\/+$/, ''));
  if (!tarballName.test(name)) {
    await objectStore.copyTo(uri, codeDir);
    return;
  }
  await objectStore.copyTo(uri, scratchDir);
  const tarball = join(scratchDir, name);
  const isFile = await stat(tarball).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!isFile) {
    throw new RuntimeUserError(
      'invalid-arguments',
      `sagemaker_submit_directory ${uri}: expected a tarball there, found a prefix`,
    );
  }
  try {
    await unpackTarball(tarball, codeDir);
  } catch (error) {
    // tar and zlib say TAR_BAD_ARCHIVE, Z_DATA_ERROR…; a full disk is the server's problem.
    if (!/^(TAR|Z)_/.test(systemErrorCode(error) ?? '')) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new RuntimeUserError(
      'invalid-arguments',
      `sagemaker_submit_directory ${uri}: not a readable tar archive (${detail})`,
    );
  }
}
