import { expect, test } from '@playwright/test';
import { createPipeline, startExecution } from '../support/api';
import { isSamePage, liveStatus, markPage, runStatus, stepButton } from '../support/locators';
import { logIn } from '../support/login';
import { codeDir, codeInput, pipeline, processingStep, pythonStep } from '../support/pipelines';
import { ownServer, portFromEnv } from '../support/own-server';

/** A pipeline of one step that sleeps, so a test can act while it runs. */
const sleeper = (seconds: number) =>
  pipeline([
    pythonStep('Work', `import time; print('working', flush=True); time.sleep(${seconds})`),
  ]);

/**
 * Clean runs a script embedded in the document (`x-pipewright.files`, at the URI its "code"
 * input reads) that fails; Publish runs after it.
 */
const brokenCleaner = (scriptUri: string) =>
  pipeline(
    [
      processingStep('Clean', ['python3', `${codeDir}/clean.py`], {
        arguments: { ProcessingInputs: [codeInput(scriptUri)] },
      }),
      pythonStep('Publish', "print('published')", { dependsOn: ['Clean'] }),
    ],
    {
      positions: { Clean: { x: 0, y: 0 }, Publish: { x: 320, y: 0 } },
      scripts: {
        [scriptUri]: "import sys\nprint('column rings is missing', file=sys.stderr)\nsys.exit(1)\n",
      },
    },
  );

// Each journey runs real Python processes, some of them for several seconds.
test.describe.configure({ timeout: 180_000 });

test.describe('journeys through runs', () => {
  test('retries a failed run after the script is fixed, and it succeeds', async ({ page }) => {
    const name = `cleaner-${Date.now().toString(36)}`;
    const scriptUri = `s3://pipewright-e2e/${name}/code/clean.py`;
    await logIn(page);
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
    await logIn(page);
    await createPipeline(page.request, name, sleeper(6));
    const id = await startExecution(page.request, name, { displayName: `${name}-run` });

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
    const server = await ownServer({ port: portFromEnv('PIPEWRIGHT_E2E_OWN_PORT') });
    try {
      await server.start();
      await page.goto(server.loginUrl);
      const api = page.request;
      await createPipeline(api, 'survivor', sleeper(8), { origin: server.baseUrl });
      const id = await startExecution(
        api,
        'survivor',
        { displayName: 'survivor-run' },
        server.baseUrl,
      );

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
