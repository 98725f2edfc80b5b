import { describe, expect, it } from 'vitest';
import { LineStore } from './line-store';
import { StderrMarker, markStderrLines } from './stderr-lines';

function marked(combined: string, stderr: string) {
  const store = new LineStore();
  store.append(combined);
  markStderrLines(store, stderr);
  return Array.from({ length: store.length }, (_, index) => store.line(index).stderr);
}

describe('markStderrLines', () => {
  it('marks the combined lines that stderr wrote, in order', () => {
    expect(
      marked(
        'start\nWarning: slow\nstep 1\nTraceback\n  boom\n',
        'Warning: slow\nTraceback\n  boom\n',
      ),
    ).toEqual([false, true, false, true, true]);
  });

  it('leaves blank lines unmarked', () => {
    expect(marked('a\n\nb\n', '\nb\n')).toEqual([false, false, true]);
  });

  it('marks nothing when stderr is empty', () => {
    expect(marked('a\nb\n', '')).toEqual([false, false]);
  });
});

describe('StderrMarker', () => {
  it('marks lines as both files grow, a stderr line split across reads included', () => {
    const store = new LineStore();
    const marker = new StderrMarker();
    store.append('epoch 1\nWarn');
    marker.addStderr('Warn');
    marker.mark(store);
    store.append('ing: slow\nepoch 2\nTraceback\n');
    marker.addStderr('ing: slow\nTraceback\n');
    marker.mark(store);
    expect(Array.from({ length: store.length }, (_, index) => store.line(index).stderr)).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });
});

describe('StderrMarker when the stderr file lags', () => {
  it('still marks a line the combined file had before the stderr file did', () => {
    const store = new LineStore();
    const marker = new StderrMarker();
    store.append('a\nboom\nb\n');
    marker.mark(store);
    marker.addStderr('boom\n');
    marker.mark(store);
    expect(store.line(1).stderr).toBe(true);
  });
});

describe('StderrMarker when output interleaves mid-line', () => {
  it('marks a stderr line that landed after half a stdout line, and the lines after it', () => {
    const store = new LineStore();
    const marker = new StderrMarker();
    // stdout wrote "line 9" and its newline separately; stderr got in between.
    store.append('line 9warning 1\nwarning 2\n\nline 10\nwarning 3\n');
    marker.addStderr('warning 1\nwarning 2\nwarning 3\n');
    marker.mark(store);
    expect(Array.from({ length: store.length }, (_, index) => store.line(index).stderr)).toEqual([
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('goes on marking after a stderr line that was split beyond recognition', () => {
    const store = new LineStore();
    const marker = new StderrMarker();
    store.append('warnline 9\ning 1\nwarning 2\nline 10\nwarning 3\n');
    marker.addStderr('warning 1\nwarning 2\nwarning 3\n');
    marker.mark(store);
    expect(Array.from({ length: store.length }, (_, index) => store.line(index).stderr)).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
  });
});
