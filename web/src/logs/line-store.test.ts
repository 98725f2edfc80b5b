import { describe, expect, it } from 'vitest';
import { LineStore } from './line-store';

const lines = (store: LineStore) =>
  Array.from({ length: store.length }, (_, index) => store.line(index).text);

describe('LineStore', () => {
  it('continues a line that one piece ended mid-way', () => {
    const store = new LineStore();
    store.append('epoch 1 lo');
    store.append('ss=0.5\nepoch 2');
    store.append(' loss=0.4\n');
    expect(lines(store)).toEqual(['epoch 1 loss=0.5', 'epoch 2 loss=0.4']);
  });

  it('starts a new line after a piece that ended with a newline', () => {
    const store = new LineStore();
    store.append('a\n');
    store.append('b\n');
    expect(lines(store)).toEqual(['a', 'b']);
  });

  it('keeps empty lines', () => {
    const store = new LineStore();
    store.append('a\n\n\nb\n');
    expect(lines(store)).toEqual(['a', '', '', 'b']);
  });

  it('holds lines across many chunks in order', () => {
    const store = new LineStore();
    for (let index = 0; index < 5000; index += 1) store.append(`line ${index}\n`);
    expect(store.length).toBe(5000);
    expect(store.line(1023).text).toBe('line 1023');
    expect(store.line(1024).text).toBe('line 1024');
    expect(store.line(4999).text).toBe('line 4999');
  });

  it('marks a line stderr wrote to, even when stdout started it', () => {
    const store = new LineStore();
    store.append('out ', 'stdout');
    store.append('err\n', 'stderr');
    store.append('plain\n', 'stdout');
    expect(store.line(0)).toEqual({ text: 'out err', stderr: true });
    expect(store.line(1)).toEqual({ text: 'plain', stderr: false });
  });

  it('changes its version on every append so a view re-renders', () => {
    const store = new LineStore();
    const before = store.version;
    store.append('x');
    expect(store.version).not.toBe(before);
  });
});
