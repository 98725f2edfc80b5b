import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTH, ROW_HEIGHT, freeSpot, placeUnpositioned } from './fallback-layout';

describe('placing steps without positions', () => {
  it('puts a whole unplaced pipeline in columns by dependency depth', () => {
    const positions = placeUnpositioned(
      ['A', 'B', 'C', 'D'].map((id) => ({ id, position: null })),
      [
        { source: 'A', target: 'B' },
        { source: 'A', target: 'C' },
        { source: 'B', target: 'D' },
        { source: 'C', target: 'D' },
      ],
    );
    expect(positions).toEqual({
      A: { x: 0, y: 0 },
      B: { x: COLUMN_WIDTH, y: 0 },
      C: { x: COLUMN_WIDTH, y: ROW_HEIGHT },
      D: { x: 2 * COLUMN_WIDTH, y: 0 },
    });
  });

  it('still shows every step of a cycle', () => {
    const positions = placeUnpositioned(
      ['A', 'B'].map((id) => ({ id, position: null })),
      [
        { source: 'A', target: 'B' },
        { source: 'B', target: 'A' },
      ],
    );
    expect(Object.keys(positions).sort()).toEqual(['A', 'B']);
  });

  it('puts a new step right of its upstream step, below one already there', () => {
    const positions = placeUnpositioned(
      [
        { id: 'A', position: { x: 0, y: 0 } },
        { id: 'B', position: { x: COLUMN_WIDTH, y: 0 } },
        { id: 'New', position: null },
      ],
      [
        { source: 'A', target: 'B' },
        { source: 'A', target: 'New' },
      ],
    );
    expect(positions).toEqual({ New: { x: COLUMN_WIDTH, y: ROW_HEIGHT } });
  });

  it('puts a step with no upstream below everything, and moves no placed step', () => {
    const positions = placeUnpositioned(
      [
        { id: 'A', position: { x: 50, y: 20 } },
        { id: 'Alone', position: null },
      ],
      [],
    );
    expect(positions).toEqual({ Alone: { x: 50, y: 20 + ROW_HEIGHT } });
  });

  it('finds the first free spot at or below a point', () => {
    expect(freeSpot({ x: 0, y: 0 }, [{ x: 10, y: 10 }])).toEqual({ x: 0, y: ROW_HEIGHT });
    expect(freeSpot({ x: 0, y: 0 }, [{ x: 400, y: 0 }])).toEqual({ x: 0, y: 0 });
  });
});
