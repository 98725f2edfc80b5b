import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach } from 'vitest';
import { type AppConfig, buildApp } from '../app';
import { type Services, openServices } from '../services';

/** The Host header a browser sends to the test config's address. */
export const LOCAL_HOST_HEADER = { host: '127.0.0.1:4310' };

/** The token test apps are built with. */
export const TEST_TOKEN = 'test-token-0123456789abcdef';

/** Headers of an authenticated request from a non-browser client. */
export const AUTH_HEADERS = { ...LOCAL_HOST_HEADER, authorization: `Bearer ${TEST_TOKEN}` };

export const FAKE_INDEX_HTML = '<!doctype html><title>fake pipewright</title>';

/** A built app on a fresh data directory, with its real services. */
export interface TestApp {
  app: FastifyInstance;
  services: Services;
  dataDir: string;
  /** A scratch folder beside the data directory, removed with it (steps start here). */
  workDir: string;
}

/**
 * Builds apps on temporary folders: a web build with index.html and one hashed asset (or
 * none), a data directory with a real store and engine (steps run on the host, no sandbox).
 * Apps, services and folders made here are closed and removed after each test.
 */
export function useTestApp(): (options?: {
  built?: boolean;
  config?: Partial<AppConfig>;
}) => Promise<TestApp> {
  const cleanups: (() => Promise<unknown> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return async ({ built = true, config = {} } = {}) => {
    const root = mkdtempSync(join(tmpdir(), 'pipewright-server-test-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const webDir = join(root, 'dist');
    if (built) {
      mkdirSync(join(webDir, 'assets'), { recursive: true });
      writeFileSync(join(webDir, 'index.html'), FAKE_INDEX_HTML);
      writeFileSync(join(webDir, 'assets', 'main-abc123.js'), 'console.log("app");');
    }
    const dataDir = join(root, 'data');
    const workDir = join(root, 'work');
    mkdirSync(workDir);
    const services = await openServices({
      dataDir,
      sandbox: 'host',
      workingDir: workDir,
      stopGraceMs: 2000,
    });
    cleanups.push(() => services.close());
    const app = buildApp(
      {
        host: '127.0.0.1',
        port: 4310,
        dataDir,
        webDir,
        logLevel: 'silent',
        token: TEST_TOKEN,
        ...config,
      },
      services,
    );
    cleanups.push(() => app.close());
    return { app, services, dataDir, workDir };
  };
}
