/** A rectangle in flow coordinates, as React Flow's `getNodesBounds` answers. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageFrame {
  width: number;
  height: number;
  /** The CSS transform that puts the graph inside the picture, replacing the on-screen pan/zoom. */
  transform: string;
}

/** Above this many pixels a side, browsers fail to draw the canvas; big graphs are scaled down. */
const MAX_SIDE = 8000;

/**
 * The picture of the whole graph, whatever part of it is on screen: its size is the nodes'
 * bounds plus padding, at 100% zoom unless that would be too large to draw.
 */
export function imageFrame(bounds: Bounds, padding = 32): ImageFrame {
  const contentWidth = Math.max(bounds.width, 1) + 2 * padding;
  const contentHeight = Math.max(bounds.height, 1) + 2 * padding;
  const scale = Math.min(1, MAX_SIDE / contentWidth, MAX_SIDE / contentHeight);
  const x = (padding - bounds.x) * scale;
  const y = (padding - bounds.y) * scale;
  return {
    width: Math.ceil(contentWidth * scale),
    height: Math.ceil(contentHeight * scale),
    transform: `translate(${x}px, ${y}px) scale(${scale})`,
  };
}
