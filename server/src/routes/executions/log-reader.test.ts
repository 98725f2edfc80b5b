import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLogRange, readLogTail } from './log-reader';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function withLog<T>(
  content: string,
  read: (file: Awaited<ReturnType<typeof open>>) => Promise<T>,
) {
  const folder = mkdtempSync(join(tmpdir(), 'pipewright-log-'));
  folders.push(folder);
  const path = join(folder, 'output.log');
  writeFileSync(path, content);
  const file = await open(path);
  try {
    return await read(file);
  } finally {
    await file.close();
  }
}

const text = (slice: { bytes: Buffer }) => slice.bytes.toString('utf8');

describe('readLogRange', () => {
  it.each([
    [{}, 'abcdef', 0, 6],
    [{ start: 2 }, 'cdef', 2, 6],
    [{ start: 2, end: 4 }, 'cd', 2, 4],
    [{ end: 100 }, 'abcdef', 0, 6],
    [{ start: 9 }, '', 6, 6],
    [{ maxBytes: 4 }, 'abcd', 0, 4],
  ])('%j of "abcdef" is %j (%i to %i)', async (options, expected, start, end) => {
    const slice = await withLog('abcdef', (file) => readLogRange(file, options));
    expect({ text: text(slice), start: slice.start, end: slice.end, size: slice.size }).toEqual({
      text: expected,
      start,
      end,
      size: 6,
    });
  });
});

describe('readLogTail', () => {
  it.each([
    ['a\nb\nc\n', 2, 'b\nc\n'],
    ['a\nb\nc', 2, 'b\nc'],
    ['a\nb\nc\n', 5, 'a\nb\nc\n'],
    ['a\nb\nc\n', 1, 'c\n'],
    ['\n\n\n', 2, '\n\n'],
    ['', 3, ''],
    ['only line', 1, 'only line'],
  ])('the tail of %j, %i lines, is %j', async (content, lines, expected) => {
    expect(text(await withLog(content, (file) => readLogTail(file, { lines })))).toBe(expected);
  });

  it('finds lines across chunk boundaries', async () => {
    const content = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const slice = await withLog(content, (file) => readLogTail(file, { lines: 3, chunkBytes: 7 }));
    expect(text(slice)).toBe('line 47\nline 48\nline 49\n');
    expect(slice.end).toBe(Buffer.byteLength(content));
  });

  it('stops at the byte limit when the lines are longer', async () => {
    const slice = await withLog(`${'x'.repeat(100)}\n`, (file) =>
      readLogTail(file, { lines: 1, maxBytes: 10 }),
    );
    expect(text(slice)).toBe(`${'x'.repeat(9)}\n`);
    expect(slice.start).toBe(91);
  });
});
