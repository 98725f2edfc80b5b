/** A rectangle in flow coordinates (a node's box). */
export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** React Flow's viewport transform: screen = flow × zoom + offset. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * Where to centre the view, at the zoom it already has, so that `box` is on screen; `undefined`
 * when it already is (with `margin` pixels to spare), so the view does not move at all. The
 * zoom never changes: opening a step must not shrink the graph the user was reading.
 */
export function centreToShow(
  box: FlowBox,
  viewport: Viewport,
  screen: { width: number; height: number },
  margin = 24,
): { x: number; y: number } | undefined {
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  const right = left + box.width * viewport.zoom;
  const bottom = top + box.height * viewport.zoom;
  const visible =
    left >= margin &&
    top >= margin &&
    right <= screen.width - margin &&
    bottom <= screen.height - margin;
  if (visible) return undefined;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
