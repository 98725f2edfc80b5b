import { type Node, getNodesBounds } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { imageFrame } from './image-frame';

export type ImageExport = 'svg' | 'png';

/**
 * Draws the graph as a picture from the React Flow viewport element (the canvas renders nodes
 * and edges inside `.react-flow__viewport`). Answers a data URL, or throws when there is no
 * graph on screen to draw.
 */
export async function renderGraphImage(
  container: ParentNode,
  nodes: Node[],
  kind: ImageExport,
): Promise<string> {
  const viewport = container.querySelector<HTMLElement>('.react-flow__viewport');
  if (viewport === null) throw new Error('The canvas is not showing, so there is nothing to draw.');
  if (nodes.length === 0) throw new Error('The pipeline has no steps to draw yet.');
  const frame = imageFrame(getNodesBounds(nodes));
  const background = getComputedStyle(document.documentElement)
    .getPropertyValue('--color-surface')
    .trim();
  const options = {
    width: frame.width,
    height: frame.height,
    backgroundColor: background || '#ffffff',
    style: {
      width: `${frame.width}px`,
      height: `${frame.height}px`,
      transform: frame.transform,
    },
  };
  // Twice the pixels for sharp text, unless that passes what a browser canvas can hold.
  const pixelRatio = Math.max(1, Math.min(2, 8000 / Math.max(frame.width, frame.height)));
  return kind === 'svg' ? toSvg(viewport, options) : toPng(viewport, { ...options, pixelRatio });
}
