import { describe, expect, it } from 'vitest';
import { centreToShow } from './keep-in-view';

const node = { x: 1000, y: 100, width: 264, height: 64 };
const screen = { width: 600, height: 500 };

describe('centreToShow', () => {
  it('leaves the view alone when the step is already on screen', () => {
    expect(centreToShow(node, { x: -900, y: 0, zoom: 1 }, screen)).toBeUndefined();
  });

  it('centres on a step the narrowed graph hides, keeping the zoom as it is', () => {
    // At zoom 0.8 the step starts at 800 px: off a 600 px wide graph.
    expect(centreToShow(node, { x: 0, y: 0, zoom: 0.8 }, screen)).toEqual({ x: 1132, y: 132 });
  });

  it('moves a step that is only partly visible', () => {
    expect(centreToShow(node, { x: -600, y: 0, zoom: 1 }, screen)).toEqual({ x: 1132, y: 132 });
  });
});
