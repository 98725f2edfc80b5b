import { RuntimeUserError, showUri } from './runtime-error';

/** A parsed `s3://bucket/key`. `key` is `''` for the bucket itself and may end in `/` (a prefix). */
export interface S3Location {
  bucket: string;
  key: string;
  /** The key's `/`-separated segments, without the empty one a trailing `/` leaves. */
  segments: string[];
}

// S3's own naming rules (general purpose buckets), so a name that works here works on AWS.
const bucketPattern = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ipAddressPattern = /^\d{1,3}(\.\d{1,3}){3}$/;
const maxKeyLength = 1024;
const maxSegmentBytes = 255;

/** True when `name` follows S3's bucket naming rules. */
export function isValidBucketName(name: string): boolean {
  return (
    bucketPattern.test(name) &&
    !name.includes('..') &&
    !name.includes('.-') &&
    !name.includes('-.') &&
    !ipAddressPattern.test(name) &&
    !name.startsWith('xn--') &&
    !name.endsWith('-s3alias')
  );
}

/**
 * Percent-decodes until nothing changes, so `%2e%2e` and `%252e%252e` both read as `..`.
 * A segment with a malformed escape is taken as it is: it cannot decode to anything else.
 */
function decodeFully(segment: string): string {
  let current = segment;
  for (let round = 0; round < 8; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

function reject(uri: string, why: string): never {
  throw new RuntimeUserError(
    why.includes('leaves') ? 'outside-root' : 'invalid-uri',
    `${showUri(uri)}: ${why}`,
  );
}

function checkSegment(uri: string, segment: string, isLast: boolean): void {
  if (segment === '') {
    if (!isLast) reject(uri, 'the key has an empty path segment ("//")');
    return;
  }
  const decoded = decodeFully(segment);
  if (decoded === '..') reject(uri, 'the key leaves its bucket');
  if (decoded === '.') reject(uri, 'the key has a "." path segment');
  if (/[/\\]/.test(decoded) || segment.includes('\\')) {
    reject(uri, 'the key has an encoded path separator or a backslash');
  }
  if (decoded.includes('\0')) reject(uri, 'the key contains a NUL character');
  if (Buffer.byteLength(segment) > maxSegmentBytes) {
    reject(
      uri,
      `a key segment is longer than ${maxSegmentBytes} bytes and cannot be stored locally`,
    );
  }
}

/**
 * Parses and checks an `s3://bucket/key` URI. Rejects, with a message naming the URI: other
 * schemes, invalid bucket names, NUL bytes, absolute keys, `..` and `.` segments in any
 * percent-encoded form, encoded separators and backslashes, and empty segments. A key that
 * passes can be joined under its bucket folder without ever leaving it (symlinks aside: the
 * object store checks those on disk).
 */
export function parseS3Uri(uri: string): S3Location {
  if (!uri.startsWith('s3://')) reject(uri, 'not an s3:// URI');
  if (uri.includes('\0')) reject(uri, 'the URI contains a NUL character');
  const rest = uri.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const key = slash === -1 ? '' : rest.slice(slash + 1);
  // The key first: a traversal attempt is named as such even when the bucket is also wrong.
  if (key.startsWith('/')) reject(uri, 'the key is absolute (it starts with "/")');
  if (key.length > maxKeyLength) reject(uri, `the key is longer than ${maxKeyLength} characters`);
  const parts = key === '' ? [] : key.split('/');
  parts.forEach((segment, index) => checkSegment(uri, segment, index === parts.length - 1));
  if (!isValidBucketName(bucket)) {
    reject(
      uri,
      `"${bucket}" is not a valid bucket name (3-63 lowercase letters, digits, "." and "-")`,
    );
  }
  return { bucket, key, segments: parts.filter((segment) => segment !== '') };
}

/** `s3://bucket/key`, from its parts. */
export function formatS3Uri(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}

/** Joins a prefix key and a relative key with exactly one `/` between them. */
export function joinKey(prefix: string, relative: string): string {
  if (prefix === '') return relative;
  return prefix.endsWith('/') ? `${prefix}${relative}` : `${prefix}/${relative}`;
}
