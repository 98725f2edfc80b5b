import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { captureIo, fixturePath, writeTempFiles } from './cli-test-helpers';
import { exportCommand } from './export-command';

const abalonePath = fixturePath('abalone-train-eval-transform-register.json');

describe('pipewright export --to sagemaker', () => {
  it('gives a pure SageMaker definition back as the same JSON value', async () => {
    const io = captureIo();
    expect(await exportCommand(abalonePath, { to: 'sagemaker' }, io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual(JSON.parse(await readFile(abalonePath, 'utf8')));
  });

  it('removes the Pipewright extension and keeps everything else, to a file', async () => {
    const original = JSON.parse(await readFile(abalonePath, 'utf8'));
    const native = {
      ...original,
      'x-pipewright': {
        formatVersion: 1,
        positions: { AbaloneProcess: { x: 0, y: 0 } },
        files: { 's3://bucket/code/preprocessing.py': { content: 'print(1)', language: 'python' } },
      },
    };
    const { input } = await writeTempFiles({ 'input.json': JSON.stringify(native) });
    const output = `${input}.sagemaker.json`;
    const io = captureIo();
    expect(await exportCommand(input!, { to: 'sagemaker', output }, io)).toBe(0);
    expect(JSON.parse(await readFile(output, 'utf8'))).toEqual(original);
    expect(io.err()).toContain(`wrote the SageMaker definition to ${output}`);
  });

  it('refuses a document with errors, listing them, with exit 1', async () => {
    const { bad } = await writeTempFiles({
      'bad.json': '{"Version": "2020-12-01", "Steps": [{"Name": "A"}]}',
    });
    const io = captureIo();
    expect(await exportCommand(bad!, { to: 'sagemaker' }, io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('Step "A" has no "Type"');
    expect(io.err()).toContain('was not exported');
  });

  it('exits 2 for an unknown target or an unreadable file', async () => {
    expect(await exportCommand(abalonePath, { to: 'argo' }, captureIo())).toBe(2);
    expect(await exportCommand('/no/such.json', { to: 'sagemaker' }, captureIo())).toBe(2);
  });
});
