import { createPipelineGraph, flattenDocument, nestSteps } from '../graph';
import type { Branch, StepNode } from '../graph';
import type { PipelineDocument } from '../schema/document.schema';
import {
  currentFormatVersion,
  extensionKey,
  type PipewrightExtension,
} from '../schema/extension.schema';
import type { Parameter } from '../schema/parameter.schema';
import { stepNamePattern } from '../schema/steps/step-common.schema';
import { mapGetStrings } from './map-references';

type Step = Record<string, unknown>;

/** An edit that may be refused, with a sentence saying why. */
export type EditResult = { ok: true; document: PipelineDocument } | { ok: false; reason: string };

/** The document's extension, created at the current format when absent. */
export function extensionOf(document: PipelineDocument): PipewrightExtension {
  return document[extensionKey] ?? { formatVersion: currentFormatVersion };
}

/** Returns the document with its extension replaced (added last when it was absent). */
export function withExtension(
  document: PipelineDocument,
  extension: PipewrightExtension,
): PipelineDocument {
  return { ...document, [extensionKey]: extension };
}

/** Rebuilds Steps from edited flat nodes, keeping nesting and order. */
function withNodes(
  document: PipelineDocument,
  nodes: { name: string; step: Step; parent?: StepNode['parent'] }[],
) {
  return { ...document, Steps: nestSteps(nodes) } as PipelineDocument;
}

/** A name not yet used by any step: `Base`, `Base2`, `Base3`… (valid as a step name). */
export function uniqueStepName(document: PipelineDocument, base: string): string {
  const taken = new Set(flattenDocument(document).map((node) => node.name));
  const clean = base.replace(/[^A-Za-z0-9\-_]/g, '').slice(0, 60) || 'Step';
  if (!taken.has(clean)) return clean;
  for (let index = 2; ; index++) if (!taken.has(`${clean}${index}`)) return `${clean}${index}`;
}

/** Adds a step at the top level (or inside a condition branch), with its canvas position. */
export function addStep(
  document: PipelineDocument,
  step: Step,
  options: {
    position?: { x: number; y: number };
    parent?: { conditionName: string; branch: Branch };
  } = {},
): PipelineDocument {
  const nodes = flattenDocument(document);
  const name = step.Name as string;
  const added = { name, step, ...(options.parent && { parent: options.parent }) };
  const next = withNodes(document, [...nodes, added]);
  return options.position ? setPositions(next, { [name]: options.position }) : next;
}

/** Replaces one step (found by name, nested ones included) with `change(step)`. */
export function updateStep(
  document: PipelineDocument,
  name: string,
  change: (step: Step) => Step,
): PipelineDocument {
  const nodes = flattenDocument(document);
  if (!nodes.some((node) => node.name === name)) return document;
  return withNodes(
    document,
    nodes.map((node) => (node.name === name ? { ...node, step: change(node.step) } : node)),
  );
}

/**
 * Removes steps, their canvas positions and the DependsOn entries naming them. Expressions that
 * referenced them stay, so validation points them out rather than data silently changing.
 */
export function removeSteps(
  document: PipelineDocument,
  names: readonly string[],
): PipelineDocument {
  const gone = new Set(names);
  const nodes = flattenDocument(document)
    .filter((node) => !gone.has(node.name) && !(node.parent && gone.has(node.parent.conditionName)))
    .map((node) => {
      const dependsOn = node.step.DependsOn;
      if (!Array.isArray(dependsOn) || !dependsOn.some((entry) => gone.has(entry as string)))
        return node;
      const kept = dependsOn.filter((entry) => !gone.has(entry as string));
      const { DependsOn: _dependsOn, ...rest } = node.step;
      return { ...node, step: kept.length > 0 ? { ...rest, DependsOn: kept } : rest };
    });
  const next = withNodes(document, nodes);
  const extension = document[extensionKey];
  if (!extension?.positions) return next;
  const positions = Object.fromEntries(
    Object.entries(extension.positions).filter(([name]) => !gone.has(name)),
  );
  return withExtension(next, { ...extension, positions });
}

/** Renames a step and every reference to it: DependsOn, `Steps.<name>…` expressions, positions. */
export function renameStep(document: PipelineDocument, from: string, to: string): EditResult {
  if (from === to) return { ok: true, document };
  if (!stepNamePattern.test(to)) {
    return {
      ok: false,
      reason: `"${to}" is not a valid step name: use 1–64 letters, digits, "-" or "_".`,
    };
  }
  const nodes = flattenDocument(document);
  if (nodes.some((node) => node.name === to))
    return { ok: false, reason: `A step named "${to}" already exists.` };
  const renameGet = (text: string) =>
    text.startsWith(`Steps.${from}.`) ? `Steps.${to}.${text.slice(from.length + 7)}` : text;
  const renamed = nodes.map((node) => {
    let step = node.step;
    if (node.name === from) step = { ...step, Name: to };
    if (Array.isArray(step.DependsOn) && step.DependsOn.includes(from)) {
      step = { ...step, DependsOn: step.DependsOn.map((entry) => (entry === from ? to : entry)) };
    }
    const parent =
      node.parent?.conditionName === from ? { ...node.parent, conditionName: to } : node.parent;
    return {
      name: node.name === from ? to : node.name,
      step: mapGetStrings(step, renameGet),
      ...(parent && { parent }),
    };
  });
  let next = withNodes(document, renamed);
  if (next.PipelineExperimentConfig) {
    next = {
      ...next,
      PipelineExperimentConfig: mapGetStrings(next.PipelineExperimentConfig, renameGet),
    };
  }
  const extension = document[extensionKey];
  const position = extension?.positions?.[from];
  if (extension?.positions && position) {
    const { [from]: _old, ...positions } = extension.positions;
    next = withExtension(next, { ...extension, positions: { ...positions, [to]: position } });
  }
  return { ok: true, document: next };
}

/** Renames a parameter and every `Parameters.<name>` reference. */
export function renameParameter(document: PipelineDocument, from: string, to: string): EditResult {
  if (from === to) return { ok: true, document };
  const parameters = document.Parameters ?? [];
  if (parameters.some((parameter) => parameter.Name === to)) {
    return { ok: false, reason: `A parameter named "${to}" already exists.` };
  }
  const renameGet = (text: string) => (text === `Parameters.${from}` ? `Parameters.${to}` : text);
  const renamed = mapGetStrings(
    {
      ...document,
      Parameters: parameters.map((parameter) =>
        parameter.Name === from ? { ...parameter, Name: to } : parameter,
      ),
    },
    renameGet,
  );
  return { ok: true, document: renamed };
}

/** Adds or replaces a parameter (matched by `previousName`, or appended). */
export function upsertParameter(
  document: PipelineDocument,
  parameter: Parameter,
  previousName?: string,
): PipelineDocument {
  const parameters = document.Parameters ?? [];
  const index = parameters.findIndex(
    (candidate) => candidate.Name === (previousName ?? parameter.Name),
  );
  const next =
    index < 0
      ? [...parameters, parameter]
      : parameters.map((candidate, at) => (at === index ? parameter : candidate));
  return { ...document, Parameters: next };
}

export function removeParameter(document: PipelineDocument, name: string): PipelineDocument {
  return {
    ...document,
    Parameters: (document.Parameters ?? []).filter((parameter) => parameter.Name !== name),
  };
}

/**
 * Makes `to` wait for `from` (a DependsOn entry), refusing a connection that would make a cycle
 * or that points at a Fail step, with a sentence saying why.
 */
export function connectSteps(document: PipelineDocument, from: string, to: string): EditResult {
  const graph = createPipelineGraph(document);
  const source = graph.byName.get(from);
  if (!source || !graph.byName.has(to)) return { ok: false, reason: 'Both steps must exist.' };
  if (from === to) return { ok: false, reason: 'A step cannot depend on itself.' };
  if (source.type === 'Fail')
    return { ok: false, reason: `"${from}" is a Fail step: nothing can run after it.` };
  if (graph.upstream(from).has(to)) {
    return {
      ok: false,
      reason: `"${from}" already runs after "${to}", so this connection would make a cycle.`,
    };
  }
  return {
    ok: true,
    document: updateStep(document, to, (step) => {
      const dependsOn = Array.isArray(step.DependsOn) ? (step.DependsOn as string[]) : [];
      return dependsOn.includes(from) ? step : { ...step, DependsOn: [...dependsOn, from] };
    }),
  };
}

/** Removes `from` from `to`'s DependsOn. */
export function disconnectSteps(
  document: PipelineDocument,
  from: string,
  to: string,
): PipelineDocument {
  return updateStep(document, to, (step) => {
    if (!Array.isArray(step.DependsOn)) return step;
    const kept = step.DependsOn.filter((entry) => entry !== from);
    const { DependsOn: _dependsOn, ...rest } = step;
    return kept.length > 0 ? { ...rest, DependsOn: kept } : rest;
  });
}

/**
 * Puts a step into a condition's if or else branch (SageMaker nests branch steps inline), or
 * back to the top level when `parent` is undefined. Refuses a move that would make a cycle.
 */
export function setStepBranch(
  document: PipelineDocument,
  stepName: string,
  parent: { conditionName: string; branch: Branch } | undefined,
): EditResult {
  const graph = createPipelineGraph(document);
  if (parent) {
    const condition = graph.byName.get(parent.conditionName);
    if (condition?.type !== 'Condition')
      return { ok: false, reason: `"${parent.conditionName}" is not a Condition step.` };
    if (stepName === parent.conditionName || graph.upstream(parent.conditionName).has(stepName)) {
      return {
        ok: false,
        reason: `"${parent.conditionName}" depends on "${stepName}", so this branch would make a cycle.`,
      };
    }
  }
  const nodes = flattenDocument(document).map((node) => {
    if (node.name !== stepName) return node;
    const { parent: _parent, ...rest } = node;
    return parent ? { ...rest, parent } : rest;
  });
  return { ok: true, document: withNodes(document, nodes) };
}

/** Sets canvas positions for some steps (by name), keeping the others. */
export function setPositions(
  document: PipelineDocument,
  positions: Record<string, { x: number; y: number }>,
): PipelineDocument {
  const extension = extensionOf(document);
  return withExtension(document, {
    ...extension,
    positions: { ...extension.positions, ...positions },
  });
}

/** Sets or removes (content `undefined`) an embedded file by the URI the steps reference. */
export function setEmbeddedFile(
  document: PipelineDocument,
  uri: string,
  file: { content: string; language?: 'python' | 'javascript' | 'shell' | 'text' } | undefined,
): PipelineDocument {
  const extension = extensionOf(document);
  const files = { ...extension.files };
  if (file) files[uri] = file;
  else delete files[uri];
  return withExtension(document, { ...extension, files });
}
