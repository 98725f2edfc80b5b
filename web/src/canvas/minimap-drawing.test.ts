import { describe, expect, it } from 'vitest';
import { minimapDrawing, minimapViewBox } from './minimap-drawing';

describe('minimapDrawing', () => {
  it('draws every node of one colour in one path, and measures around them all', () => {
    const drawing = minimapDrawing([
      { x: 0, y: 0, width: 100, height: 50, fill: 'blue' },
      { x: 200, y: 100, width: 100, height: 50, fill: 'blue' },
      { x: -40, y: 20, width: 20, height: 10, fill: 'red' },
    ]);
    expect(drawing.paths).toEqual([
      { fill: 'blue', d: 'M0,0h100v50h-100zM200,100h100v50h-100z' },
      { fill: 'red', d: 'M-40,20h20v10h-20z' },
    ]);
    expect(drawing.bounds).toEqual({ x: -40, y: 0, width: 340, height: 150 });
  });

  it('has no bounds without nodes', () => {
    expect(minimapDrawing([])).toEqual({ paths: [], bounds: null });
  });
});

describe('minimapViewBox', () => {
  it('fits the nodes and the view into the box, centred, with a margin', () => {
    const box = minimapViewBox(
      { x: 0, y: 0, width: 1800, height: 600 },
      { x: 0, y: 0, width: 900, height: 600 },
      { width: 180, height: 120 },
    );
    // 1800 wide into 180: ten units a pixel; the height grows to keep the box's proportions.
    expect(box.scale).toBe(10);
    expect(box).toMatchObject({ x: -50, y: -350, width: 1900, height: 1300 });
  });
});
