import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureIo, writeTempFiles } from './cli-test-helpers';
import { pipelineNameFrom, runCommand } from './run-command';

const example = fileURLToPath(
  new URL('../../../examples/quality-gate/pipeline.json', import.meta.url),
);
const dataDir = () => mkdtemp(join(tmpdir(), 'pipewright-run-'));

describe('pipewright run', () => {
  it('runs the example to Succeeded, printing each step and its logs, exit 0', async () => {
    const io = captureIo();
    const code = await runCommand(
      example,
      { data: await dataDir(), logs: true, sandbox: 'host' },
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain('✔ CheckQuality succeeded (condition: True)');
    expect(io.out()).toMatch(/Evaluate │ weight = .* test MAE/);
    expect(io.out()).toContain('✔ execution Succeeded');
  });

  it('exits 1 with the Fail step message when a parameter sends it down the else branch', async () => {
    const io = captureIo();
    const code = await runCommand(
      example,
      { data: await dataDir(), param: ['MaxError=0.001'], sandbox: 'host' },
      io,
    );
    expect(code).toBe(1);
    expect(io.out()).toContain('✖ execution Failed: Test MAE is above MaxError 0.001');
    expect(io.out()).not.toContain('Publish');
  });

  it('exits 2 on parameters that do not fit, saying which', async () => {
    const io = captureIo();
    expect(await runCommand(example, { data: await dataDir(), param: ['MaxError=high'] }, io)).toBe(
      2,
    );
    expect(io.err()).toMatch(/MaxError/);
    const typo = captureIo();
    expect(await runCommand(example, { data: await dataDir(), param: ['MaxError'] }, typo)).toBe(2);
    expect(typo.err()).toContain('write it as NAME=VALUE');
  });

  it('exits 2 on an invalid file, with its diagnostics', async () => {
    const { bad } = await writeTempFiles({
      'bad.json': '{"Version": "2020-12-01", "Steps": [{"Name": "A"}]}',
    });
    const io = captureIo();
    expect(await runCommand(bad!, { data: await dataDir() }, io)).toBe(2);
    expect(io.err()).toContain('Step "A" has no "Type"');
  });

  it('names the pipeline after the file, or its folder for pipeline.json', () => {
    expect(pipelineNameFrom('examples/quality-gate/pipeline.json')).toBe('quality-gate');
    expect(pipelineNameFrom('/tmp/My Flow_v2.json')).toBe('My-Flow-v2');
  });
});
