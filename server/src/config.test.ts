import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_WEB_DIR, loadConfig, serverUrl } from './config';

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
    };
    expect(loadConfig({ env, cwd })).toMatchObject({
      host: '0.0.0.0',
      port: 5000,
      dataDir: '/var/lib/pipewright',
      logLevel: 'info',
    });
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
