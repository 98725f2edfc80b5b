import {
  type EdgeKind,
  type EditResult,
  type KnownStepType,
  type PipelineDocument,
  addStep,
  connectSteps,
  disconnectSteps,
  extensionOf,
  newStep,
  removeSteps,
  setPositions,
  setStepBranch,
  uniqueStepName,
} from '@pipewright/shared';
import type { XYPosition } from '@xyflow/react';
import { removeNotes, updateNote } from './notes';
import { stepTypeMeta } from './step-type-meta';

/** A new step of a type with its defaults and a unique name, placed at `position`. */
export function addStepOfType(
  document: PipelineDocument,
  type: KnownStepType,
  position: XYPosition,
): { document: PipelineDocument; name: string } {
  const name = uniqueStepName(document, stepTypeMeta(type).baseName);
  return { document: addStep(document, newStep(type, name), { position }), name };
}

/**
 * What dragging from one handle to another means: a Condition's "true" or "false" output moves
 * the target into that branch (IfSteps / ElseSteps); any other output makes the target wait for
 * the source (DependsOn). A connection that would make a cycle is refused with a reason.
 */
export function connectHandles(
  document: PipelineDocument,
  connection: { source: string; target: string; sourceHandle: string | null | undefined },
): EditResult {
  const { source, target, sourceHandle } = connection;
  if (sourceHandle === 'true' || sourceHandle === 'false') {
    const branch = sourceHandle === 'true' ? 'if' : 'else';
    return setStepBranch(document, target, { conditionName: source, branch });
  }
  return connectSteps(document, source, target);
}

export interface CanvasDeletion {
  steps: readonly string[];
  notes: readonly string[];
  edges: readonly { kind: EdgeKind; from: string; to: string }[];
}

/**
 * Deletes what is selected, as one edit: steps (with their DependsOn entries and positions),
 * notes, and edges: a DependsOn entry is removed, a branch step moves back to the top level.
 * Data edges stay: they come from expressions, which the inspector edits.
 */
export function deleteFromCanvas(
  document: PipelineDocument,
  deletion: CanvasDeletion,
): PipelineDocument {
  let next = document;
  for (const edge of deletion.edges) {
    if (edge.kind === 'depends-on') next = disconnectSteps(next, edge.from, edge.to);
    if (edge.kind === 'branch-if' || edge.kind === 'branch-else') {
      const moved = setStepBranch(next, edge.to, undefined);
      if (moved.ok) next = moved.document;
    }
  }
  if (deletion.steps.length > 0) next = removeSteps(next, deletion.steps);
  return removeNotes(next, deletion.notes);
}

/**
 * Writes where steps and notes were dropped, as one edit; positions that did not change are
 * left alone, and the same document comes back when nothing moved (no empty undo step).
 */
export function moveOnCanvas(
  document: PipelineDocument,
  moves: { steps: Record<string, XYPosition>; notes: Record<string, XYPosition> },
): PipelineDocument {
  const saved = extensionOf(document).positions ?? {};
  const steps = Object.fromEntries(
    Object.entries(moves.steps)
      .filter(([name, point]) => saved[name]?.x !== point.x || saved[name]?.y !== point.y)
      .map(([name, point]) => [name, { x: point.x, y: point.y }]),
  );
  let next = Object.keys(steps).length > 0 ? setPositions(document, steps) : document;
  for (const [id, point] of Object.entries(moves.notes)) {
    next = updateNote(next, id, { position: { x: point.x, y: point.y } });
  }
  return next;
}
