import { describe, expect, it, vi } from 'vitest';
import { LineStore } from './line-store';
import { LogFollower, type ReadLog } from './log-follower';

/** A log file that grows, served like the log route: at most `maxBytes` per answer. */
function fakeLog(maxBytes = 1024 * 1024) {
  let bytes = new Uint8Array(0);
  const read: ReadLog = async (start) => {
    await Promise.resolve();
    const from = Math.min(start, bytes.length);
    const to = Math.min(bytes.length, from + maxBytes);
    return { bytes: bytes.slice(from, to), start: from, end: to, size: bytes.length, attempt: 1 };
  };
  const write = (text: string) => {
    const added = new TextEncoder().encode(text);
    const next = new Uint8Array(bytes.length + added.length);
    next.set(bytes);
    next.set(added, bytes.length);
    bytes = next;
  };
  return { read: vi.fn(read), write };
}

const lines = (store: LineStore) =>
  Array.from({ length: store.length }, (_, index) => store.line(index).text);

function follower(log: ReturnType<typeof fakeLog>, maxInitialBytes?: number) {
  const store = new LineStore();
  const follow = new LogFollower(store, log.read, () => {}, {
    ...(maxInitialBytes !== undefined && { maxInitialBytes }),
  });
  return { store, follow };
}

describe('LogFollower', () => {
  it('loads a log in ranges and keeps a character split between two ranges whole', async () => {
    const log = fakeLog(5);
    log.write('héllo wörld\nsecond ✓ line\n');
    const { store, follow } = follower(log);
    await follow.load();
    expect(lines(store)).toEqual(['héllo wörld', 'second ✓ line']);
    expect(follow.attempt).toBe(1);
  });

  it('shows each line once however rings and the first load overlap', async () => {
    const log = fakeLog(4);
    log.write('one\ntwo\n');
    const { store, follow } = follower(log);
    const first = follow.load();
    // Output arrives and rings while the first load is still reading.
    log.write('three\n');
    void follow.ring();
    void follow.ring();
    await first;
    log.write('four\n');
    await Promise.all([follow.ring(), follow.ring()]);
    expect(lines(store)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('continues a line the previous read ended in the middle of', async () => {
    const log = fakeLog();
    log.write('epoch 1 lo');
    const { store, follow } = follower(log);
    await follow.load();
    log.write('ss=0.5\n');
    await follow.ring();
    expect(lines(store)).toEqual(['epoch 1 loss=0.5']);
  });

  it('marks the lines stderr wrote, in the first load and in what follows', async () => {
    const combined = fakeLog();
    const stderr = fakeLog();
    combined.write('fit\nWarning: slow\n');
    stderr.write('Warning: slow\n');
    const store = new LineStore();
    const follow = new LogFollower(store, combined.read, () => {}, { readStderr: stderr.read });
    await follow.load();
    combined.write('done\nTraceback\n');
    stderr.write('Traceback\n');
    await follow.ring();
    expect([0, 1, 2, 3].map((index) => store.line(index).stderr)).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('loads only the end of a very long log, starting at a whole line', async () => {
    const log = fakeLog(64);
    log.write(Array.from({ length: 100 }, (_, index) => `line ${index}\n`).join(''));
    const { store, follow } = follower(log, 100);
    await follow.load();
    expect(follow.skippedBytes).toBeGreaterThan(0);
    expect(lines(store).at(-1)).toBe('line 99');
    expect(lines(store)[0]).toMatch(/^line \d+$/);
    expect(store.length).toBeLessThan(100);
  });

  it('keeps the error of a failed read for the view to show', async () => {
    const store = new LineStore();
    const onChange = vi.fn();
    const follow = new LogFollower(store, () => Promise.reject(new Error('404')), onChange);
    await follow.load();
    expect(follow.error).toEqual(new Error('404'));
    expect(onChange).toHaveBeenCalled();
  });
});

describe('LogFollower, following a running step', () => {
  it('reads what a too-early ring missed at the next ring, and each line once', async () => {
    const log = fakeLog();
    log.write('epoch 1\n');
    const { store, follow } = follower(log);
    await follow.load();
    // The `log` event of "epoch 2" came before its bytes reached the file.
    await follow.ring();
    expect(lines(store)).toEqual(['epoch 1']);
    log.write('epoch 2\nepoch 3\n');
    // The step ended: the files are closed, and one more read gets the rest.
    await follow.ring();
    await follow.ring();
    expect(lines(store)).toEqual(['epoch 1', 'epoch 2', 'epoch 3']);
  });
});
