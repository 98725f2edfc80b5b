import { type EdgeKind, collectEdges, flattenDocument } from '@pipewright/shared';
import { placeUnpositioned } from '../canvas/fallback-layout';
import { type StepCategory, stepTypeMeta } from '../canvas/step-type-meta';

/** A step as a box of the thumbnail, in the document's own coordinates. */
export interface ThumbnailNode {
  name: string;
  category: StepCategory;
  x: number;
  y: number;
}

export interface ThumbnailEdge {
  from: { x: number; y: number };
  to: { x: number; y: number };
  kind: EdgeKind;
}

export interface Thumbnail {
  nodes: ThumbnailNode[];
  edges: ThumbnailEdge[];
  viewBox: { x: number; y: number; width: number; height: number };
}

/** The size of a step box in the thumbnail; canvas positions are a node's top-left corner. */
export const THUMB_NODE = { width: 200, height: 64 };
const MARGIN = 40;

/**
 * A small picture of a pipeline's graph: every step (nested ones too) where the designer puts
 * it (saved positions, else the designer's fallback layout), and every edge as a line from the
 * right side of one box to the left side of the next.
 */
export function graphThumbnail(document: unknown): Thumbnail {
  const steps = flattenDocument(document).filter((node) => node.name !== '');
  const { edges } = collectEdges(steps);
  const saved = savedPositions(document);
  const placed = placeUnpositioned(
    steps.map((node) => ({ id: node.name, position: saved[node.name] ?? null })),
    edges.map((edge) => ({ source: edge.from, target: edge.to })),
  );
  const position = (name: string) => saved[name] ?? placed[name] ?? { x: 0, y: 0 };
  const nodes = steps.map((node) => ({
    name: node.name,
    category: stepTypeMeta(String(node.step.Type)).category,
    ...position(node.name),
  }));
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const lines = edges.flatMap((edge): ThumbnailEdge[] => {
    const from = byName.get(edge.from);
    const to = byName.get(edge.to);
    if (!from || !to || from === to) return [];
    return [
      {
        from: { x: from.x + THUMB_NODE.width, y: from.y + THUMB_NODE.height / 2 },
        to: { x: to.x, y: to.y + THUMB_NODE.height / 2 },
        kind: edge.kind,
      },
    ];
  });
  return { nodes, edges: lines, viewBox: boundsOf(nodes) };
}

function savedPositions(document: unknown): Record<string, { x: number; y: number }> {
  const extension = (document as { 'x-pipewright'?: { positions?: unknown } })['x-pipewright'];
  const positions = extension?.positions;
  if (positions === null || typeof positions !== 'object') return {};
  const result: Record<string, { x: number; y: number }> = {};
  for (const [name, value] of Object.entries(positions)) {
    const { x, y } = (value ?? {}) as { x?: unknown; y?: unknown };
    if (typeof x === 'number' && typeof y === 'number') result[name] = { x, y };
  }
  return result;
}

function boundsOf(nodes: readonly ThumbnailNode[]): Thumbnail['viewBox'] {
  if (nodes.length === 0) return { x: 0, y: 0, width: THUMB_NODE.width, height: THUMB_NODE.height };
  const xs = nodes.map((node) => node.x);
  const ys = nodes.map((node) => node.y);
  const left = Math.min(...xs) - MARGIN;
  const top = Math.min(...ys) - MARGIN;
  return {
    x: left,
    y: top,
    width: Math.max(...xs) + THUMB_NODE.width + MARGIN - left,
    height: Math.max(...ys) + THUMB_NODE.height + MARGIN - top,
  };
}
