import { describe, expect, it } from 'vitest';
import abalone from '../../../shared/test/fixtures/sagemaker/abalone-train-eval-transform-register.json?raw';
import {
  describeImport,
  looksLikePipelineDocument,
  pastedPipeline,
  readPipelineText,
} from './import-pipeline';

describe('reading an imported file', () => {
  it('accepts a pure SageMaker definition as it is, with no errors', () => {
    const result = readPipelineText(abalone);
    if (!result.ok) throw new Error(result.message);
    expect(result.format).toBe('sagemaker');
    expect(result.document).toEqual(JSON.parse(abalone));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('accepts a native document with its positions', () => {
    const native = {
      ...JSON.parse(abalone),
      'x-pipewright': { formatVersion: 1, positions: { AbaloneProcess: { x: 10, y: 20 } } },
    };
    const result = readPipelineText(JSON.stringify(native));
    expect(result).toMatchObject({ ok: true, format: 'native', document: native });
  });

  it('refuses broken JSON, saying where', () => {
    const result = readPipelineText('{\n  "Version": "2020-12-01",\n  "Steps": [,]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/line 3, column 13/);
    expect(result.diagnostics[0]).toMatchObject({ code: 'invalid-json', line: 3, column: 13 });
  });

  it('refuses JSON that is not a pipeline', () => {
    expect(readPipelineText('[1, 2]')).toMatchObject({ ok: false });
    expect(readPipelineText('{"name": "x"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"Steps"'),
    });
  });

  it('accepts a pipeline with validation errors, which the problems panel then shows', () => {
    const text = JSON.stringify({
      Version: '2020-12-01',
      Steps: [{ Name: 'bad name', Type: 'Fail' }],
    });
    const result = readPipelineText(text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toContain('invalid-step-name');
    if (result.ok) expect(describeImport('x.json', result)).toMatch(/1 error, see Problems/);
  });

  it('tells a whole pipeline from copied steps, for paste', () => {
    expect(looksLikePipelineDocument(JSON.parse(abalone))).toBe(true);
    expect(looksLikePipelineDocument({ Name: 'Train', Type: 'Training' })).toBe(false);
    expect(looksLikePipelineDocument({ format: 'pipewright/steps', steps: [] })).toBe(false);
    expect(looksLikePipelineDocument({ Steps: [] })).toBe(false);
  });

  it('offers a paste as an import only for a whole pipeline', () => {
    expect(pastedPipeline(`  ${abalone}  `)).toBe(abalone.trim());
    expect(pastedPipeline('{"Name": "Train", "Type": "Training"}')).toBeNull();
    expect(pastedPipeline('[{"Name": "Train", "Type": "Training"}]')).toBeNull();
    expect(pastedPipeline('{"Version": "2020-12-01", "Steps": [')).toBeNull();
    expect(pastedPipeline('hello')).toBeNull();
  });
});
