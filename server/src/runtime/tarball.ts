import { mkdir, readdir } from 'node:fs/promises';
import { create, extract } from 'tar';

/**
 * Packs what is inside `folder` as a gzipped tar at `file`, entries relative to the folder
 * (`model.joblib`, not `model/model.joblib`), as SageMaker packs `/opt/ml/model` into
 * `model.tar.gz`. Symlinks are stored as links, never followed, so nothing outside the folder
 * is packed. An empty folder gives an archive with no files.
 */
export async function packFolder(folder: string, file: string): Promise<void> {
  const entries = (await readdir(folder)).sort();
  await create(
    { gzip: true, file, cwd: folder, portable: true },
    entries.length === 0 ? ['.'] : entries,
  );
}

/**
 * Unpacks a gzipped (or plain) tar into `folder`. Entries that would land outside it (`..`,
 * absolute paths, links leading out) are refused by `tar` itself rather than written.
 */
export async function unpackTarball(file: string, folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await extract({ file, cwd: folder, strict: true });
}
