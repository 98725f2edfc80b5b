import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import { buildApp } from '../app';
import type { ServerConfig } from '../config';

/** The Host header a browser sends to the test config's address. */
export const LOCAL_HOST_HEADER = { host: '127.0.0.1:4310' };

export const FAKE_INDEX_HTML = '<!doctype html><title>fake pipewright</title>';

/**
 * A web build folder with index.html and one hashed asset, or none at all; apps and folders
 * made here are closed and removed after each test.
 */
export function useTestApp(): (options?: {
  built?: boolean;
  config?: Partial<ServerConfig>;
}) => FastifyInstance {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return ({ built = true, config = {} } = {}) => {
    const root = mkdtempSync(join(tmpdir(), 'pipewright-server-test-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const webDir = join(root, 'dist');
    if (built) {
      mkdirSync(join(webDir, 'assets'), { recursive: true });
      writeFileSync(join(webDir, 'index.html'), FAKE_INDEX_HTML);
      writeFileSync(join(webDir, 'assets', 'main-abc123.js'), 'console.log("app");');
    }
    const app = buildApp({
      host: '127.0.0.1',
      port: 4310,
      dataDir: join(root, 'data'),
      webDir,
      logLevel: 'silent',
      ...config,
    });
    cleanups.push(() => app.close());
    return app;
  };
}
