import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../e2e-token';
import { ownServer } from '../support/own-server';

/** The restart journey's own server port: PIPEWRIGHT_E2E_OWN_PORT, or a free one. */
const ownPort = process.env.PIPEWRIGHT_E2E_OWN_PORT;

const resources = {
  ClusterConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 1 },
};
const role = 'arn:aws:iam::000000000000:role/local';

/** A Processing step running a Python one-liner on the host. */
function pythonStep(name: string, script: string, extra: Record<string, unknown> = {}) {
  return {
    Name: name,
    Type: 'Processing',
    ...extra,
    Arguments: {
      AppSpecification: {
        ImageUri: 'local/python',
        ContainerEntrypoint: ['python3', '-c', script],
      },
      ProcessingResources: resources,
      RoleArn: role,
    },
  };
}

/** A pipeline of one step that sleeps, so a test can act while it runs. */
const sleeper = (seconds: number) => ({
  Version: '2020-12-01',
  Parameters: [],
  Steps: [pythonStep('Work', `import time; print('working', flush=True); time.sleep(${seconds})`)],
});

/**
 * Clean runs a script embedded in the document (`x-pipewright.files`, at the URI its "code"
 * input reads) that fails; Publish runs after it.
 */
function brokenCleaner(scriptUri: string) {
  return {
    Version: '2020-12-01',
    Parameters: [],
    Steps: [
      {
        Name: 'Clean',
        Type: 'Processing',
        Arguments: {
          AppSpecification: {
            ImageUri: 'local/python',
            ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/clean.py'],
          },
          ProcessingResources: resources,
          RoleArn: role,
          ProcessingInputs: [
            {
              InputName: 'code',
              AppManaged: false,
              S3Input: {
                S3Uri: scriptUri,
                LocalPath: '/opt/ml/processing/input/code',
                S3DataType: 'S3Prefix',
                S3InputMode: 'File',
                S3DataDistributionType: 'FullyReplicated',
                S3CompressionType: 'None',
              },
            },
          ],
        },
      },
      pythonStep('Publish', "print('published')", { DependsOn: ['Clean'] }),
    ],
    'x-pipewright': {
      formatVersion: 1,
      positions: { Clean: { x: 0, y: 0 }, Publish: { x: 320, y: 0 } },
      files: {
        [scriptUri]: {
          language: 'python',
          content: "import sys\nprint('column rings is missing', file=sys.stderr)\nsys.exit(1)\n",
        },
      },
    },
  };
}

async function createPipeline(request: APIRequestContext, name: string, definition: unknown) {
  const created = await request.post('/api/pipelines', { data: { name, definition } });
  expect(created.status()).toBe(201);
}

async function startRun(request: APIRequestContext, pipelineName: string, origin = '') {
  const started = await request.post(`${origin}/api/pipelines/${pipelineName}/executions`, {
    data: { displayName: `${pipelineName}-run` },
  });
  expect(started.status()).toBe(201);
  return ((await started.json()) as { PipelineExecutionId: string }).PipelineExecutionId;
}

const stepButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) });

/** The execution's status badge in the page header. */
const runStatus = (page: Page, status: string) =>
  page.getByRole('main').getByRole('status').filter({ hasText: status });

/** The header's live badge. */
const liveStatus = (page: Page) =>
  page.getByRole('group', { name: 'Live updates' }).getByRole('status');

/** Marks this page's window: a reload wipes the mark, so it proves none happened. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { samePage: true }));
const isSamePage = (page: Page) => page.evaluate(() => 'samePage' in window);

// Each journey runs real Python processes, some of them for several seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('journeys through runs', () => {
  test('retries a failed run after the script is fixed, and it succeeds', async ({ page }) => {
    const name = `cleaner-${Date.now().toString(36)}`;
    const scriptUri = `s3://pipewright-e2e/${name}/code/clean.py`;
    await page.goto(`/?token=${E2E_TOKEN}`);
    await createPipeline(page.request, name, brokenCleaner(scriptUri));

    // Run it from the designer.
    await page.goto(`/pipelines/${name}`);
    await expect(page.getByText('Saved · version 1')).toBeVisible();
    await page.getByRole('button', { name: 'Run…' }).click();
    await page
      .getByRole('dialog', { name: `Run ${name}` })
      .getByRole('button', { name: 'Start run' })
      .click();
    await expect(page).toHaveURL(/\/executions\/[a-z0-9]{12}$/);
    const failedRun = page.url();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This execution failed.', { timeout: 60_000 });
    await expect(alert).toContainText('Clean:');
    await expect(alert).toContainText('column rings is missing');
    await expect(runStatus(page, 'Failed')).toBeVisible();
    await expect(stepButton(page, 'Clean')).toHaveAccessibleName(/Failed/);
    await page.screenshot({ path: '/tmp/journeys-retry-failed.png' });

    // Fix the script in the designer's Processing form and save a new version.
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(`/pipelines/${name}`);
    await page.locator('.react-flow__node').filter({ hasText: 'Clean' }).first().click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { level: 2, name: 'Clean' })).toBeVisible();
    await expect(inspector.getByRole('textbox', { name: 'Script of Clean' })).toBeAttached();
    await inspector.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type("print('cleaned'");
    await expect(inspector.locator('.monaco-editor .view-lines')).toContainText("print('cleaned')");
    await page.screenshot({ path: '/tmp/journeys-retry-fix.png' });
    await page.getByRole('button', { name: 'Save…' }).click();
    const save = page.getByRole('dialog', { name: /^Save/ });
    await save.getByLabel('Message (optional)').fill('Fix the cleaning script');
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved · version 2')).toBeVisible();

    // Retry runs the failed run's own version (1) again; its step reads the script from its
    // s3:// location, which saving version 2 has just updated (as an SDK upsert uploads code).
    // Back to the failed run: Retry, after confirming.
    await page.goto(failedRun);
    await expect(runStatus(page, 'Failed')).toBeVisible();
    await page.getByRole('button', { name: 'Retry' }).click();
    const confirm = page.getByRole('dialog', { name: 'Retry this execution?' });
    await confirm.getByRole('button', { name: 'Retry execution' }).click();
    await expect(confirm).toBeHidden();

    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 60_000 });
    await expect(stepButton(page, 'Clean')).toHaveAccessibleName(/Succeeded, 2 attempts/);
    await expect(stepButton(page, 'Publish')).toHaveAccessibleName(/Succeeded/);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: '/tmp/journeys-retry-succeeded.png' });
  });

  test('a reload in the middle of a run picks it up, and it carries on live', async ({ page }) => {
    const name = `reloaded-${Date.now().toString(36)}`;
    await page.goto(`/?token=${E2E_TOKEN}`);
    await createPipeline(page.request, name, sleeper(6));
    const id = await startRun(page.request, name);

    await page.goto(`/executions/${id}`);
    await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Running/, { timeout: 60_000 });
    await page.reload();
    await markPage(page);

    await expect(runStatus(page, 'Executing')).toBeVisible();
    await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Running/);
    await expect(liveStatus(page)).toHaveText('Live');
    await page.screenshot({ path: '/tmp/journeys-reload-executing.png' });

    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 60_000 });
    await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Succeeded/);
    expect(await isSamePage(page)).toBe(true);
    await page.screenshot({ path: '/tmp/journeys-reload-succeeded.png' });
  });

  test('a server killed mid-run comes back, and the page recovers on its own', async ({ page }) => {
    const server = await ownServer(ownPort === undefined ? undefined : Number(ownPort));
    try {
      await server.start();
      await page.goto(server.loginUrl);
      const api = page.request;
      const created = await api.post(`${server.baseUrl}/api/pipelines`, {
        data: { name: 'survivor', definition: sleeper(8) },
      });
      expect(created.status()).toBe(201);
      const id = await startRun(api, 'survivor', server.baseUrl);

      await page.goto(`${server.baseUrl}/executions/${id}`);
      await expect(liveStatus(page)).toHaveText('Live');
      await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Running/, { timeout: 60_000 });
      await markPage(page);

      await server.kill();
      await expect(liveStatus(page)).toHaveText('Reconnecting…');
      await page.screenshot({ path: '/tmp/journeys-restart-reconnecting.png' });

      await server.start();
      await expect(liveStatus(page)).toHaveText('Live', { timeout: 60_000 });
      // Recovery runs the interrupted step again as a new attempt, to the end.
      await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 90_000 });
      await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Succeeded, 2 attempts/);
      expect(await isSamePage(page)).toBe(true);
      await page.screenshot({ path: '/tmp/journeys-restart-succeeded.png' });

      await page.getByRole('tab', { name: 'Timeline' }).click();
      await expect(page.getByRole('link', { name: /^Work, attempt 2: Succeeded/ })).toBeVisible();
      // The attempt the restart cut off is not a failure of the step.
      await expect(page.getByRole('link', { name: /^Work, attempt 1: Interrupted/ })).toBeVisible();
      await page.screenshot({ path: '/tmp/journeys-restart-timeline.png' });
    } finally {
      await server.dispose();
    }
  });
});
