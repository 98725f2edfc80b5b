/** A node as the minimap draws it: a box in canvas coordinates and its fill. */
export interface MinimapBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MinimapDrawing {
  /** One path per fill: a handful of elements however many steps there are. */
  paths: { fill: string; d: string }[];
  /** Around every box, or null with none. */
  bounds: Rect | null;
}

/** The minimap's picture of the nodes: their boxes merged into one SVG path per colour. */
export function minimapDrawing(boxes: readonly MinimapBox[]): MinimapDrawing {
  const byFill = new Map<string, string[]>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    const parts = byFill.get(box.fill) ?? [];
    parts.push(`M${box.x},${box.y}h${box.width}v${box.height}h${-box.width}z`);
    byFill.set(box.fill, parts);
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return {
    paths: [...byFill.entries()].map(([fill, parts]) => ({ fill, d: parts.join('') })),
    bounds: boxes.length > 0 ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : null,
  };
}

/** The smallest rectangle holding both. */
function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/**
 * What the minimap shows (React Flow's own arithmetic): the nodes and the part of the canvas on
 * screen, fitted into the minimap's box with a margin, as an SVG viewBox.
 */
export function minimapViewBox(
  bounds: Rect | null,
  view: Rect,
  size: { width: number; height: number },
  margin = 5,
): Rect & { scale: number } {
  const shown = bounds ? union(bounds, view) : view;
  const scale = Math.max(shown.width / size.width, shown.height / size.height) || 1;
  const width = scale * size.width;
  const height = scale * size.height;
  const offset = margin * scale;
  return {
    x: shown.x - (width - shown.width) / 2 - offset,
    y: shown.y - (height - shown.height) / 2 - offset,
    width: width + offset * 2,
    height: height + offset * 2,
    scale,
  };
}
