import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pipelineJsonSchemaText } from './schema-command';

const committedSchema = fileURLToPath(
  new URL('../../../docs/pipeline.schema.json', import.meta.url),
);

describe('docs/pipeline.schema.json', () => {
  it('is the schema generated from the zod schemas (run `pnpm schema:write` after changing them)', async () => {
    expect(await readFile(committedSchema, 'utf8')).toBe(pipelineJsonSchemaText());
  });

  it('describes every step type and the extension key', () => {
    const schema = JSON.parse(pipelineJsonSchemaText());
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining([
        'ProcessingStep',
        'TrainingStep',
        'ConditionStep',
        'UnknownStep',
        'PipewrightExtension',
      ]),
    );
    expect(schema.properties).toHaveProperty('x-pipewright');
  });
});
