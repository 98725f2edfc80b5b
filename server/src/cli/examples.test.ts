import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePipelineText } from '@pipewright/shared';

const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));

describe('examples', async () => {
  const names = (await readdir(examplesDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(names)('%s validates with no problems', async (name) => {
    const { diagnostics } = parsePipelineText(
      await readFile(join(examplesDir, name, 'pipeline.json'), 'utf8'),
    );
    expect(diagnostics).toEqual([]);
  });

  it.each(names)('%s embeds exactly the scripts in its scripts/ folder', async (name) => {
    const document = JSON.parse(await readFile(join(examplesDir, name, 'pipeline.json'), 'utf8'));
    const files = document['x-pipewright'].files as Record<string, { content: string }>;
    for (const [uri, file] of Object.entries(files)) {
      const script = join(examplesDir, name, 'scripts', uri.split('/').pop()!);
      expect(file.content, `${uri} differs from ${script}`).toBe(await readFile(script, 'utf8'));
    }
  });
});
