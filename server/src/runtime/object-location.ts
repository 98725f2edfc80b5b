import { isAbsolute, join, resolve } from 'node:path';
import { RuntimeUserError, showUri } from './runtime-error';
import { parseS3Uri } from './s3-uri';

/** Where a URI lives on this machine. */
export type ObjectLocation =
  | {
      scheme: 's3';
      bucket: string;
      key: string;
      /** `<objectsDir>/<bucket>`: nothing of this object may be outside it. */
      bucketDir: string;
      path: string;
    }
  | { scheme: 'file'; path: string };

/** The folders a URI is resolved against. */
export interface LocationRoots {
  objectsDir: string;
  /** Where a relative `file://` path (`file://data/x.csv`) starts. */
  fileBaseDir: string;
}

/**
 * Maps `s3://bucket/key` to `<objectsDir>/<bucket>/<key>` (after `parseS3Uri`'s checks) and
 * `file://` URIs to the file system. Like the SageMaker SDK's local mode, a `file://` URI is a
 * plain path, not percent-decoded: `file:///abs/path` or `file://relative/path`. A file URI is the
 * pipeline author's own choice of path, so it is not confined; an `s3://` key always is.
 * Syntax only: symlinks are checked by the object store when it touches the disk.
 */
export function locateUri(uri: string, roots: LocationRoots): ObjectLocation {
  if (uri.startsWith('s3://')) {
    const { bucket, key, segments } = parseS3Uri(uri);
    const bucketDir = join(roots.objectsDir, bucket);
    return { scheme: 's3', bucket, key, bucketDir, path: join(bucketDir, ...segments) };
  }
  if (uri.startsWith('file://')) {
    const path = uri.slice('file://'.length);
    if (path === '') throw new RuntimeUserError('invalid-uri', `${uri}: the file URI has no path`);
    if (path.includes('\0')) {
      throw new RuntimeUserError(
        'invalid-uri',
        `${showUri(uri)}: the URI contains a NUL character`,
      );
    }
    return { scheme: 'file', path: isAbsolute(path) ? path : resolve(roots.fileBaseDir, path) };
  }
  throw new RuntimeUserError(
    'invalid-uri',
    `${showUri(uri)}: only s3:// and file:// URIs can be used on this machine`,
  );
}
