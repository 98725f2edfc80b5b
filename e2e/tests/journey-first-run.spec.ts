import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Page, expect, test } from '@playwright/test';
import { drawerOf, runStatus, stepButton } from '../support/locators';
import { type OwnServer, ownServer, portFromEnv } from '../support/own-server';

const cliEntry = fileURLToPath(new URL('../../server/src/cli/main.ts', import.meta.url));
/** tsx resolves from the server package, where it is a dependency. */
const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

/** Waits for the execution page to say Succeeded, every step done; answers the execution id. */
async function seeSucceeded(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/executions\/[a-z0-9]{12}$/);
  const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 240_000 });
  const progress = page.getByRole('progressbar', { name: 'Run progress' });
  const total = await progress.getAttribute('aria-valuemax');
  await expect(progress).toHaveAttribute('aria-valuenow', total ?? '');
  return id;
}

let started: OwnServer | undefined;

test.beforeAll(async () => {
  // Starting a server with tsx takes a while on a busy machine.
  test.setTimeout(120_000);
  // Its own server (the journey must start with an empty data folder), on a port the
  // environment may set.
  started = await ownServer({ port: portFromEnv('PIPEWRIGHT_E2E_FIRST_RUN_PORT') });
  await started.start();
});

test.afterAll(async () => {
  await started?.dispose();
});

test('a first run: from the welcome view to a registered model, then export, import and cache', async ({
  page,
}) => {
  // The abalone example runs real Python processes three times over.
  test.setTimeout(300_000);
  const server = started;
  if (!server) throw new Error('the server did not start');
  const at = (path: string) => `${server.baseUrl}${path}`;
  await page.goto(server.loginUrl);

  // An empty server greets with the welcome view and the examples.
  await expect(page.getByRole('heading', { name: 'Welcome to Pipewright' })).toBeVisible();
  const abalone = page.getByRole('article', { name: /^Abalone/ });
  await expect(abalone.getByRole('img', { name: /^Graph of Abalone/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Run / })).toHaveCount(
    await page.getByRole('article').count(),
  );
  await page.screenshot({ path: '/tmp/journeys-first-welcome.png', fullPage: true });

  // Run: straight to the new execution, which moves on live.
  await abalone.getByRole('button', { name: /^Run Abalone/ }).click();
  await expect(page).toHaveURL(/\/executions\/[a-z0-9]{12}$/);
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await expect(runStatus(page, 'Executing')).toBeVisible();
  await page.screenshot({ path: '/tmp/journeys-first-executing.png' });
  const firstId = await seeSucceeded(page);
  for (const step of ['AbaloneProcess', 'AbaloneTrain', 'AbaloneEval', 'AbaloneTransform']) {
    await expect(stepButton(page, step)).toHaveAccessibleName(/Succeeded/);
  }
  await expect(stepButton(page, 'AbaloneMSEFail')).toHaveAccessibleName(/Branch not taken/);
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true);
  await page.screenshot({ path: '/tmp/journeys-first-succeeded.png' });

  // The training step's output, in its logs.
  await stepButton(page, 'AbaloneTrain').click();
  const train = drawerOf(page, 'AbaloneTrain');
  await train.getByRole('tab', { name: 'Logs' }).click();
  const log = train.getByRole('log', { name: /^Log of AbaloneTrain, attempt 1/ });
  await expect(log.getByText(/^train:mse=\d+\.\d+/)).toBeVisible();
  await page.screenshot({ path: '/tmp/journeys-first-train-logs.png' });

  // The condition's verdict.
  await page.goto(at(`/executions/${firstId}/steps/AbaloneMSECond/condition`));
  const condition = drawerOf(page, 'AbaloneMSECond');
  await expect(condition.getByText('Outcome: true')).toBeVisible();
  await expect(condition.getByRole('list', { name: 'Evaluated conditions' })).toContainText(
    '→ true',
  );
  await expect(condition.getByRole('link', { name: 'AbaloneTransform' })).toBeVisible();
  await page.screenshot({ path: '/tmp/journeys-first-condition.png' });

  // The model it registered waits for approval: approve it.
  await page.goto(at('/registry'));
  const group = page.getByRole('row', { name: /AbaloneModels/ });
  await group.getByRole('link', { name: 'AbaloneModels', exact: true }).click();
  const version = page.getByRole('row', { name: /Version 1/ });
  await expect(version).toContainText('Pending approval');
  await version.getByRole('link', { name: 'Version 1' }).click();
  const approval = page.getByRole('status', { name: 'Approval status' });
  await expect(approval).toHaveText(/Pending approval/);
  await page.getByRole('button', { name: 'Approve…' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve AbaloneModels version 1?' });
  await approve.getByLabel('Note (optional)').fill('First abalone model');
  await approve.getByRole('button', { name: 'Approve version 1' }).click();
  await expect(approval).toHaveText(/Approved/);
  await page.screenshot({ path: '/tmp/journeys-first-approved.png', fullPage: true });

  // The batch predictions: the Transform step's output, downloadable.
  await page.goto(at(`/executions/${firstId}/steps/AbaloneTransform/artifacts`));
  const transform = drawerOf(page, 'AbaloneTransform');
  const predictions = transform.getByRole('region', { name: 'Transform output' });
  const download = predictions.getByRole('link', { name: /^Download / }).first();
  await expect(download).toBeVisible();
  await page.screenshot({ path: '/tmp/journeys-first-predictions.png' });
  const file = await page.request.get(at((await download.getAttribute('href')) ?? ''));
  expect(file.status()).toBe(200);
  expect((await file.body()).length).toBeGreaterThan(0);

  // Export the pipeline as a SageMaker definition; the command-line validator accepts it.
  await page.goto(at('/pipelines/abalone'));
  await expect(page.getByText('Saved · version 1')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'SageMaker definition' }).click();
  const exported = await downloading;
  expect(exported.suggestedFilename()).toBe('abalone.sagemaker.json');
  const exportedPath = await exported.path();
  expect(JSON.parse(readFileSync(exportedPath, 'utf8'))).not.toHaveProperty('x-pipewright');
  const validate = spawnSync(
    process.execPath,
    ['--import', 'tsx', cliEntry, 'validate', exportedPath],
    {
      encoding: 'utf8',
      cwd: serverDir,
    },
  );
  expect(validate.stdout).toContain('no problems');
  expect(validate.status).toBe(0);

  // Import it back as a new pipeline, with caching turned on for the first step, and save it.
  await page.goto(at('/'));
  await page.getByLabel('SageMaker definition file').setInputFiles(exportedPath);
  const importing = page.getByRole('dialog', { name: 'Import a SageMaker definition' });
  await expect(importing).toContainText('no errors');
  await importing.getByLabel('Pipeline name').fill('abalone-again');
  await importing.getByRole('button', { name: 'Open in the designer' }).click();
  await expect(page).toHaveURL(/\/new$/);
  await page.locator('.react-flow__node').filter({ hasText: 'AbaloneProcess' }).first().click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { level: 2, name: 'AbaloneProcess' })).toBeVisible();
  await inspector
    .getByRole('checkbox', { name: 'Reuse results of an identical earlier run' })
    .check();
  await page.getByRole('button', { name: 'Save…' }).click();
  await page
    .getByRole('dialog', { name: /^Save/ })
    .getByRole('button', { name: 'Save', exact: true })
    .click();
  await expect(page).toHaveURL(/\/pipelines\/abalone-again$/);
  await expect(page.getByText('Saved · version 1')).toBeVisible();

  // Run it twice: the second run takes the cached step from the first.
  await page.getByRole('button', { name: 'Run…' }).click();
  await page
    .getByRole('dialog', { name: 'Run abalone-again' })
    .getByRole('button', { name: 'Start run' })
    .click();
  const secondId = await seeSucceeded(page);
  await expect(stepButton(page, 'AbaloneProcess')).not.toHaveAccessibleName(/cached/);
  await page.getByRole('button', { name: 'Run again' }).click();
  await page
    .getByRole('dialog', { name: 'Run again' })
    .getByRole('button', { name: 'Start run' })
    .click();
  await expect(page).not.toHaveURL(new RegExp(`/executions/${secondId}$`));
  await seeSucceeded(page);
  await expect(stepButton(page, 'AbaloneProcess')).toHaveAccessibleName(/Succeeded, cached/);
  await expect(stepButton(page, 'AbaloneTrain')).not.toHaveAccessibleName(/cached/);
  await page.screenshot({ path: '/tmp/journeys-first-cached.png' });
  await stepButton(page, 'AbaloneProcess').click();
  const cached = drawerOf(page, 'AbaloneProcess');
  await expect(cached).toContainText('Cache hit: the result was reused from');
  await expect(cached.getByRole('link', { name: `execution ${secondId}` })).toBeVisible();
  await page.screenshot({ path: '/tmp/journeys-first-cached-step.png' });
});
