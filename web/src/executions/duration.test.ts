import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [42_900, '42s'],
    [185_000, '3m 05s'],
    [2 * 3_600_000 + 4 * 60_000, '2h 04m'],
    [27 * 3_600_000, '1d 03h'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
