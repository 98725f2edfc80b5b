import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { captureIo, fixturePath, writeTempFiles } from './cli-test-helpers';
import { validateCommand } from './validate-command';

const abalonePath = fixturePath('abalone-train-eval-transform-register.json');

describe('pipewright validate', () => {
  it('accepts real SDK output with exit 0', async () => {
    const io = captureIo();
    expect(await validateCommand([abalonePath], {}, io)).toBe(0);
    expect(io.out()).toContain('no problems');
  });

  it('prints each error with file, line and column, and exits 1', async () => {
    const doc = JSON.parse(await readFile(abalonePath, 'utf8'));
    doc.Steps[1].DependsOn = ['Prepare'];
    const { broken } = await writeTempFiles({ 'broken.json': JSON.stringify(doc, null, 2) });
    const io = captureIo();
    expect(await validateCommand([broken!], {}, io)).toBe(1);
    expect(io.out()).toMatch(
      /broken\.json:\d+:\d+ error unknown-step: Step "AbaloneTrain" depends on "Prepare"/,
    );
    expect(io.out()).toContain('hint:');
    expect(io.out()).toContain('1 error, 0 warnings');
  });

  it('exits 2 for text that is not JSON, naming line and column', async () => {
    const { bad } = await writeTempFiles({
      'bad.json': '{\n  "Version": "2020-12-01",\n  "Steps": [,]\n}',
    });
    const io = captureIo();
    expect(await validateCommand([bad!], {}, io)).toBe(2);
    expect(io.out()).toMatch(
      /bad\.json:3:\d+ error invalid-json: The text is not valid JSON: line 3/,
    );
  });

  it('exits 2 for a file that cannot be read, and still checks the others', async () => {
    const io = captureIo();
    expect(await validateCommand(['/no/such/file.json', abalonePath], {}, io)).toBe(2);
    expect(io.err()).toContain('/no/such/file.json: cannot read the file: no such file');
    expect(io.out()).toContain('no problems');
  });

  it('allows warnings with exit 0', async () => {
    const doc = JSON.parse(await readFile(abalonePath, 'utf8'));
    doc.Steps.push({
      Name: 'Deploy',
      Type: 'Endpoint',
      Arguments: { EndpointName: 'e', EndpointConfigName: 'c' },
    });
    const { warned } = await writeTempFiles({ 'warned.json': JSON.stringify(doc) });
    const io = captureIo();
    expect(await validateCommand([warned!], {}, io)).toBe(0);
    expect(io.out()).toContain('warning not-runnable-locally');
  });

  it('prints machine-readable diagnostics with --json', async () => {
    const { bad } = await writeTempFiles({ 'bad.json': '{"Version": "2020-12-01"}' });
    const io = captureIo();
    expect(await validateCommand([bad!, abalonePath], { json: true }, io)).toBe(1);
    const report = JSON.parse(io.out());
    expect(report).toHaveLength(2);
    expect(report[0]).toMatchObject({ readable: true, valid: false });
    expect(report[0].diagnostics[0]).toMatchObject({ code: 'invalid-shape', pointer: '/Steps' });
    expect(report[1]).toMatchObject({ readable: true, valid: true, diagnostics: [] });
  });
});
