/**
 * `pnpm docs:screenshots`: takes the documentation's screenshots (docs/images/*.png) from the
 * real app. It builds nothing: it serves the web app already built in web/dist (run `pnpm build`
 * first) or in PIPEWRIGHT_WEB_DIR, with the real server on a free port, a fresh temporary data
 * directory and its own token, and drives Debian's Chromium through the examples the way a
 * person would: the welcome view, Run on an example, its execution while it runs and once it
 * has finished, a second run compared with it, the designer, the model registry, an approval
 * gate, the executions list and the settings.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { ownServer } from '../e2e/support/own-server';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const webDir = resolve(process.env.PIPEWRIGHT_WEB_DIR ?? join(repoRoot, 'web/dist'));
const outDir = join(repoRoot, 'docs/images');
const viewport = { width: 1440, height: 900 };
/** Steps of a local run take seconds; a slow, busy machine may need a few minutes. */
const runTimeout = 180_000;

async function shoot(page: Page, name: string): Promise<void> {
  // Let layout, fonts and the graph's fit-view settle before the picture.
  await page.waitForTimeout(600);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  console.log(`  ${path}`);
}

/** The welcome view, then Run on the Abalone example: the execution while it runs and after. */
async function abaloneRun(page: Page): Promise<string> {
  await page.getByRole('heading', { name: 'Examples' }).waitFor();
  await page.getByRole('img', { name: /^Graph of Abalone/ }).waitFor();
  await shoot(page, 'welcome');

  await page.getByRole('button', { name: /^Run Abalone/ }).click();
  await page.waitForURL(/\/executions\/[a-z0-9]{12}$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  // Running: two steps done, the execution not finished yet.
  const progress = page.getByRole('progressbar', { name: 'Run progress' });
  await progress.waitFor();
  const deadline = Date.now() + runTimeout;
  while (Number(await progress.getAttribute('aria-valuenow')) < 2 && Date.now() < deadline) {
    await page.waitForTimeout(100);
  }
  await shoot(page, 'execution-running');

  // The execution's own status badge, in the header (step nodes say "Succeeded" too).
  await page
    .locator('.pw-run-header')
    .getByRole('status')
    .filter({ hasText: 'Succeeded' })
    .waitFor({ timeout: runTimeout });
  await page.goto(`/executions/${id}/steps/AbaloneTrain/logs`);
  await page.getByRole('complementary', { name: 'AbaloneTrain' }).waitFor();
  await page.getByText(/^[\d,]+ lines?$/).waitFor({ timeout: 10_000 });
  await shoot(page, 'execution-logs');
  return id;
}

/** Runs Abalone again with a threshold no model meets (the Fail branch), then compares the two. */
async function compareRuns(page: Page, firstId: string): Promise<void> {
  await page.goto(`/executions/${firstId}`);
  await page.getByRole('button', { name: 'Run again' }).click();
  const dialog = page.getByRole('dialog', { name: 'Run again' });
  await dialog.getByLabel('MseThreshold').fill('0.5');
  await dialog.getByLabel('Display name').fill('strict-threshold');
  await dialog.getByRole('button', { name: 'Start run' }).click();
  await page.waitForURL(
    (url) => /^\/executions\/[a-z0-9]{12}$/.test(url.pathname) && !url.pathname.endsWith(firstId),
  );
  const secondId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await page
    .locator('.pw-run-header')
    .getByRole('status')
    .filter({ hasText: 'Failed' })
    .waitFor({ timeout: runTimeout });
  await page.goto(`/compare/${firstId}/${secondId}`);
  await page.getByRole('heading', { name: 'What changed, step by step' }).waitFor();
  await page.getByText('Reading the metrics…').waitFor({ state: 'hidden' });
  await shoot(page, 'compare');
}

/** The Callback step of the approval-gate example, waiting for a person to answer it. */
async function approvalGate(page: Page): Promise<void> {
  await page.goto('/welcome');
  await page.getByRole('button', { name: /^Run Approval gate/ }).click();
  await page.waitForURL(/\/executions\/[a-z0-9]{12}$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await page.goto(`/executions/${id}/steps/ApproveRelease/callback`);
  await page.getByRole('button', { name: 'Approve', exact: true }).waitFor({ timeout: runTimeout });
  await shoot(page, 'callback');
}

async function main(): Promise<void> {
  if (!existsSync(join(webDir, 'index.html'))) {
    throw new Error(
      `The web app is not built in ${webDir}: run \`pnpm build\` (or set PIPEWRIGHT_WEB_DIR).`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  // The real server on a free port, with a fresh data folder (removed after) and its own token.
  const server = await ownServer({ token: randomBytes(24).toString('hex'), webDir });
  await server.start();
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport, baseURL: server.baseUrl, colorScheme: 'light' });
    console.log('Writing screenshots:');
    await page.goto(server.loginUrl);
    const executionId = await abaloneRun(page);
    await compareRuns(page, executionId);

    await page.goto('/pipelines/abalone');
    const train = page.locator('.react-flow__node[data-id="AbaloneTrain"]');
    await train.waitFor();
    // More room for the graph: the problems panel folds to its tab bar.
    await page.getByRole('button', { name: 'Hide the panel' }).click();
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await train.click();
    await page.getByRole('complementary', { name: 'Inspector' }).waitFor();
    // The script editor loads on its own; wait until it shows the script.
    await page.waitForFunction(
      "(document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').length > 0",
    );
    await shoot(page, 'designer');

    await page.goto('/registry/AbaloneModels/1');
    await page.getByRole('heading', { name: 'Approval history' }).waitFor();
    await shoot(page, 'registry');

    await approvalGate(page);

    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Image map' }).waitFor();
    await shoot(page, 'settings');

    await page.goto('/executions');
    await page.getByText(executionId).first().waitFor();
    await shoot(page, 'executions');
  } finally {
    await browser.close();
    await server.dispose();
  }
}

await main();
