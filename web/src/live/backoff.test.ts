import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from half a second to a ten-second ceiling', () => {
    const longest = [0, 1, 2, 3, 4, 5, 6, 20].map((failures) => backoffDelay(failures, () => 1));
    expect(longest).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('jitters between half and all of each step', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(3, () => 0.5)).toBe(3000);
    expect(backoffDelay(9, () => 0)).toBe(5000);
  });
});
