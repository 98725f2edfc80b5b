import { describe, expect, it } from 'vitest';
import { RuntimeUserError } from './runtime-error';
import { isValidBucketName, joinKey, parseS3Uri } from './s3-uri';

describe('parseS3Uri', () => {
  it.each([
    ['s3://bucket', { bucket: 'bucket', key: '', segments: [] }],
    ['s3://bucket/', { bucket: 'bucket', key: '', segments: [] }],
    [
      's3://my.bucket-1/data/raw.csv',
      { bucket: 'my.bucket-1', key: 'data/raw.csv', segments: ['data', 'raw.csv'] },
    ],
    [
      's3://bucket/data/train/',
      { bucket: 'bucket', key: 'data/train/', segments: ['data', 'train'] },
    ],
    [
      's3://bucket/a%20b/c..d/...',
      { bucket: 'bucket', key: 'a%20b/c..d/...', segments: ['a%20b', 'c..d', '...'] },
    ],
  ])('reads %s', (uri, expected) => {
    expect(parseS3Uri(uri)).toEqual(expected);
  });

  it.each([
    ['s3://b/../x', 'the key leaves its bucket'],
    ['s3://bucket/../x', 'the key leaves its bucket'],
    ['s3://bucket/a/../../x', 'the key leaves its bucket'],
    ['s3://bucket/..', 'the key leaves its bucket'],
    ['s3://bucket/%2e%2e/x', 'the key leaves its bucket'],
    ['s3://bucket/%2E%2E/x', 'the key leaves its bucket'],
    ['s3://bucket/.%2e/x', 'the key leaves its bucket'],
    ['s3://bucket/%252e%252e/x', 'the key leaves its bucket'],
    ['s3://bucket/%25252e%25252e/x', 'the key leaves its bucket'],
    ['s3://bucket/..%2fx', 'encoded path separator'],
    ['s3://bucket/a%2f..%2f..%2fetc', 'encoded path separator'],
    ['s3://bucket/a%5c..%5cx', 'encoded path separator'],
    ['s3://bucket/..\\x', 'backslash'],
    ['s3://bucket/./x', '"." path segment'],
    ['s3://bucket//etc/passwd', 'the key is absolute'],
    ['s3://bucket/a//b', 'empty path segment'],
    ['s3://bucket/a\0b', 'NUL character'],
    ['s3://bucket/a%00b', 'NUL character'],
    ['s3://bucket/a%2500b', 'NUL character'],
    ['s3://Bucket/x', 'not a valid bucket name'],
    ['s3://b/x', 'not a valid bucket name'],
    ['s3://b/../x', 'the key leaves its bucket'],
    ['s3://../x', 'not a valid bucket name'],
    ['s3://bu..cket/x', 'not a valid bucket name'],
    ['s3:///x', 'not a valid bucket name'],
    ['s3://bucket_1/x', 'not a valid bucket name'],
    ['file:///etc/passwd', 'not an s3:// URI'],
    ['s3://bucket/' + 'k'.repeat(256), 'longer than 255 bytes'],
  ])('rejects %s', (uri, reason) => {
    const parse = () => parseS3Uri(uri);
    expect(parse).toThrow(RuntimeUserError);
    expect(parse).toThrow(reason);
  });

  it('names the URI in the message, with NUL made visible', () => {
    expect(() => parseS3Uri('s3://b/../x')).toThrow('s3://b/../x: the key leaves its bucket');
    expect(() => parseS3Uri('s3://bucket/a\0b')).toThrow('s3://bucket/a\\x00b');
  });

  it('gives traversal its own error code', () => {
    try {
      parseS3Uri('s3://bucket/%2e%2e/x');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'outside-root' });
    }
  });
});

describe('isValidBucketName', () => {
  it.each([
    ['pipewright', true],
    ['a.b-c', true],
    ['ab', false],
    ['a'.repeat(64), false],
    ['-abc', false],
    ['abc-', false],
    ['a.-b', false],
    ['192.168.1.1', false],
    ['xn--abc', false],
    ['abc-s3alias', false],
    ['.staging', false],
  ])('%s is %s', (name, valid) => {
    expect(isValidBucketName(name)).toBe(valid);
  });
});

describe('joinKey', () => {
  it('puts exactly one slash between prefix and name', () => {
    expect(joinKey('', 'a.csv')).toBe('a.csv');
    expect(joinKey('p', 'a.csv')).toBe('p/a.csv');
    expect(joinKey('p/', 'a.csv')).toBe('p/a.csv');
  });
});
