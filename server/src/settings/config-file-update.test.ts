import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { openServices } from '../services';
import { updateConfigFile } from './config-file-update';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), 'pipewright-settings-'));
  roots.push(root);
  return root;
}

describe('updateConfigFile', () => {
  it('keeps the keys in the order they were written, and leaves no temporary file', () => {
    const root = scratch();
    const path = join(root, 'config.json');
    writeFileSync(path, JSON.stringify({ sandbox: 'host', port: 4400, globalConcurrency: 2 }));
    updateConfigFile(path, { globalConcurrency: 6, defaultBucket: 'results' });
    expect(readFileSync(path, 'utf8')).toBe(
      `${JSON.stringify({ sandbox: 'host', port: 4400, globalConcurrency: 6, defaultBucket: 'results' }, null, 2)}\n`,
    );
    expect(readdirSync(root)).toEqual(['config.json']);
  });

  it('replaces the file a symlink points to, keeping the symlink', () => {
    const root = scratch();
    mkdirSync(join(root, 'dotfiles'));
    const real = join(root, 'dotfiles', 'pipewright.json');
    writeFileSync(real, '{"port": 4400}');
    symlinkSync(real, join(root, 'config.json'));
    updateConfigFile(join(root, 'config.json'), { defaultBucket: 'results' });
    expect(lstatSync(join(root, 'config.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8'))).toEqual({
      port: 4400,
      defaultBucket: 'results',
    });
  });

  it('refuses to save over a key edited badly by hand since the start', () => {
    const root = scratch();
    const path = join(root, 'config.json');
    writeFileSync(path, '{"port": "eighty"}');
    expect(() => updateConfigFile(path, { globalConcurrency: 2 })).toThrow(/problems: port/);
    expect(readFileSync(path, 'utf8')).toBe('{"port": "eighty"}');
  });
});

describe('settings and the config file at start', () => {
  it('reads defaultBucket from the config file and refuses a bad one', () => {
    const root = scratch();
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'config.json'), '{"defaultBucket": "team-results"}');
    expect(loadConfig({ argv: ['--data', 'data'], cwd: root }).defaultBucket).toBe('team-results');
    writeFileSync(join(root, 'data', 'config.json'), '{"defaultBucket": "Team_Results"}');
    expect(() => loadConfig({ argv: ['--data', 'data'], cwd: root })).toThrow(
      /defaultBucket: a bucket name is 3 to 63/,
    );
  });

  it('saves to the --config file the server started with, not to the data directory', async () => {
    const root = scratch();
    writeFileSync(join(root, 'studio.json'), '{"port": 4400}');
    const config = loadConfig({ argv: ['--config', 'studio.json', '--data', 'data'], cwd: root });
    expect(config.configFile).toBe(join(root, 'studio.json'));
    const services = await openServices({
      dataDir: config.dataDir,
      sandbox: 'host',
      ...(config.configFile !== undefined && { configFile: config.configFile }),
    });
    try {
      services.settings.update({ globalConcurrency: 7 });
      expect(services.settings.view({ host: '127.0.0.1', port: 4400 }).configFile).toEqual({
        path: join(root, 'studio.json'),
        exists: true,
      });
      expect(JSON.parse(readFileSync(join(root, 'studio.json'), 'utf8'))).toEqual({
        port: 4400,
        globalConcurrency: 7,
      });
      expect(readdirSync(config.dataDir)).not.toContain('config.json');
    } finally {
      await services.close();
    }
  });
});
