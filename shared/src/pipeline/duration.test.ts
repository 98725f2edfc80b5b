import { describe, expect, it } from 'vitest';
import { parseExpireAfter } from './duration';

const hour = 3_600_000;
const day = 24 * hour;

describe('parseExpireAfter', () => {
  it.each([
    ['30d', 30 * day],
    ['T12H', 12 * hour],
    ['T30m', 30 * 60_000],
    ['PT1H', hour],
    ['p30d', 30 * day],
    ['P4DT12H', 4 * day + 12 * hour],
    ['P1W', 7 * day],
    ['P1M', 30 * day],
    ['PT0.5S', 500],
  ])('reads the real form %s', (text, milliseconds) => {
    expect(parseExpireAfter(text)).toBe(milliseconds);
  });

  it.each(['', 'P', 'PT', 'P1DT', '30 days', '1H', 'P-1D', 'forever'])('rejects %j', (text) => {
    expect(parseExpireAfter(text)).toBeNull();
  });
});
