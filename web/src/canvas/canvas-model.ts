import {
  type EdgeKind,
  type PipelineDocument,
  collectEdges,
  extensionOf,
  flattenDocument,
} from '@pipewright/shared';
import { type Edge, MarkerType, type Node, type XYPosition } from '@xyflow/react';
import { edgeAriaLabel, edgeLook } from './edge-style';

export type StepNodeData = { name: string; stepType: string; displayName: string | null };
export type StepFlowNode = Node<StepNodeData, 'step'>;
export type NoteNodeData = { noteId: string; text: string };
export type NoteFlowNode = Node<NoteNodeData, 'note'>;
export type CanvasNode = StepFlowNode | NoteFlowNode;
export type PipelineEdgeData = { kind: EdgeKind };
export type PipelineFlowEdge = Edge<PipelineEdgeData, 'pipeline'>;

/** What a step node shows. Two equal shapes render the same node. */
export interface StepShape {
  /** The node id: the step name, made unique when a broken document repeats a name. */
  id: string;
  name: string;
  type: string;
  displayName: string | null;
  position: XYPosition | null;
}

export interface EdgeShape {
  kind: EdgeKind;
  /** Node ids. */
  source: string;
  target: string;
  /** Step names, for the accessible label. */
  from: string;
  to: string;
}

export interface NoteShape {
  id: string;
  text: string;
  position: XYPosition;
  width: number | null;
  height: number | null;
}

/** The prefix of note node ids, so they never collide with step names (which cannot hold ":"). */
export const NOTE_ID_PREFIX = 'note:';

/** The id of the hidden element holding a step node's accessible name. */
export function stepLabelId(nodeId: string): string {
  return `pw-step-label-${encodeURIComponent(nodeId).replace(/%/g, '_')}`;
}

const shapeCache = new WeakMap<PipelineDocument, StepShape[]>();

/** Once per document value: the step keys and the edges (which need the node ids) both read it. */
function stepShapes(document: PipelineDocument): StepShape[] {
  const cached = shapeCache.get(document);
  if (cached) return cached;
  const shapes = readStepShapes(document);
  shapeCache.set(document, shapes);
  return shapes;
}

function readStepShapes(document: PipelineDocument): StepShape[] {
  const positions = extensionOf(document).positions ?? {};
  const used = new Set<string>();
  return flattenDocument(document).map((node, index) => {
    let id = node.name;
    if (id === '' || used.has(id)) id = `${node.name}#${index}`;
    used.add(id);
    const displayName = node.step.DisplayName;
    const position = node.name === '' ? undefined : positions[node.name];
    return {
      id,
      name: node.name,
      type: node.type,
      displayName: typeof displayName === 'string' && displayName !== '' ? displayName : null,
      position: position ? { x: position.x, y: position.y } : null,
    };
  });
}

function edgeShapes(document: PipelineDocument): EdgeShape[] {
  const nodeIds = new Map<string, string>();
  for (const shape of stepShapes(document)) {
    if (!nodeIds.has(shape.name)) nodeIds.set(shape.name, shape.id);
  }
  return collectEdges(flattenDocument(document)).edges.flatMap((edge) => {
    const source = nodeIds.get(edge.from);
    const target = nodeIds.get(edge.to);
    // A step referring to itself is a validation error, not something to draw as a loop.
    if (source === undefined || target === undefined || source === target) return [];
    return [{ kind: edge.kind, source, target, from: edge.from, to: edge.to }];
  });
}

function noteShapes(document: PipelineDocument): NoteShape[] {
  return (extensionOf(document).notes ?? []).map((note) => ({
    id: note.id,
    text: note.text,
    position: { x: note.position.x, y: note.position.y },
    width: note.width ?? null,
    height: note.height ?? null,
  }));
}

/**
 * Memoizes a derivation per document value as a list of strings: a store selector returns the
 * list, `useShallow` compares it item by item, and an edit that leaves every item equal (a
 * keystroke in some unrelated field) keeps the previous list, so no node or edge is rebuilt.
 * `sourceOf` names the part of the document the derivation reads, when that is less than all
 * of it: the memo then survives edits elsewhere.
 */
function keyed<T>(
  derive: (document: PipelineDocument) => T[],
  sourceOf: (document: PipelineDocument) => object = (document) => document,
) {
  const cache = new WeakMap<object, string[]>();
  return (document: PipelineDocument): string[] => {
    const source = sourceOf(document);
    let keys = cache.get(source);
    if (!keys) {
      keys = derive(document).map((shape) => JSON.stringify(shape));
      cache.set(source, keys);
    }
    return keys;
  };
}

/**
 * Edges come from the steps alone: memoized on the `Steps` list, a move on the canvas (a drag,
 * every Tidy), which changes only the extension, does not scan a 1,000-step pipeline's
 * references again.
 */
const stepsOf = (document: PipelineDocument): object => {
  const steps: unknown = document.Steps;
  return typeof steps === 'object' && steps !== null ? steps : document;
};

export const stepKeysOf = keyed(stepShapes);
export const edgeKeysOf = keyed(edgeShapes, stepsOf);
export const noteKeysOf = keyed(noteShapes);

export function parseKeys<T>(keys: readonly string[]): T[] {
  return keys.map((key) => JSON.parse(key) as T);
}

/**
 * A step node's size as `.pw-step` in canvas.css draws it (a display name adds a line when the
 * step is drawn in detail). Nodes carry it as their measured size until React Flow measures
 * them, so the view is fitted before the first paint instead of after a thousand measurements.
 */
export const STEP_NODE_SIZE = { width: 264, height: 60 };

/** React Flow nodes for steps; steps without a saved position take one from `fallback`. */
export function stepNodesFrom(
  shapes: readonly StepShape[],
  fallback: Record<string, XYPosition>,
): StepFlowNode[] {
  return shapes.map((shape) => ({
    id: shape.id,
    type: 'step',
    position: shape.position ?? fallback[shape.id] ?? { x: 0, y: 0 },
    data: { name: shape.name, stepType: shape.type, displayName: shape.displayName },
    measured: { ...STEP_NODE_SIZE },
    // The name includes the live diagnostics count, which the node renders itself; pointing at
    // its text keeps the count out of the node object (and out of every rebuild).
    domAttributes: { 'aria-labelledby': stepLabelId(shape.id) },
  }));
}

export const NOTE_SIZE = { width: 220, height: 140 };

export function noteNodesFrom(shapes: readonly NoteShape[]): NoteFlowNode[] {
  return shapes.map((shape) => ({
    id: `${NOTE_ID_PREFIX}${shape.id}`,
    type: 'note',
    position: shape.position,
    width: shape.width ?? NOTE_SIZE.width,
    height: shape.height ?? NOTE_SIZE.height,
    measured: { width: shape.width ?? NOTE_SIZE.width, height: shape.height ?? NOTE_SIZE.height },
    data: { noteId: shape.id, text: shape.text },
    ariaLabel: 'Sticky note',
    dragHandle: '.pw-note__grip',
  }));
}

/** The source handle each kind of edge leaves from: a Condition's branches have their own. */
export function sourceHandleOf(kind: EdgeKind): string {
  if (kind === 'branch-if') return 'true';
  if (kind === 'branch-else') return 'false';
  return 'out';
}

export function edgesFrom(shapes: readonly EdgeShape[]): PipelineFlowEdge[] {
  return shapes.map((shape) => {
    const look = edgeLook(shape.kind);
    return {
      id: `${shape.kind}:${shape.source}->${shape.target}`,
      type: 'pipeline',
      source: shape.source,
      target: shape.target,
      sourceHandle: sourceHandleOf(shape.kind),
      targetHandle: 'in',
      data: { kind: shape.kind },
      deletable: look.deletable,
      ariaLabel: edgeAriaLabel(shape.kind, shape.from, shape.to),
      markerEnd: { type: MarkerType.ArrowClosed, color: look.color, width: 16, height: 16 },
    };
  });
}

const needsLayoutCache = new WeakMap<PipelineDocument, boolean>();

/** True when the document has steps and none of them has a canvas position: lay it out. */
export function needsLayout(document: PipelineDocument): boolean {
  let answer = needsLayoutCache.get(document);
  if (answer === undefined) {
    const positions = extensionOf(document).positions ?? {};
    const nodes = flattenDocument(document);
    answer = nodes.length > 0 && nodes.every((node) => !positions[node.name]);
    needsLayoutCache.set(document, answer);
  }
  return answer;
}
