/** One place a step wrote to, named as a person would look for it. */
export interface ArtifactLocation {
  label: string;
  uri: string;
}

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const s3 = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('s3://') ? value : undefined;

/**
 * The S3 locations in a step's Describe-shaped properties: Processing outputs, a Training
 * job's model, a Transform job's output path, the best tuning job's model, and the model data
 * of CreateModel and RegisterModel steps. Each URI is listed once, first name wins.
 */
export function artifactLocations(properties: unknown): ArtifactLocation[] {
  const found: ArtifactLocation[] = [];
  const add = (label: string, uri: string | undefined) => {
    if (uri !== undefined && !found.some((entry) => entry.uri === uri)) found.push({ label, uri });
  };
  const props = record(properties) ?? {};
  for (const output of list(record(props.ProcessingOutputConfig)?.Outputs)) {
    const entry = record(output);
    add(`Output ${String(entry?.OutputName ?? '')}`.trim(), s3(record(entry?.S3Output)?.S3Uri));
  }
  add('Model artifacts', s3(record(props.ModelArtifacts)?.S3ModelArtifacts));
  add('Transform output', s3(record(props.TransformOutput)?.S3OutputPath));
  const best = record(props.BestTrainingJob);
  add('Best training job model', s3(record(best?.ModelArtifacts)?.S3ModelArtifacts));
  add('Model data', s3(record(props.PrimaryContainer)?.ModelDataUrl));
  const containers = [
    ...list(props.Containers),
    ...list(record(props.InferenceSpecification)?.Containers),
  ];
  for (const [index, container] of containers.entries()) {
    add(`Container ${index + 1} model data`, s3(record(container)?.ModelDataUrl));
  }
  add('Output data', s3(record(props.OutputDataConfig)?.S3OutputPath));
  return found;
}

/**
 * The objects stored at a location, each with a name relative to it. An S3 prefix matches any
 * key that starts with it, so `…/summary` would also match `…/summary-old.csv`: a location
 * that does not end in `/` is one object or a folder, never a prefix of other names.
 */
export function objectsAt<T extends { uri: string }>(
  location: string,
  items: readonly T[],
): { name: string; item: T }[] {
  const folder = location.endsWith('/') ? location : `${location}/`;
  return items.flatMap((item) => {
    if (item.uri === location)
      return [{ name: location.slice(location.lastIndexOf('/') + 1), item }];
    return item.uri.startsWith(folder) ? [{ name: item.uri.slice(folder.length), item }] : [];
  });
}
