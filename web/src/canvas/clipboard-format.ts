import {
  type PipelineDocument,
  addStep,
  extensionOf,
  flattenDocument,
  flattenSteps,
  mapGetStrings,
  setPositions,
  uniqueStepName,
} from '@pipewright/shared';
import type { XYPosition } from '@xyflow/react';

type Step = Record<string, unknown>;

/** Marks clipboard text as steps copied from a Pipewright canvas. */
export const CLIPBOARD_FORMAT = 'pipewright/steps';

/**
 * What Ctrl+C puts on the clipboard: the selected step objects as written in the document
 * (a selected Condition carries its branch steps), and their canvas positions. It has no
 * `Version`, so the import never mistakes it for a whole pipeline.
 */
export interface CopiedSteps {
  format: typeof CLIPBOARD_FORMAT;
  formatVersion: 1;
  steps: Step[];
  positions: Record<string, XYPosition>;
}

/** The selected steps, or null when none of the names is a step of the document. */
export function copySteps(
  document: PipelineDocument,
  names: readonly string[],
): CopiedSteps | null {
  const selected = new Set(names);
  const nodes = flattenDocument(document);
  const parentOf = new Map(nodes.map((node) => [node.name, node.parent?.conditionName]));
  const hasSelectedAncestor = (name: string) => {
    const seen = new Set<string>();
    for (let at = parentOf.get(name); at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      if (selected.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  const steps = nodes
    .filter((node) => selected.has(node.name) && !hasSelectedAncestor(node.name))
    .map((node) => node.step);
  if (steps.length === 0) return null;
  const saved = extensionOf(document).positions ?? {};
  const positions: Record<string, XYPosition> = {};
  for (const node of flattenSteps(steps)) {
    const point = saved[node.name];
    if (point) positions[node.name] = { x: point.x, y: point.y };
  }
  return { format: CLIPBOARD_FORMAT, formatVersion: 1, steps, positions };
}

/**
 * Reads clipboard text as steps: Pipewright's own format, or step objects pasted from elsewhere
 * (one step, or a list of them, each with a string `Name` and `Type`). Anything else, a whole
 * pipeline included, is not steps: null.
 */
export function readCopiedSteps(text: string): CopiedSteps | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const record = asRecord(value);
  if (record?.format === CLIPBOARD_FORMAT && Array.isArray(record.steps)) {
    const steps = record.steps.filter(isStep);
    const positions = (asRecord(record.positions) ?? {}) as Record<string, XYPosition>;
    return steps.length > 0
      ? { format: CLIPBOARD_FORMAT, formatVersion: 1, steps, positions }
      : null;
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every(isStep)) return null;
  return { format: CLIPBOARD_FORMAT, formatVersion: 1, steps: list, positions: {} };
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function isStep(value: unknown): value is Step {
  const step = asRecord(value);
  return typeof step?.Name === 'string' && typeof step.Type === 'string';
}

/**
 * Adds copied steps to a document. Every pasted step (branch steps included) gets a unique name
 * from `uniqueStepName` (`Train` → `Train2`), and references between the pasted steps (DependsOn
 * and `Steps.X…` expressions) follow the renaming, so a copied chain stays a chain. A DependsOn
 * entry naming a step the document lacks is dropped; expressions are kept for validation to
 * report. Positions are the copied ones moved by `offset`, or a diagonal from `origin` for steps
 * that had none. Returns the names of the pasted steps, to select them.
 */
export function pasteSteps(
  document: PipelineDocument,
  copied: CopiedSteps,
  offset: XYPosition,
  origin: XYPosition,
): { document: PipelineDocument; names: string[] } {
  const nodes = flattenSteps(copied.steps);
  const renames = new Map<string, string>();
  let probe = document;
  for (const node of nodes) {
    const name = uniqueStepName(probe, node.name);
    renames.set(node.name, name);
    // Reserves the name for the next pasted step without adding the real step yet.
    probe = { ...probe, Steps: [...probe.Steps, { Name: name, Type: 'Fail' }] } as PipelineDocument;
  }
  const existing = new Set(flattenDocument(document).map((node) => node.name));
  const renameGet = (text: string) => {
    const match = /^Steps\.([^.]+)(\..*)?$/.exec(text);
    const renamed = match && renames.get(match[1] as string);
    return renamed ? `Steps.${renamed}${match[2] ?? ''}` : text;
  };

  let next = document;
  const positions: Record<string, XYPosition> = {};
  nodes.forEach((node, index) => {
    const name = renames.get(node.name) as string;
    const step = renameStep(mapGetStrings(node.step, renameGet), name, renames, existing);
    const parentName = node.parent && renames.get(node.parent.conditionName);
    const parent = parentName &&
      node.parent && { conditionName: parentName, branch: node.parent.branch };
    next = addStep(next, step, parent ? { parent } : {});
    const point = copied.positions[node.name];
    positions[name] = point
      ? { x: point.x + offset.x, y: point.y + offset.y }
      : { x: origin.x + index * 40, y: origin.y + index * 40 };
  });
  return { document: setPositions(next, positions), names: [...renames.values()] };
}

function renameStep(
  step: Step,
  name: string,
  renames: Map<string, string>,
  existing: Set<string>,
): Step {
  const result: Step = { ...step, Name: name };
  if (Array.isArray(step.DependsOn)) {
    const kept = step.DependsOn.flatMap((entry) => {
      if (typeof entry !== 'string') return [];
      const renamed = renames.get(entry);
      if (renamed) return [renamed];
      return existing.has(entry) ? [entry] : [];
    });
    if (kept.length > 0) result.DependsOn = kept;
    else delete result.DependsOn;
  }
  return result;
}
