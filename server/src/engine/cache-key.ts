import { createHash } from 'node:crypto';

/**
 * The Arguments attributes SageMaker compares to decide that a step ran before with the same
 * inputs (sagemaker-definition.md §7, "Default cache key attributes"). Only S3 paths are
 * compared, not object contents, exactly as SageMaker does.
 */
const cacheKeyAttributes: Record<string, readonly string[]> = {
  Processing: ['AppSpecification', 'Environment', 'ProcessingInputs'],
  Training: [
    'AlgorithmSpecification',
    'CheckpointConfig',
    'DebugHookConfig',
    'DebugRuleConfigurations',
    'Environment',
    'HyperParameters',
    'InputDataConfig',
  ],
  Tuning: ['HyperParameterTuningJobConfig', 'TrainingJobDefinition', 'TrainingJobDefinitions'],
  Transform: ['DataProcessing', 'Environment', 'ModelName', 'TransformInput'],
  AutoML: ['AutoMLJobConfig', 'AutoMLJobObjective', 'InputDataConfig', 'ProblemType'],
  EMR: ['ClusterId', 'StepConfig'],
};

/** Of a tuning job's training definition, only these count. */
const tuningDefinitionAttributes = [
  'AlgorithmSpecification',
  'HyperParameterRanges',
  'InputDataConfig',
  'StaticHyperParameters',
  'TuningObjective',
];

/** Whether SageMaker caches this step type at all. */
export function isCacheable(stepType: string): boolean {
  return stepType in cacheKeyAttributes || stepType === 'Lambda' || stepType === 'Callback';
}

/**
 * The cache key of a step about to run: its type, its cache-key attributes after expressions
 * were resolved, and the content hash of every embedded script its arguments mention, so editing
 * a script in the designer invalidates the cache even though its S3 path did not change.
 */
export function cacheKeyOf(
  stepType: string,
  resolvedArguments: unknown,
  embeddedFiles: Readonly<Record<string, { content: string }>>,
): string {
  const args = (resolvedArguments ?? {}) as Record<string, unknown>;
  const attributes = cacheKeyAttributes[stepType];
  const keyed: Record<string, unknown> = {};
  if (attributes) {
    for (const name of attributes) keyed[name] = args[name];
    if (stepType === 'Tuning') keyed.TrainingJobDefinition = pick(args.TrainingJobDefinition);
    if (stepType === 'Tuning' && Array.isArray(args.TrainingJobDefinitions)) {
      keyed.TrainingJobDefinitions = args.TrainingJobDefinitions.map(pick);
    }
  } else {
    keyed.Arguments = args;
  }
  const mentioned = new Set(stringsIn(args));
  const scripts = Object.keys(embeddedFiles)
    .filter((uri) => [...mentioned].some((text) => text === uri || uri.startsWith(withSlash(text))))
    .sort()
    .map((uri) => [uri, sha256(embeddedFiles[uri]?.content ?? '')]);
  return sha256(canonicalJson({ stepType, keyed, scripts }));
}

function pick(definition: unknown): unknown {
  if (definition === null || typeof definition !== 'object') return definition;
  const record = definition as Record<string, unknown>;
  return Object.fromEntries(tuningDefinitionAttributes.map((name) => [name, record[name]]));
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function withSlash(prefix: string): string {
  return prefix.endsWith('/') ? prefix : `${prefix}/`;
}

/** JSON with object keys sorted, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
