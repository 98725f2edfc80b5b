import {
  type ExpressionValue,
  type PipelineDocument,
  createPipelineGraph,
  executionVariables,
  listPropertyPaths,
} from '@pipewright/shared';

/** What picking an option does to the value. */
export type OptionKind = 'reference' | 'json-get' | 'join' | 'literal';

export interface ReferenceOption {
  /** Unique within the list; also the option's DOM id suffix. */
  key: string;
  kind: OptionKind;
  /** What a person reads and searches: `Parameters.InputData`, `Steps.Train.ModelArtifacts…`. */
  label: string;
  detail: string;
  value: ExpressionValue;
}

export interface ReferenceGroup {
  label: string;
  options: ReferenceOption[];
}

const get = (path: string) => ({ Get: path });

/**
 * Everything a value of step `stepName` can refer to: the pipeline's parameters, the execution
 * variables, the properties of every step it may depend on (its upstream steps first, then the
 * steps that are not downstream of it: referring to one of those adds the dependency, while a
 * downstream step would make a cycle), and the Join and JsonGet builders. A property file is
 * offered as a JsonGet reading from it.
 */
export function referenceOptions(document: PipelineDocument, stepName: string): ReferenceGroup[] {
  const groups: ReferenceGroup[] = [
    {
      label: 'Parameters',
      options: (document.Parameters ?? []).map((parameter) => ({
        key: `parameter:${parameter.Name}`,
        kind: 'reference',
        label: `Parameters.${parameter.Name}`,
        detail: parameterDetail(parameter.Type, parameter.DefaultValue),
        value: get(`Parameters.${parameter.Name}`),
      })),
    },
    {
      label: 'Execution variables',
      options: executionVariables.map((variable) => ({
        key: `execution:${variable}`,
        kind: 'reference',
        label: `Execution.${variable}`,
        detail: 'Set by the running execution',
        value: get(`Execution.${variable}`),
      })),
    },
    ...stepGroups(document, stepName),
    {
      label: 'Builders',
      options: [
        {
          key: 'builder:join',
          kind: 'join',
          label: 'Join',
          detail: 'Text made of several values joined by a separator (Std:Join)',
          value: { 'Std:Join': { On: '/', Values: [] } },
        },
        {
          key: 'builder:json-get',
          kind: 'json-get',
          label: 'JsonGet',
          detail: 'A value read from a JSON file at an S3 URI (Std:JsonGet)',
          value: { 'Std:JsonGet': { S3Uri: '', Path: '' } },
        },
        {
          key: 'builder:literal',
          kind: 'literal',
          label: 'Literal value',
          detail: 'Type the value itself',
          value: '',
        },
      ],
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

function stepGroups(document: PipelineDocument, stepName: string): ReferenceGroup[] {
  const graph = createPipelineGraph(document);
  const upstream = graph.upstream(stepName);
  const downstream = graph.downstream(stepName);
  const candidates = graph.nodes.filter(
    (node) => node.name !== '' && node.name !== stepName && !downstream.has(node.name),
  );
  const ordered = [
    ...candidates.filter((node) => upstream.has(node.name)),
    ...candidates.filter((node) => !upstream.has(node.name)),
  ];
  return ordered.map((node) => {
    const before = upstream.has(node.name);
    const options = listPropertyPaths(node.type, node.step).map((entry): ReferenceOption => {
      const path = `Steps.${node.name}.${entry.path}`;
      if (entry.type === 'property-file') {
        return {
          key: `step:${path}`,
          kind: 'json-get',
          label: path,
          detail: `${entry.description}: pick it, then give the JSON path`,
          value: { 'Std:JsonGet': { PropertyFile: get(path), Path: '' } },
        };
      }
      return {
        key: `step:${path}`,
        kind: 'reference',
        label: path,
        detail: entry.description,
        value: get(path),
      };
    });
    const where = before ? 'runs before this step' : 'referring to it makes this step wait for it';
    return { label: `${node.name} (${node.type}, ${where})`, options };
  });
}

function parameterDetail(type: string | undefined, defaultValue: unknown): string {
  const kind = `${type ?? 'String'} parameter`;
  return defaultValue === undefined ? kind : `${kind}, default ${JSON.stringify(defaultValue)}`;
}

/**
 * The value after picking an option: references replace it; Join starts with the current value
 * as its first part, so "s3://bucket" + a step's output is two clicks.
 */
export function pickValue(
  current: ExpressionValue | undefined,
  option: ReferenceOption,
): ExpressionValue {
  if (option.kind !== 'join') return option.value;
  const keep = current !== undefined && current !== null && current !== '';
  return { 'Std:Join': { On: '/', Values: keep ? [current] : [] } };
}

/** The options whose label or detail contains every word of the query (case-insensitive). */
export function filterOptions(groups: ReferenceGroup[], query: string): ReferenceGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return groups;
  return groups
    .map((group) => ({
      ...group,
      options: group.options.filter((option) => {
        const text = `${option.label} ${option.detail} ${group.label}`.toLowerCase();
        return words.every((word) => text.includes(word));
      }),
    }))
    .filter((group) => group.options.length > 0);
}
