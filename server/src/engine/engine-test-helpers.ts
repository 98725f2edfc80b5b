import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineDocument } from '@pipewright/shared';
import { type Services, openServices } from '../services';

/** The example pipeline the engine tests run for real. */
export async function qualityGateExample(): Promise<PipelineDocument> {
  const path = fileURLToPath(
    new URL('../../../examples/quality-gate/pipeline.json', import.meta.url),
  );
  return JSON.parse(await readFile(path, 'utf8')) as PipelineDocument;
}

/** Services on a fresh data directory, running steps on the host (no bubblewrap needed). */
export async function testServices(
  options: { globalConcurrency?: number } = {},
): Promise<Services> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pipewright-engine-'));
  return openServices({ dataDir, sandbox: 'host', stopGraceMs: 2000, ...options });
}

/** A Processing step running `argv` on the host. */
export function commandStep(name: string, argv: string[], extra: Record<string, unknown> = {}) {
  return {
    Name: name,
    Type: 'Processing',
    Arguments: { AppSpecification: { ImageUri: 'local', ContainerEntrypoint: argv } },
    ...extra,
  };
}

/** A document from steps, with optional parameters. */
export function pipelineOf(steps: unknown[], parameters: unknown[] = []): PipelineDocument {
  return {
    Version: '2020-12-01',
    Metadata: {},
    Parameters: parameters,
    Steps: steps,
  } as PipelineDocument;
}
