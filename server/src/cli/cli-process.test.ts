import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixturePath, writeTempFiles } from './cli-test-helpers';

const launcher = fileURLToPath(new URL('../../bin/pipewright.js', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [launcher, ...args], { encoding: 'utf8' });

describe('the pipewright executable', () => {
  it('exits 0, 1 and 2 as documented, without stack traces', async () => {
    const { invalid, notJson } = await writeTempFiles({
      'invalid.json':
        '{"Version": "2020-12-01", "Steps": [{"Name": "A", "Type": "Fail", "DependsOn": ["B"]}]}',
      'notJson.json': '{"Version": ',
    });
    const ok = run('validate', fixturePath('sdk-unit-callback-dependson.json'));
    const failing = run('validate', invalid!);
    const unreadable = run('validate', notJson!);
    expect([ok.status, failing.status, unreadable.status]).toEqual([0, 1, 2]);
    expect(failing.stdout).toContain('depends on "B"');
    for (const result of [ok, failing, unreadable]) {
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('explains usage errors with exit 2', () => {
    const result = run('export', fixturePath('sdk-unit-callback-dependson.json'), '--to', 'argo');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/argo/);
  });
});
