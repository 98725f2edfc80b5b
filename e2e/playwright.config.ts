import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { E2E_TOKEN } from './e2e-token';
import { chromiumLaunchOptions } from './support/chromium';

/**
 * A fixed port away from the default 4310, so a running Pipewright does not get in the way.
 * PIPEWRIGHT_E2E_PORT and PIPEWRIGHT_E2E_WEB_DIR let two e2e runs (each with its own build) work
 * side by side on one machine.
 */
const PORT = Number(process.env.PIPEWRIGHT_E2E_PORT ?? 4399);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const WEB_DIR =
  process.env.PIPEWRIGHT_E2E_WEB_DIR ?? fileURLToPath(new URL('../web/dist', import.meta.url));

if (!existsSync(join(WEB_DIR, 'index.html'))) {
  throw new Error(
    `The web app is not built in ${WEB_DIR}: run \`pnpm build\` before the end-to-end tests.`,
  );
}

// Workers load this file again; the environment carries the runner's folder over to them.
process.env.PIPEWRIGHT_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'pipewright-e2e-'));
const dataDir = process.env.PIPEWRIGHT_E2E_DATA_DIR;

export default defineConfig({
  testDir: 'tests',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: process.env.CI === 'true',
  reporter: process.env.CI === 'true' ? 'line' : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    // Debian's Chromium; Playwright's own browser download is never used.
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'pnpm --filter @pipewright/server serve',
    // Answers 401 without the token, which Playwright also counts as up.
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PIPEWRIGHT_HOST: '127.0.0.1',
      PIPEWRIGHT_PORT: String(PORT),
      PIPEWRIGHT_DATA_DIR: dataDir,
      PIPEWRIGHT_TOKEN: E2E_TOKEN,
      PIPEWRIGHT_WEB_DIR: WEB_DIR,
    },
  },
});
