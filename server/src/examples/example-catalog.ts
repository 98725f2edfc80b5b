import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Example,
  type ExampleSummary,
  NotFoundError,
  type PipelineDocument,
} from '@pipewright/shared';

/** The examples that ship with Pipewright: `examples/<id>/pipeline.json` and its README. */
export const DEFAULT_EXAMPLES_DIR = fileURLToPath(new URL('../../../examples', import.meta.url));

const idPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Reads the examples folder on each request: a handful of small files, and a person editing
 * an example sees the change without a restart. Folders without both files are not examples.
 */
export class ExampleCatalog {
  constructor(private readonly dir: string = DEFAULT_EXAMPLES_DIR) {}

  async list(): Promise<ExampleSummary[]> {
    const entries = await readdir(this.dir, { withFileTypes: true }).catch(() => []);
    const ids = entries
      .filter((entry) => entry.isDirectory() && idPattern.test(entry.name))
      .map((entry) => entry.name)
      .sort();
    const examples = await Promise.all(ids.map((id) => this.read(id).catch(() => undefined)));
    return examples
      .filter((example): example is Example => example !== undefined)
      .map(({ id, title, summary, shows }) => ({ id, title, summary, shows }));
  }

  async get(id: string): Promise<Example> {
    if (!idPattern.test(id)) throw notFound(id);
    return this.read(id).catch((error: unknown) => {
      if (isMissing(error)) throw notFound(id);
      throw error;
    });
  }

  private async read(id: string): Promise<Example> {
    const folder = join(this.dir, id);
    const [readme, definitionText] = await Promise.all([
      readFile(join(folder, 'README.md'), 'utf8'),
      readFile(join(folder, 'pipeline.json'), 'utf8'),
    ]);
    return {
      id,
      ...describeReadme(readme, id),
      readme,
      definition: JSON.parse(definitionText) as PipelineDocument,
    };
  }
}

/** Title, summary and "what it shows" from an example's README. */
export function describeReadme(
  readme: string,
  fallbackTitle: string,
): Pick<ExampleSummary, 'title' | 'summary' | 'shows'> {
  const lines = readme.split(/\r?\n/);
  const title =
    lines
      .find((line) => line.startsWith('# '))
      ?.slice(2)
      .trim() ?? fallbackTitle;
  const paragraphs = readme
    .split(/\r?\n\s*\r?\n/)
    // Plain text for the gallery: wrapped lines joined, `code` marks dropped.
    .map((paragraph) =>
      paragraph
        .replace(/\s*\r?\n\s*/g, ' ')
        .replace(/`([^`]*)`/g, '$1')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('#'));
  const showsLabel = 'What it shows:';
  const shows = paragraphs.find((paragraph) => paragraph.startsWith(showsLabel));
  return {
    title,
    summary: paragraphs.find((paragraph) => paragraph !== shows) ?? '',
    shows: shows?.slice(showsLabel.length).trim() ?? '',
  };
}

function notFound(id: string): NotFoundError {
  return new NotFoundError(`There is no example "${id}".`);
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
