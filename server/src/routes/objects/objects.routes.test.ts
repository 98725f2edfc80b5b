import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTH_HEADERS, type TestApp, useTestApp } from '../../testing/test-app';

const headers = AUTH_HEADERS;
const SECRET = 'secret-outside-the-bucket';

/** A store with three objects in bucket `data` and a secret file outside the data dir. */
async function storeWithObjects(testApp: () => Promise<TestApp>) {
  const made = await testApp();
  const source = join(made.workDir, 'upload');
  mkdirSync(join(source, 'train'), { recursive: true });
  writeFileSync(join(source, 'train', 'a.csv'), 'x,y\n1,2\n');
  writeFileSync(join(source, 'train', 'b.csv'), 'x,y\n');
  writeFileSync(join(source, 'model "final".tar.gz'), 'model');
  await made.services.objectStore.put(source, 's3://data/set/');
  writeFileSync(join(made.workDir, 'secret.txt'), SECRET);
  return made;
}

const get = (made: TestApp, url: string) => made.app.inject({ url, headers });

describe('GET /api/objects', () => {
  const testApp = useTestApp();

  it('lists the objects under a prefix by key, a page at a time', async () => {
    const made = await storeWithObjects(testApp);
    const all = await get(made, '/api/objects?prefix=s3://data/set/');
    expect(all.json()).toEqual({
      prefix: 's3://data/set/',
      items: [
        {
          key: 'set/model "final".tar.gz',
          uri: 's3://data/set/model "final".tar.gz',
          size: 5,
          lastModified: expect.any(String),
        },
        expect.objectContaining({ key: 'set/train/a.csv', size: 8 }),
        expect.objectContaining({ key: 'set/train/b.csv', size: 4 }),
      ],
    });
    const first = await get(made, '/api/objects?prefix=s3://data/set/train&limit=1');
    const page = first.json<{ items: { key: string }[]; nextPageToken: string }>();
    expect(page.items.map((item) => item.key)).toEqual(['set/train/a.csv']);
    const next = await get(
      made,
      `/api/objects?prefix=s3://data/set/train&limit=1&pageToken=${page.nextPageToken}`,
    );
    expect(next.json()).toEqual({
      prefix: 's3://data/set/train',
      items: [expect.objectContaining({ key: 'set/train/b.csv' })],
    });
  });

  it('lists nothing under a prefix that holds nothing', async () => {
    const made = await storeWithObjects(testApp);
    const res = await get(made, '/api/objects?prefix=s3://data/none/');
    expect(res.json()).toEqual({ prefix: 's3://data/none/', items: [] });
  });

  it.each([
    ['no prefix', ''],
    ['a file URI', 'prefix=file:///etc/'],
    ['a climb', 'prefix=s3://data/../../'],
    ['an encoded climb', 'prefix=s3://data/%2e%2e/'],
    ['a double-encoded climb', 'prefix=s3://data/%25252e%25252e/'],
    ['an absolute key', 'prefix=s3://data//etc/'],
  ])('refuses %s with 400', async (_label, query) => {
    const made = await storeWithObjects(testApp);
    const res = await get(made, `/api/objects?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ problems: [expect.any(Object)] });
  });
});

describe('GET /api/objects/download', () => {
  const testApp = useTestApp();

  it('streams an object with its length and a safe file name', async () => {
    const made = await storeWithObjects(testApp);
    const uri = encodeURIComponent('s3://data/set/model "final".tar.gz');
    const res = await get(made, `/api/objects/download?uri=${uri}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('model');
    expect(res.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-length': '5',
      'content-disposition': `attachment; filename="model _final_.tar.gz"; filename*=UTF-8''model%20%22final%22.tar.gz`,
      'x-content-type-options': 'nosniff',
    });
  });

  it.each([
    ['a missing object', 's3://data/set/nothing.csv', 404],
    ['a prefix', 's3://data/set/train', 404],
    ['a climb', 's3://data/set/../../../secret.txt', 400],
    ['an encoded climb', 's3://data/%2e%2e/%2e%2e/secret.txt', 400],
    ['a double-encoded climb', 's3://data/%252e%252e/secret.txt', 400],
    ['an absolute key', 's3://data//etc/passwd', 400],
    ['a file URI', 'file:///etc/passwd', 400],
  ])('refuses %s', async (_label, uri, status) => {
    const made = await storeWithObjects(testApp);
    const res = await get(made, `/api/objects/download?uri=${encodeURIComponent(uri)}`);
    expect(res.statusCode).toBe(status);
    expect(res.body).not.toContain(SECRET);
  });

  it('does not follow a symlink out of the bucket', async () => {
    const made = await storeWithObjects(testApp);
    const bucket = join(made.dataDir, 'objects', 'data', 'set');
    symlinkSync(join(made.workDir, 'secret.txt'), join(bucket, 'link.txt'));
    const res = await get(made, '/api/objects/download?uri=s3://data/set/link.txt');
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain(SECRET);
    const listed = await get(made, '/api/objects?prefix=s3://data/set/');
    expect(listed.body).not.toContain('link.txt');
  });
});
