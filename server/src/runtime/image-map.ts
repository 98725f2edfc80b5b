import { type ImageMapConfig, type ImageMapEntry, ImageMapSchema } from '@pipewright/shared';
import { RuntimeUserError } from './runtime-error';

// The rules' schema lives in shared: the settings page shows and edits the same shape.
export {
  type ImageMapConfig,
  type ImageMapEntry,
  ImageMapEntrySchema,
  ImageMapSchema,
} from '@pipewright/shared';

/**
 * Decides what runs for an image. Without a matching rule a step's ContainerEntrypoint runs on
 * the host as it is (`python3 script.py` uses the host's Python), which is what most SageMaker
 * processing steps (SKLearnProcessor, ScriptProcessor) need.
 */
export class ImageMap {
  private readonly rules: { entry: ImageMapEntry; pattern: RegExp }[];

  constructor(entries: ImageMapConfig = []) {
    this.rules = entries.map((entry) => ({ entry, pattern: new RegExp(entry.match) }));
  }

  /** Validates a config value (a JSON array) into an image map; problems name their index. */
  static parse(config: unknown): ImageMap {
    const parsed = ImageMapSchema.safeParse(config);
    if (parsed.success) return new ImageMap(parsed.data);
    const problems = parsed.error.issues.map(
      (issue) => `at ${formatPath(issue.path)}: ${issue.message}`,
    );
    throw new RuntimeUserError(
      'invalid-image-map',
      `The image map is not valid: ${problems.join('; ')}`,
    );
  }

  /** The first rule matching `imageUri` (exact URI first, then as a regular expression). */
  ruleFor(imageUri: string): ImageMapEntry | undefined {
    return (
      this.rules.find(({ entry }) => entry.match === imageUri)?.entry ??
      this.rules.find(({ pattern }) => pattern.test(imageUri))?.entry
    );
  }

  /** Whether the map supplies the image's own program for a step that names none. */
  suppliesEntrypoint(imageUri: string): boolean {
    const rule = this.ruleFor(imageUri);
    return rule !== undefined && ('entrypoint' in rule || 'imageEntrypoint' in rule);
  }

  /**
   * The argv for a step: entrypoint and arguments as the image map says. Throws a
   * `RuntimeUserError` that shows a ready-to-paste rule when there is nothing to run (an image
   * whose own ENTRYPOINT is unknown here).
   */
  argvFor(
    imageUri: string,
    entrypoint: readonly string[] = [],
    args: readonly string[] = [],
  ): string[] {
    const rule = this.ruleFor(imageUri);
    if (rule !== undefined && 'entrypoint' in rule) return [...rule.entrypoint, ...args];
    // As Docker does: a step's ContainerEntrypoint overrides the image's own ENTRYPOINT.
    if (rule !== undefined && 'imageEntrypoint' in rule && entrypoint.length === 0) {
      return [...rule.imageEntrypoint, ...args];
    }
    const prefix = rule !== undefined && 'command' in rule ? rule.command : [];
    const argv = [...prefix, ...entrypoint, ...args];
    if (prefix.length === 0 && entrypoint.length === 0) {
      throw new RuntimeUserError(
        'executable-not-found',
        unrunnableImageMessage(
          imageUri,
          "the step has no ContainerEntrypoint, and the image's own ENTRYPOINT is unknown without Docker",
        ),
      );
    }
    return argv;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('');
  return text === '' ? 'the top level' : text.replace(/^\./, '');
}

/**
 * Says that an image cannot run here, why, and how to map it, with rules ready to paste into
 * the image map.
 */
export function unrunnableImageMessage(imageUri: string, why: string): string {
  const example = (rule: Record<string, unknown>) =>
    `  ${JSON.stringify({ match: imageUri, ...rule })}`;
  return [
    `Image ${imageUri} cannot run on this machine: ${why}.`,
    'Map it to a local command in the image map, for example:',
    example({ entrypoint: ['/path/to/local/program'] }),
    'or, to run its entrypoint through another program (a conda environment, a virtualenv):',
    example({ command: ['conda', 'run', '-n', 'my-env'] }),
    "or, to stand in for the image's own program only where a step names none:",
    example({ imageEntrypoint: ['python3', '/path/to/stand-in.py'] }),
  ].join('\n');
}
