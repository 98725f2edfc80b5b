import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WEB_DIR, isLoopbackHost, loadConfig, serverUrl } from './config';

const cwd = '/home/me/project';

describe('loadConfig', () => {
  it('listens on loopback port 4310 and keeps data in ./.pipewright by default', () => {
    expect(loadConfig({ cwd })).toEqual({
      host: '127.0.0.1',
      port: 4310,
      dataDir: join(cwd, '.pipewright'),
      webDir: DEFAULT_WEB_DIR,
      logLevel: 'warn',
    });
    expect(DEFAULT_WEB_DIR).toMatch(/web[/\\]dist$/);
  });

  it('reads the environment', () => {
    const env = {
      PIPEWRIGHT_HOST: '0.0.0.0',
      PIPEWRIGHT_PORT: '5000',
      PIPEWRIGHT_DATA_DIR: '/var/lib/pipewright',
      PIPEWRIGHT_LOG_LEVEL: 'info',
      PIPEWRIGHT_TOKEN: 'env-token-0123456789',
    };
    expect(loadConfig({ env, cwd })).toMatchObject({
      token: 'env-token-0123456789',
      host: '0.0.0.0',
      port: 5000,
      dataDir: '/var/lib/pipewright',
      logLevel: 'info',
    });
  });

  it('serves the web app from PIPEWRIGHT_WEB_DIR, relative to the working folder', () => {
    const env = { PIPEWRIGHT_WEB_DIR: 'build/web' };
    expect(loadConfig({ env, cwd }).webDir).toBe(join(cwd, 'build/web'));
  });

  it('lets flags win over the environment', () => {
    const config = loadConfig({
      argv: ['--port', '6000', '--host=localhost', '--data-dir', 'runs'],
      env: { PIPEWRIGHT_PORT: '5000', PIPEWRIGHT_HOST: '0.0.0.0' },
      cwd,
    });
    expect(config).toMatchObject({ host: 'localhost', port: 6000, dataDir: join(cwd, 'runs') });
  });

  it('accepts the separator pnpm passes through', () => {
    expect(loadConfig({ argv: ['--', '--port', '4311'], cwd }).port).toBe(4311);
  });

  it('treats an empty environment variable as unset', () => {
    expect(loadConfig({ env: { PIPEWRIGHT_PORT: '' }, cwd }).port).toBe(4310);
  });

  it.each([
    [
      { env: { PIPEWRIGHT_PORT: 'abc' } },
      "PIPEWRIGHT_PORT must be a port number 1-65535, got 'abc'",
    ],
    [{ env: { PIPEWRIGHT_PORT: '0' } }, "PIPEWRIGHT_PORT must be a port number 1-65535, got '0'"],
    [
      { env: { PIPEWRIGHT_PORT: '70000' } },
      "PIPEWRIGHT_PORT must be a port number 1-65535, got '70000'",
    ],
    [
      { env: { PIPEWRIGHT_PORT: '43.5' } },
      "PIPEWRIGHT_PORT must be a port number 1-65535, got '43.5'",
    ],
    [{ argv: ['--port'] }, "Option '--port <value>' argument missing"],
    [{ argv: ['--port='] }, "--port must be a port number 1-65535, got ''"],
    [
      { env: { PIPEWRIGHT_HOST: 'http://localhost' } },
      "PIPEWRIGHT_HOST must be a host name or IP address, got 'http://localhost'",
    ],
    [{ argv: ['--host', 'my host'] }, "--host must be a host name or IP address, got 'my host'"],
    [{ argv: ['--data-dir', ' '] }, "--data-dir must be a folder path, got ' '"],
    [
      { env: { PIPEWRIGHT_LOG_LEVEL: 'loud' } },
      "PIPEWRIGHT_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'loud'",
    ],
    [{ argv: ['--prot', '4311'] }, "Unknown option '--prot'"],
    [{ argv: ['4311'] }, "Unexpected argument '4311'"],
  ])('rejects %j with a message saying what is wrong', (sources, message) => {
    const load = () => loadConfig({ cwd, ...sources });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });

  it('takes --data, and --data-dir as its other name', () => {
    expect(loadConfig({ argv: ['--data', 'runs'], cwd }).dataDir).toBe(join(cwd, 'runs'));
    expect(loadConfig({ argv: ['--data-dir', 'old'], cwd }).dataDir).toBe(join(cwd, 'old'));
  });

  it('lists the options after a flag it does not know', () => {
    expect(() => loadConfig({ argv: ['--prot', '4311'], cwd })).toThrow(/Usage: .*--port <port>/);
  });
});

describe('serverUrl', () => {
  it.each([
    [{ host: '127.0.0.1', port: 4310 }, 'http://127.0.0.1:4310/'],
    [{ host: 'localhost', port: 80 }, 'http://localhost:80/'],
    [{ host: '0.0.0.0', port: 4310 }, 'http://127.0.0.1:4310/'],
    [{ host: '::', port: 4310 }, 'http://[::1]:4310/'],
    [{ host: '::1', port: 4310 }, 'http://[::1]:4310/'],
  ])('%j is opened at %s', (config, url) => {
    expect(serverUrl(config)).toBe(url);
  });
});

describe('loadConfig with a config file', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  /** A folder holding `data/config.json` (when `content` is given); returns the folder. */
  function folder(content?: unknown): string {
    const root = mkdtempSync(join(tmpdir(), 'pipewright-config-'));
    roots.push(root);
    mkdirSync(join(root, 'data'));
    if (content !== undefined) {
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      writeFileSync(join(root, 'data', 'config.json'), text);
    }
    return root;
  }
  const imageMap = [{ match: 'sklearn', command: ['conda', 'run', '-n', 'ml'] }];

  it('reads <data>/config.json, below flags and environment variables', () => {
    const root = folder({
      host: 'localhost',
      port: 5000,
      token: 'file-token-0123456789',
      globalConcurrency: 4,
      imageMap,
      sandbox: 'host',
      logLevel: 'info',
    });
    expect(loadConfig({ argv: ['--data', 'data'], cwd: root })).toMatchObject({
      host: 'localhost',
      port: 5000,
      token: 'file-token-0123456789',
      globalConcurrency: 4,
      imageMap,
      sandbox: 'host',
      logLevel: 'info',
    });
    const overridden = loadConfig({
      argv: ['--data', 'data', '--port', '6000'],
      env: {
        PIPEWRIGHT_PORT: '5500',
        PIPEWRIGHT_HOST: '127.0.0.1',
        PIPEWRIGHT_TOKEN: 'env-token-0123456789',
      },
      cwd: root,
    });
    expect(overridden).toMatchObject({
      port: 6000,
      host: '127.0.0.1',
      token: 'env-token-0123456789',
    });
  });

  it('reads the file named by --config, which must exist', () => {
    const root = folder();
    writeFileSync(join(root, 'studio.json'), JSON.stringify({ port: 4400 }));
    expect(loadConfig({ argv: ['--config', 'studio.json'], cwd: root }).port).toBe(4400);
    expect(() => loadConfig({ argv: ['--config', 'missing.json'], cwd: root })).toThrow(
      /Cannot read the config file .*missing\.json/,
    );
  });

  it.each([
    ['not JSON', '{ port: 1 ', /is not valid JSON/],
    ['an unknown setting', { prot: 1 }, /has problems: .*prot/],
    ['a bad image map', { imageMap: [{ match: '(' }] }, /has problems: imageMap\.0/],
    ['a short token', { token: 'abc' }, /token: a token is 16 to 256/],
    ['a bad host', { host: 'my host' }, /"host" in config\.json must be a host name/],
  ])('refuses a config file with %s', (_label, content, message) => {
    const root = folder(content);
    const load = () => loadConfig({ argv: ['--data', 'data'], cwd: root });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});

describe('the token and the address', () => {
  it('refuses to listen beyond loopback without a chosen token', () => {
    const load = () => loadConfig({ argv: ['--host', '0.0.0.0'], cwd });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(
      /Listening on 0\.0\.0\.0 .* needs a token you chose\. Set PIPEWRIGHT_TOKEN/,
    );
    const withToken = loadConfig({
      argv: ['--host', '0.0.0.0'],
      env: { PIPEWRIGHT_TOKEN: 'chosen-token-0123456789' },
      cwd,
    });
    expect(withToken.token).toBe('chosen-token-0123456789');
  });

  it('never repeats a bad token in its message', () => {
    const load = () => loadConfig({ env: { PIPEWRIGHT_TOKEN: 'has spaces in it, secret' }, cwd });
    expect(load).toThrow(/PIPEWRIGHT_TOKEN must be 16 to 256/);
    expect(load).not.toThrow(/secret/);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['studio.lan', false],
    ['127.0.0.1.nip.io', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
