import { describe, expect, it } from 'vitest';
import { type NodeBox, nearestInDirection } from './step-focus';

const box = (id: string, x: number, y: number): NodeBox => ({ id, x, y, width: 100, height: 50 });

// A small grid: two rows of three, 200 apart across, 100 apart down.
const a = box('a', 0, 0);
const b = box('b', 200, 0);
const c = box('c', 400, 0);
const d = box('d', 0, 100);
const e = box('e', 200, 100);
const grid = [a, b, c, d, e];

describe('nearestInDirection', () => {
  it('moves along the row to the next step, not the farther one', () => {
    expect(nearestInDirection(a, grid, 'right')).toBe('b');
    expect(nearestInDirection(c, grid, 'left')).toBe('b');
  });

  it('moves between rows', () => {
    expect(nearestInDirection(a, grid, 'down')).toBe('d');
    expect(nearestInDirection(e, grid, 'up')).toBe('b');
  });

  it('prefers the step straight ahead over a nearer one off to the side', () => {
    const ahead = box('ahead', 300, 0);
    const aside = box('aside', 150, 140);
    expect(nearestInDirection(a, [a, ahead, aside], 'right')).toBe('ahead');
  });

  it('answers nothing at the edge', () => {
    expect(nearestInDirection(c, grid, 'right')).toBeUndefined();
    expect(nearestInDirection(a, grid, 'up')).toBeUndefined();
  });
});
