import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [850, '850 ms'],
    [42_900, '42 s'],
    [180_000, '3 min'],
    [185_000, '3 min 5 s'],
    [2 * 3_600_000 + 4 * 60_000, '2 h 4 min'],
    [27 * 3_600_000, '1 d 3 h'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
