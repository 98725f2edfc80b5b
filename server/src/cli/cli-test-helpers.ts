import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './cli-io';

/** The real SDK fixtures kept by `shared`. */
export const fixturePath = (name: string) =>
  fileURLToPath(new URL(`../../../shared/test/fixtures/sagemaker/${name}`, import.meta.url));

/** A CliIo that records what a command printed. */
export function captureIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    out: () => out,
    err: () => err,
  };
}

/** Writes files into a fresh temporary folder; returns their paths keyed by name without `.json`. */
export async function writeTempFiles(
  files: Record<string, string>,
): Promise<Record<string, string>> {
  const folder = await mkdtemp(join(tmpdir(), 'pipewright-cli-'));
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const path = join(folder, name);
    await writeFile(path, text);
    paths[name.replace(/\.json$/, '')] = path;
  }
  return paths;
}
