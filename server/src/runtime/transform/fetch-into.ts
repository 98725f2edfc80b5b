import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ObjectStore } from '../object-store';
import { RuntimeUserError, isRuntimeUserError, systemErrorCode } from '../runtime-error';
import { unpackTarball } from '../tarball';

const archivePattern = /\.(tar\.gz|tgz|tar)$/i;

/**
 * Puts what `uri` holds into `targetDir`, as SageMaker prepares a model or a source directory:
 * a `.tar.gz` (`.tgz`, `.tar`) object is unpacked there, anything else (a prefix, a single script)
 * is copied as it is. An archive with entries that would leave `targetDir` (absolute paths,
 * `..`) is refused, not unpacked. `what` names the URI in messages (`ModelDataUrl of model "m"`).
 */
export async function fetchInto(
  objectStore: ObjectStore,
  uri: string,
  targetDir: string,
  scratchDir: string,
  what: string,
): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  try {
    if (!archivePattern.test(uri)) {
      await objectStore.copyTo(uri, targetDir);
      return;
    }
    await mkdir(scratchDir, { recursive: true });
    const scratch = await mkdtemp(join(scratchDir, 'archive-'));
    try {
      await objectStore.copyTo(uri, scratch);
      const [name] = await readdir(scratch);
      await unpack(join(scratch, name ?? ''), targetDir, uri);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  } catch (error) {
    if (isRuntimeUserError(error)) {
      throw new RuntimeUserError(error.code, `${what}: ${error.message}`);
    }
    throw error;
  }
}

async function unpack(file: string, targetDir: string, uri: string): Promise<void> {
  try {
    await unpackTarball(file, targetDir);
  } catch (error) {
    // tar and zlib say TAR_BAD_ARCHIVE, Z_DATA_ERROR…; a full disk is the server's problem.
    if (!/^(TAR|Z)_/.test(systemErrorCode(error) ?? '')) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new RuntimeUserError(
      'invalid-arguments',
      `${uri} is not a readable tar archive (${detail})`,
    );
  }
}
