import { constants, readFileSync, realpathSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isWithin, staysInside, staysInsideSync } from './confined-path';
import { type ObjectLocation, locateUri } from './object-location';
import { copyIntoFolder, writeObjectFile } from './object-write';
import { RuntimeUserError, showUri, systemErrorCode } from './runtime-error';
import { formatS3Uri, isValidBucketName, joinKey, parseS3Uri } from './s3-uri';
import { walkFiles } from './tree-walk';

export interface ObjectStoreOptions {
  /** The data directory; objects live in `<dataDir>/objects/<bucket>/<key>`. */
  dataDir: string;
  /** Where relative `file://` paths start; the working directory by default. */
  fileBaseDir?: string;
}

/** One object under a listed prefix. */
export interface ObjectEntry {
  key: string;
  uri: string;
  size: number;
  modified: Date;
}

/** An object opened for download. */
export interface OpenedObject {
  stream: Readable;
  size: number;
  modified: Date;
}

/**
 * The local object store: `s3://bucket/key` is the file `<dataDir>/objects/<bucket>/<key>` and
 * a prefix is a folder (SageMaker's S3Prefix); `file://` URIs reach the file system. No key can
 * leave its bucket folder: `parseS3Uri` rejects traversal in every spelling, and every disk
 * access resolves symlinks first and checks the result is still inside the bucket.
 */
export class ObjectStore {
  readonly objectsDir: string;
  private readonly stagingDir: string;
  private readonly fileBaseDir: string;

  constructor(options: ObjectStoreOptions) {
    this.objectsDir = join(options.dataDir, 'objects');
    // Not a valid bucket name, so it can never collide with one.
    this.stagingDir = join(this.objectsDir, '.staging');
    this.fileBaseDir = options.fileBaseDir ?? process.cwd();
  }

  /** Where `uri` lives, after the syntax checks (throws `RuntimeUserError`). */
  locate(uri: string): ObjectLocation {
    return locateUri(uri, { objectsDir: this.objectsDir, fileBaseDir: this.fileBaseDir });
  }

  /**
   * Stores a file or a folder from disk at `uri`. A folder becomes a prefix (each file at
   * `<key>/<relative path>`); a file becomes the object `key`, or `<key><file name>` when the
   * key ends in `/`. Existing keys are overwritten and others under the prefix are kept, as
   * an S3 upload does. Returns how many files were written.
   */
  async put(sourcePath: string, uri: string): Promise<number> {
    const location = this.locate(uri);
    const source = await statOrThrow(
      sourcePath,
      `${sourcePath}: nothing to upload, it does not exist`,
    );
    const asPrefix = uri.endsWith('/') || (location.scheme === 's3' && location.key === '');
    if (!source.isDirectory()) {
      const target = asPrefix ? `${uri.replace(/\/?$/, '/')}${basename(sourcePath)}` : uri;
      await this.writeOne(sourcePath, target);
      return 1;
    }
    const root = await realpath(sourcePath);
    const files = await walkFiles(root, { boundary: root, outside: 'reject', label: sourcePath });
    for (const file of files) {
      const target =
        location.scheme === 's3'
          ? formatS3Uri(location.bucket, joinKey(location.key, file.relative))
          : `file://${join(location.path, file.relative)}`;
      await this.writeOne(file.path, target);
    }
    return files.length;
  }

  private async writeOne(source: string, uri: string): Promise<void> {
    const location = this.locate(uri);
    if (location.scheme === 'file') return copyIntoFolder(source, location.path);
    await this.confine(location, uri);
    await writeObjectFile(source, location.path, this.stagingDir, uri);
  }

  /**
   * Copies the object or prefix at `uri` into `targetDir`: an object as `<targetDir>/<its
   * name>`, a prefix with its folder structure. Like SageMaker, an input with nothing at its
   * URI is an error. Returns how many files were copied.
   */
  async copyTo(uri: string, targetDir: string): Promise<number> {
    const location = this.locate(uri);
    if (location.scheme === 's3') await this.confine(location, uri);
    const missing = `${showUri(uri)}: no object or prefix found there`;
    const source = await statOrThrow(location.path, missing);
    if (!source.isDirectory()) {
      await copyIntoFolder(location.path, join(targetDir, basename(location.path)));
      return 1;
    }
    const boundary = location.scheme === 's3' ? await realpath(location.bucketDir) : '/';
    const outside = location.scheme === 's3' ? 'reject' : 'follow';
    const files = await walkFiles(location.path, { boundary, outside, label: uri });
    if (files.length === 0)
      throw new RuntimeUserError('not-found', `${missing} (the prefix is empty)`);
    for (const file of files) await copyIntoFolder(file.path, join(targetDir, file.relative));
    return files.length;
  }

  /**
   * Objects whose key starts with the prefix of `prefixUri` (S3 ListObjects semantics:
   * `s3://b/data/` lists a folder, `s3://b/data/tr` also matches `data/train.csv`), sorted
   * by key. Symlinks leaving the bucket are left out.
   */
  async list(prefixUri: string): Promise<ObjectEntry[]> {
    const location = this.s3Only(prefixUri, 'listed');
    await this.confine(location, prefixUri);
    const folderKey = location.key.slice(0, location.key.lastIndexOf('/') + 1);
    const folder = join(location.bucketDir, folderKey);
    if (!(await isDirectory(folder))) return [];
    const boundary = await realpath(location.bucketDir);
    const files = await walkFiles(folder, { boundary, outside: 'skip', label: prefixUri });
    return files
      .map((file) => ({ ...file, key: `${folderKey}${file.relative}` }))
      .filter((file) => file.key.startsWith(location.key))
      .map(({ key, size, modified }) => ({
        key,
        uri: formatS3Uri(location.bucket, key),
        size,
        modified,
      }));
  }

  /** The buckets that hold at least a folder in the store, sorted. */
  async listBuckets(): Promise<string[]> {
    const entries = await readdir(this.objectsDir, { withFileTypes: true }).catch((error) => {
      if (systemErrorCode(error) === 'ENOENT') return [];
      throw error;
    });
    return entries
      .filter((entry) => entry.isDirectory() && isValidBucketName(entry.name))
      .map((entry) => entry.name)
      .sort();
  }

  /** Opens one `s3://` object for download: a read stream and its size. */
  async open(uri: string): Promise<OpenedObject> {
    const location = this.s3Only(uri, 'downloaded');
    const real = await this.realObjectPath(location, uri);
    // O_NOFOLLOW: the path was just resolved; a symlink swapped in since then is refused.
    const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      throw new RuntimeUserError('not-found', `${uri}: this is a prefix, not an object`);
    }
    return { stream: handle.createReadStream(), size: info.size, modified: info.mtime };
  }

  /** Parsed JSON at `uri` (`s3://` or `file://`). */
  async readJson(uri: string): Promise<unknown> {
    const location = this.locate(uri);
    const path =
      location.scheme === 's3' ? await this.realObjectPath(location, uri) : location.path;
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw notFoundOr(error, uri);
    });
    return parseJson(text, uri);
  }

  /**
   * The synchronous `readJson`, for `Std:JsonGet` inside the engine's synchronous expression
   * evaluation. Property files are small; blocking briefly is the price of a pure evaluator.
   */
  readJsonSync(uri: string): unknown {
    const location = this.locate(uri);
    let path = location.path;
    try {
      if (location.scheme === 's3') {
        if (!staysInsideSync(location.bucketDir, location.path)) throw leavesBucket(uri);
        path = realpathSync(location.path);
      }
      return parseJson(readFileSync(path, 'utf8'), uri);
    } catch (error) {
      throw notFoundOr(error, uri);
    }
  }

  private s3Only(uri: string, verb: string): Extract<ObjectLocation, { scheme: 's3' }> {
    if (!uri.startsWith('s3://')) {
      throw new RuntimeUserError('invalid-uri', `${showUri(uri)}: only s3:// URIs can be ${verb}`);
    }
    parseS3Uri(uri);
    return this.locate(uri) as Extract<ObjectLocation, { scheme: 's3' }>;
  }

  private async confine(location: Extract<ObjectLocation, { scheme: 's3' }>, uri: string) {
    if (!(await staysInside(location.bucketDir, location.path))) throw leavesBucket(uri);
  }

  private async realObjectPath(location: Extract<ObjectLocation, { scheme: 's3' }>, uri: string) {
    const real = await realpath(location.path).catch((error: unknown) => {
      throw notFoundOr(error, uri);
    });
    const bucket = await realpath(location.bucketDir);
    if (!isWithin(bucket, real)) throw leavesBucket(uri);
    return real;
  }
}

function leavesBucket(uri: string): RuntimeUserError {
  return new RuntimeUserError(
    'outside-root',
    `${showUri(uri)}: the key leaves its bucket (through a symlink)`,
  );
}

function notFoundOr(error: unknown, uri: string): unknown {
  const code = systemErrorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new RuntimeUserError('not-found', `${showUri(uri)}: no object found there`);
  }
  if (code === 'EISDIR')
    return new RuntimeUserError('not-found', `${showUri(uri)}: this is a prefix, not an object`);
  return error;
}

function parseJson(text: string, uri: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RuntimeUserError('not-json', `${showUri(uri)}: not valid JSON (${detail})`);
  }
}

async function statOrThrow(path: string, message: string) {
  try {
    return await stat(path);
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') throw new RuntimeUserError('not-found', message);
    throw error;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
