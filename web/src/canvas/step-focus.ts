/** Which way an arrow key points. */
export type Direction = 'left' | 'right' | 'up' | 'down';

export const arrowDirections: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const centre = (box: NodeBox) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * The node an arrow key moves focus to: the nearest one whose centre lies that way, within 45°
 * either side, sideways distance counting double, so Right keeps to the row and picks the next
 * step in it rather than a closer one above. Undefined when nothing lies that way.
 */
export function nearestInDirection(
  from: NodeBox,
  candidates: readonly NodeBox[],
  direction: Direction,
): string | undefined {
  const start = centre(from);
  let best: { id: string; score: number } | undefined;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const point = centre(candidate);
    const dx = point.x - start.x;
    const dy = point.y - start.y;
    const along =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0 || across > along) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: candidate.id, score };
  }
  return best?.id;
}
