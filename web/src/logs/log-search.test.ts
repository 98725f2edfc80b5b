import { describe, expect, it } from 'vitest';
import { ansiSegments } from './ansi';
import { LineStore } from './line-store';
import { findMatches, markMatches } from './log-search';

const ESC = '\u001b';

function storeOf(text: string) {
  const store = new LineStore();
  store.append(text);
  return store;
}

describe('findMatches', () => {
  it('finds every occurrence, case-insensitively, in line order', () => {
    const store = storeOf('Loss 0.5 loss\nnothing\nLOSS again\n');
    expect(findMatches(store, 'loss')).toEqual([
      { line: 0, start: 0, end: 4 },
      { line: 0, start: 9, end: 13 },
      { line: 2, start: 0, end: 4 },
    ]);
  });

  it('matches the text a person sees, not the colour codes around it', () => {
    const store = storeOf(`${ESC}[31mer${ESC}[1mror${ESC}[0m here\n`);
    expect(findMatches(store, 'error')).toEqual([{ line: 0, start: 0, end: 5 }]);
  });

  it('treats the query as text, not a pattern', () => {
    const store = storeOf('a.b axb (x)\n');
    expect(findMatches(store, 'a.b')).toHaveLength(1);
    expect(findMatches(store, '(x)')).toEqual([{ line: 0, start: 8, end: 11 }]);
  });

  it('stops counting at the limit', () => {
    const store = storeOf('x\n'.repeat(50));
    expect(findMatches(store, 'x', 20)).toHaveLength(20);
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches(storeOf('abc\n'), '')).toEqual([]);
  });
});

describe('markMatches', () => {
  it('splits coloured segments at match edges and keeps their colours', () => {
    const segments = ansiSegments(`ab${ESC}[31mcdef${ESC}[0mgh`);
    expect(
      markMatches(segments, [
        { start: 1, end: 3, current: false },
        { start: 5, end: 7, current: true },
      ]),
    ).toEqual([
      { text: 'a' },
      { text: 'b', mark: 'match' },
      { text: 'c', className: 'log-fg-red', mark: 'match' },
      { text: 'de', className: 'log-fg-red' },
      { text: 'f', className: 'log-fg-red', mark: 'current' },
      { text: 'g', mark: 'current' },
      { text: 'h' },
    ]);
  });
});
