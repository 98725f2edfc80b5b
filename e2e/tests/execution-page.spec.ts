import { expect, test } from '@playwright/test';
import { runPipeline } from '../support/api';
import { runStatus, stepButton } from '../support/locators';
import { logIn } from '../support/login';
import { pipeline, pythonStep } from '../support/pipelines';

/** Prepare, then a gate on the Score parameter: Publish when it is high enough, else Alert (Fail). */
const gatedPipeline = pipeline(
  [
    pythonStep('Prepare', "import time; print('preparing'); time.sleep(1)"),
    {
      Name: 'Gate',
      Type: 'Condition',
      DependsOn: ['Prepare'],
      Arguments: {
        Conditions: [
          { Type: 'GreaterThanOrEqualTo', LeftValue: { Get: 'Parameters.Score' }, RightValue: 0.5 },
        ],
        IfSteps: [pythonStep('Publish', "print('published')")],
        ElseSteps: [{ Name: 'Alert', Type: 'Fail', Arguments: { ErrorMessage: 'Score too low' } }],
      },
    },
  ],
  { parameters: [{ Name: 'Score', Type: 'Float', DefaultValue: 0.9 }] },
);

const singleStep = (script: string) => pipeline([pythonStep('Work', script)]);

test.describe('the execution page', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('follows a run to the end on the graph, dims the untaken branch, and draws a timeline', async ({
    page,
  }) => {
    const id = await runPipeline(page.request, 'gated', gatedPipeline);
    await page.goto(`/executions/${id}`);

    await expect(page.getByRole('heading', { name: 'gated-run' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'gated' })).toHaveAttribute(
      'href',
      '/pipelines/gated',
    );
    await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true');
    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 30_000 });
    await expect(stepButton(page, 'Prepare')).toHaveAccessibleName(/Succeeded/);
    await expect(stepButton(page, 'Gate')).toHaveAccessibleName(/Succeeded · true/);
    await expect(stepButton(page, 'Publish')).toHaveAccessibleName(/Succeeded/);
    await expect(stepButton(page, 'Alert')).toHaveAccessibleName(/Branch not taken/);
    await expect(stepButton(page, 'Alert')).toHaveAttribute('data-dimmed', 'true');
    const progress = page.getByRole('progressbar', { name: 'Run progress' });
    // The untaken Alert branch will never run: it is left out, not counted as done.
    await expect(progress).toHaveAttribute('aria-valuenow', '3');
    await expect(progress).toHaveAttribute('aria-valuemax', '3');
    await page.screenshot({ path: '/tmp/execution-page-graph.png' });

    await stepButton(page, 'Publish').click();
    await expect(page).toHaveURL(`/executions/${id}/steps/Publish`);
    await expect(page.getByRole('complementary', { name: /Publish/ })).toBeVisible();
    await page.screenshot({ path: '/tmp/execution-page-step.png' });

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(`/executions/${id}/timeline`);
    await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    for (const step of ['Prepare', 'Gate', 'Publish']) {
      await expect(
        page.getByRole('link', { name: new RegExp(`^${step}, attempt 1: Succeeded`) }),
      ).toBeVisible();
    }
    await expect(page.getByRole('link', { name: /^Alert, attempt/ })).toHaveCount(0);
    await expect(page.getByRole('listitem').filter({ hasText: 'Alert' })).toContainText(
      'Branch not taken',
    );
    await page.screenshot({ path: '/tmp/execution-page-timeline.png' });
  });

  test('runs picked steps again, reusing the rest from this run', async ({ page }) => {
    const id = await runPipeline(page.request, 'picky', gatedPipeline);
    await page.goto(`/executions/${id}/graph`);
    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Pick steps to run' }).click();
    for (const step of ['Gate', 'Publish']) await stepButton(page, step).click();
    await expect(stepButton(page, 'Publish')).toHaveAttribute('aria-pressed', 'true');
    await expect(stepButton(page, 'Prepare')).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(`/executions/${id}/graph`);
    await page.getByRole('button', { name: 'Run selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run selected steps' });
    await dialog.getByRole('button', { name: 'Start run' }).click();

    await expect(page).not.toHaveURL(new RegExp(`/executions/${id}`));
    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 30_000 });
    await expect(stepButton(page, 'Prepare')).toHaveAccessibleName(/reused/);
    await expect(stepButton(page, 'Publish')).not.toHaveAccessibleName(/reused/);
    await page.screenshot({ path: '/tmp/execution-page-selective.png' });
  });

  test('shows why a run failed', async ({ page }) => {
    const id = await runPipeline(
      page.request,
      'breaks',
      singleStep("import sys; print('the data is missing', file=sys.stderr); sys.exit(3)"),
    );
    await page.goto(`/executions/${id}`);

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This execution failed.', { timeout: 30_000 });
    // The step's own reason, with the end of its stderr, not only "a step failed".
    await expect(alert).toContainText('Work:');
    await expect(alert).toContainText('the data is missing');
    await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Failed/);
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await page.screenshot({ path: '/tmp/execution-page-failed.png' });
  });

  test('stops a long step after asking first', async ({ page }) => {
    const id = await runPipeline(
      page.request,
      'sleepy',
      singleStep('import time; time.sleep(120)'),
    );
    await page.goto(`/executions/${id}`);
    await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Running/, { timeout: 30_000 });
    await page.screenshot({ path: '/tmp/execution-page-running.png' });

    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Stop this execution?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stop execution' }).click();
    await expect(dialog).toBeHidden();

    await expect(runStatus(page, 'Stopped')).toBeVisible({ timeout: 30_000 });
    await expect(stepButton(page, 'Work')).toHaveAccessibleName(/Stopped/);
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);
  });
});
