import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ObjectStore } from './object-store';
import { RuntimeUserError } from './runtime-error';

let root: string;
let store: ObjectStore;
let source: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'pw-object-store-'));
  store = new ObjectStore({ dataDir: join(root, 'data'), fileBaseDir: root });
  source = join(root, 'source');
  outside = join(root, 'outside');
  await mkdir(join(source, 'nested'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(source, 'train.csv'), 'a,b\n1,2\n');
  await writeFile(join(source, 'nested', 'test.csv'), 'a,b\n3,4\n');
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await writeFile(join(outside, 'secret.json'), '{"secret":true}');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const bucketDir = () => join(root, 'data', 'objects', 'pipewright');

describe('ObjectStore put, list, open and copy', () => {
  it('stores a folder as a prefix and copies it back with its structure', async () => {
    expect(await store.put(source, 's3://pipewright/run/out')).toBe(2);
    expect(await readFile(join(bucketDir(), 'run/out/nested/test.csv'), 'utf8')).toBe('a,b\n3,4\n');

    const listed = await store.list('s3://pipewright/run/out/');
    expect(listed.map(({ key, uri, size }) => ({ key, uri, size }))).toEqual([
      { key: 'run/out/nested/test.csv', uri: 's3://pipewright/run/out/nested/test.csv', size: 8 },
      { key: 'run/out/train.csv', uri: 's3://pipewright/run/out/train.csv', size: 8 },
    ]);
    expect(listed[0]?.modified).toBeInstanceOf(Date);

    const target = join(root, 'copied');
    expect(await store.copyTo('s3://pipewright/run/out', target)).toBe(2);
    expect(await readFile(join(target, 'nested', 'test.csv'), 'utf8')).toBe('a,b\n3,4\n');
    expect(await readFile(join(target, 'train.csv'), 'utf8')).toBe('a,b\n1,2\n');
  });

  it('stores a file as an object, or under a prefix that ends in a slash', async () => {
    await store.put(join(source, 'train.csv'), 's3://pipewright/data/raw.csv');
    await store.put(join(source, 'train.csv'), 's3://pipewright/inputs/');
    const keys = (await store.list('s3://pipewright')).map((entry) => entry.key);
    expect(keys).toEqual(['data/raw.csv', 'inputs/train.csv']);

    const target = join(root, 'input');
    await store.copyTo('s3://pipewright/data/raw.csv', target);
    expect(await readdir(target)).toEqual(['raw.csv']);
  });

  it('lists with S3 string-prefix semantics', async () => {
    await store.put(source, 's3://pipewright/data/train');
    await store.put(join(source, 'train.csv'), 's3://pipewright/data/train2.csv');
    await store.put(join(source, 'train.csv'), 's3://pipewright/other.csv');
    const keys = async (prefix: string) => (await store.list(prefix)).map((entry) => entry.key);
    expect(await keys('s3://pipewright/data/tr')).toEqual([
      'data/train/nested/test.csv',
      'data/train/train.csv',
      'data/train2.csv',
    ]);
    expect(await keys('s3://pipewright/data/train/')).toHaveLength(2);
    expect(await keys('s3://pipewright/nothing/')).toEqual([]);
    expect(await keys('s3://other-bucket/')).toEqual([]);
  });

  it('overwrites an existing key and keeps the other keys of the prefix, like S3', async () => {
    await store.put(source, 's3://pipewright/out');
    await writeFile(join(source, 'train.csv'), 'new');
    await rm(join(source, 'nested'), { recursive: true });
    await store.put(source, 's3://pipewright/out');
    expect(await readFile(join(bucketDir(), 'out/train.csv'), 'utf8')).toBe('new');
    expect(await store.list('s3://pipewright/out/')).toHaveLength(2);
  });

  it('opens an object for download with its size', async () => {
    await store.put(join(source, 'train.csv'), 's3://pipewright/a.csv');
    const opened = await store.open('s3://pipewright/a.csv');
    expect(opened.size).toBe(8);
    expect(await text(opened.stream)).toBe('a,b\n1,2\n');
  });

  it('reads JSON asynchronously and synchronously', async () => {
    await writeFile(join(source, 'evaluation.json'), '{"metrics":{"mse":{"value":4.5}}}');
    await store.put(join(source, 'evaluation.json'), 's3://pipewright/eval/evaluation.json');
    const expected = { metrics: { mse: { value: 4.5 } } };
    expect(await store.readJson('s3://pipewright/eval/evaluation.json')).toEqual(expected);
    expect(store.readJsonSync('s3://pipewright/eval/evaluation.json')).toEqual(expected);
    expect(store.readJsonSync(`file://${join(source, 'evaluation.json')}`)).toEqual(expected);
  });

  it('lists buckets, never the staging folder', async () => {
    await store.put(join(source, 'train.csv'), 's3://bucket-b/x');
    await store.put(join(source, 'train.csv'), 's3://bucket-a/x');
    expect(await store.listBuckets()).toEqual(['bucket-a', 'bucket-b']);
  });

  it('reaches the file system through file:// URIs, relative ones from the base folder', async () => {
    await store.put(source, 'file://exported');
    expect(await readFile(join(root, 'exported', 'nested', 'test.csv'), 'utf8')).toBe('a,b\n3,4\n');
    const target = join(root, 'back');
    expect(await store.copyTo(`file://${join(root, 'exported')}`, target)).toBe(2);
    await store.put(`${root}/exported/train.csv`, 's3://pipewright/from-file.csv');
    expect(
      await store.readJson('file://exported/../source/nested/test.csv').catch((e) => e),
    ).toMatchObject({
      code: 'not-json',
    });
  });
});

describe('ObjectStore errors', () => {
  it('reports a missing object or prefix', async () => {
    await expect(store.copyTo('s3://pipewright/none', root)).rejects.toThrow(
      's3://pipewright/none: no object or prefix found there',
    );
    await expect(store.readJson('s3://pipewright/none.json')).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(() => store.readJsonSync('s3://pipewright/none.json')).toThrow('no object found there');
    await expect(store.open('s3://pipewright/none')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reports an empty prefix as missing input', async () => {
    await mkdir(join(bucketDir(), 'empty'), { recursive: true });
    await expect(store.copyTo('s3://pipewright/empty', join(root, 't'))).rejects.toThrow(
      'the prefix is empty',
    );
  });

  it('reports JSON that does not parse', async () => {
    await store.put(join(source, 'train.csv'), 's3://pipewright/bad.json');
    await expect(store.readJson('s3://pipewright/bad.json')).rejects.toThrow(
      's3://pipewright/bad.json: not valid JSON',
    );
  });

  it('reports an object and a prefix with the same name as a conflict', async () => {
    await store.put(join(source, 'train.csv'), 's3://pipewright/a');
    await expect(store.put(join(source, 'train.csv'), 's3://pipewright/a/b')).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
    await expect(store.open('s3://pipewright/')).rejects.toThrow();
  });

  it('downloads and lists only s3:// URIs', async () => {
    await expect(store.open(`file://${join(outside, 'secret.txt')}`)).rejects.toThrow(
      'only s3:// URIs can be downloaded',
    );
    await expect(store.list('file:///')).rejects.toThrow('only s3:// URIs can be listed');
    expect(() => store.locate('http://example.com/x')).toThrow('only s3:// and file:// URIs');
  });
});

describe('ObjectStore confinement', () => {
  const traversals = [
    's3://pipewright/../outside/secret.txt',
    's3://pipewright/%2e%2e/%2e%2e/outside/secret.txt',
    's3://pipewright/%252e%252e/%252e%252e/outside/secret.txt',
    's3://pipewright/..%2f..%2foutside%2fsecret.txt',
    's3://pipewright//etc/passwd',
    's3://pipewright/secret\0.txt',
  ];

  it.each(traversals)('refuses %s for every operation', async (uri) => {
    await expect(store.open(uri)).rejects.toBeInstanceOf(RuntimeUserError);
    await expect(store.readJson(uri)).rejects.toBeInstanceOf(RuntimeUserError);
    expect(() => store.readJsonSync(uri)).toThrow(RuntimeUserError);
    await expect(store.copyTo(uri, join(root, 't'))).rejects.toBeInstanceOf(RuntimeUserError);
    await expect(store.put(join(source, 'train.csv'), uri)).rejects.toBeInstanceOf(
      RuntimeUserError,
    );
    await expect(store.list(uri)).rejects.toBeInstanceOf(RuntimeUserError);
    expect(await readdir(outside)).toEqual(['secret.json', 'secret.txt']);
  });

  it('refuses to read through a symlink that leaves the bucket', async () => {
    await mkdir(bucketDir(), { recursive: true });
    await symlink(join(outside, 'secret.json'), join(bucketDir(), 'link.json'));
    await symlink(outside, join(bucketDir(), 'dir'));
    const leaves = 'the key leaves its bucket';
    await expect(store.open('s3://pipewright/link.json')).rejects.toThrow(leaves);
    await expect(store.readJson('s3://pipewright/link.json')).rejects.toThrow(leaves);
    expect(() => store.readJsonSync('s3://pipewright/link.json')).toThrow(leaves);
    expect(() => store.readJsonSync('s3://pipewright/dir/secret.json')).toThrow(leaves);
    await expect(store.copyTo('s3://pipewright/dir', join(root, 't'))).rejects.toThrow(leaves);
    await expect(store.list('s3://pipewright/dir/')).rejects.toThrow(leaves);
    expect((await store.list('s3://pipewright/')).map((entry) => entry.key)).toEqual([]);
  });

  it('refuses a prefix whose folder holds a symlink out of the bucket', async () => {
    await mkdir(join(bucketDir(), 'prefix'), { recursive: true });
    await writeFile(join(bucketDir(), 'prefix', 'ok.txt'), 'ok');
    await symlink(join(outside, 'secret.txt'), join(bucketDir(), 'prefix', 'leak.txt'));
    await expect(store.copyTo('s3://pipewright/prefix', join(root, 't'))).rejects.toThrow(
      'leak.txt is a symlink to',
    );
    expect((await store.list('s3://pipewright/prefix/')).map((entry) => entry.key)).toEqual([
      'prefix/ok.txt',
    ]);
  });

  it('refuses to write through a symlink that leaves the bucket', async () => {
    await mkdir(bucketDir(), { recursive: true });
    await symlink(outside, join(bucketDir(), 'escape'));
    await expect(
      store.put(join(source, 'train.csv'), 's3://pipewright/escape/planted.csv'),
    ).rejects.toThrow('the key leaves its bucket');
    expect(await readdir(outside)).toEqual(['secret.json', 'secret.txt']);
  });

  it('follows symlinks that stay inside the bucket', async () => {
    await store.put(join(source, 'train.csv'), 's3://pipewright/real/train.csv');
    await symlink(join(bucketDir(), 'real'), join(bucketDir(), 'alias'));
    expect(await text((await store.open('s3://pipewright/alias/train.csv')).stream)).toBe(
      'a,b\n1,2\n',
    );
  });

  it('refuses to upload a folder holding a symlink to a file outside it', async () => {
    await symlink(join(outside, 'secret.txt'), join(source, 'nested', 'leak.txt'));
    await expect(store.put(source, 's3://pipewright/out')).rejects.toThrow(
      'nested/leak.txt is a symlink to',
    );
  });
});
