import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { createPipeline, executionStatus, startExecution, stepStatus } from '../support/api';
import { drawerOf } from '../support/locators';
import { logIn } from '../support/login';
import { pipeline, trainingStep } from '../support/pipelines';

const approvalGate = JSON.parse(
  readFileSync(new URL('../../examples/approval-gate/pipeline.json', import.meta.url), 'utf8'),
) as unknown;

const tuningExample = JSON.parse(
  readFileSync(new URL('../../examples/tuning/pipeline.json', import.meta.url), 'utf8'),
) as unknown;

// Three epochs of a falling loss and a rising accuracy, as a training script logs them.
const train =
  "import time\nfor e in range(3):\n    print('epoch=%d loss=%.2f accuracy=%.2f' % (e, 0.9 - e * 0.3, 0.5 + e * 0.2), flush=True)\n    time.sleep(0.3)\nopen('/opt/ml/model/weights.txt', 'w').write('42')";

const trainingPipeline = pipeline([
  trainingStep('Train', {
    entrypoint: ['python3', '-c', train],
    metrics: ['loss', 'accuracy'],
    outputPath: 's3://pipewright/e2e-drawer/models',
  }),
]);

/** Creates the pipeline and starts it; answers the execution id. */
async function start(
  request: APIRequestContext,
  name: string,
  definition: unknown,
  parameters: Record<string, number> = {},
) {
  await createPipeline(request, name, definition);
  return startExecution(request, name, { parameters });
}

test.describe('the step drawer', () => {
  // Each test runs a real pipeline (Python processes) before it looks at the drawer.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('approves a waiting Callback step, then shows the condition it fed and the artifacts', async ({
    page,
  }) => {
    const id = await start(page.request, 'drawer-approval', approvalGate);
    await expect
      .poll(() => stepStatus(page.request, id, 'ApproveRelease'), { timeout: 60_000 })
      .toBe('Executing');

    await page.goto(`/executions/${id}/steps/ApproveRelease/callback`);
    const gate = drawerOf(page, 'ApproveRelease');
    await expect(gate).toBeVisible();
    await expect(gate.getByRole('heading', { name: 'ApproveRelease' })).toBeFocused();
    await expect(gate.getByRole('tab', { name: 'Callback' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(gate.getByText('Waiting for an answer.')).toBeVisible();
    await gate.getByRole('combobox', { name: 'Value of approved' }).selectOption('true');
    await gate.getByRole('textbox', { name: 'Value of approver' }).fill('ana');
    await page.screenshot({ path: '/tmp/step-drawer-callback.png' });
    await gate.getByRole('button', { name: 'Approve' }).click();
    const confirm = page.getByRole('dialog', { name: 'Approve ApproveRelease?' });
    await expect(confirm).toContainText('approved = true, approver = ana');
    await confirm.getByRole('button', { name: 'Send success' }).click();
    await expect(gate.getByText('Success sent: the step succeeds.')).toBeVisible();
    await expect(gate.getByRole('status', { name: 'Step status: Succeeded' })).toBeVisible({
      timeout: 30_000,
    });
    await expect
      .poll(() => executionStatus(page.request, id), { timeout: 60_000 })
      .toBe('Succeeded');

    await page.goto(`/executions/${id}/steps/CheckApproval/condition`);
    const condition = drawerOf(page, 'CheckApproval');
    await expect(condition.getByText('Outcome: true')).toBeVisible();
    await expect(
      condition.getByText("Steps.ApproveRelease.OutputParameters['approved'] (true) = true → true"),
    ).toBeVisible();
    await expect(condition.getByRole('link', { name: 'Publish' })).toBeVisible();
    await expect(condition.getByRole('tab')).toHaveText(['Overview', 'Condition', 'Properties']);
    await page.screenshot({ path: '/tmp/step-drawer-condition.png' });

    await page.goto(`/executions/${id}/steps/Summarize/arguments`);
    const summarize = drawerOf(page, 'Summarize');
    // The input's S3Uri was a parameter expression; the drawer shows what it resolved to.
    await expect(summarize.getByLabel('Resolved arguments')).toContainText(
      '"S3Uri": "s3://pipewright-examples/approval-gate/data/"',
    );
    await page.screenshot({ path: '/tmp/step-drawer-arguments.png' });

    await summarize.getByRole('tab', { name: 'Artifacts' }).click();
    await expect(page).toHaveURL(new RegExp(`/executions/${id}/steps/Summarize/artifacts$`));
    const download = summarize.getByRole('link', { name: /^Download / }).first();
    await expect(download).toBeVisible();
    await page.screenshot({ path: '/tmp/step-drawer-artifacts.png' });
    const href = await download.getAttribute('href');
    const file = await page.request.get(href ?? '');
    expect(file.status()).toBe(200);
    expect((await file.body()).length).toBeGreaterThan(0);

    await summarize.getByRole('tab', { name: 'Overview' }).click();
    await expect(summarize.getByRole('link', { name: 'Logs of attempt 1' })).toHaveAttribute(
      'href',
      `/executions/${id}/steps/Summarize/logs?attempt=1`,
    );
    await page.screenshot({ path: '/tmp/step-drawer-overview.png' });
    await summarize.getByRole('link', { name: 'Logs of attempt 1' }).click();
    await expect(summarize.getByRole('tab', { name: 'Logs' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.screenshot({ path: '/tmp/step-drawer-logs.png' });
    await page.keyboard.press('Escape');
    await expect(drawerOf(page, 'Summarize')).toHaveCount(0);
  });

  test('charts a Training step’s metrics and downloads its model', async ({ page }) => {
    const id = await start(page.request, 'drawer-training', trainingPipeline);
    await expect
      .poll(() => executionStatus(page.request, id), { timeout: 60_000 })
      .toBe('Succeeded');

    await page.goto(`/executions/${id}/steps/Train/metrics`);
    const drawer = drawerOf(page, 'Train');
    await expect(
      drawer.getByRole('img', { name: 'Training metrics: loss, accuracy' }),
    ).toBeVisible();
    await drawer.getByText('Values as a table').click();
    const table = drawer.getByRole('table', { name: 'Training metric values' });
    await expect(table.getByRole('row')).toHaveCount(7);
    await expect(table.getByRole('row').nth(3).getByRole('cell').last()).toHaveText('0.3');
    await page.screenshot({ path: '/tmp/step-drawer-metrics.png' });

    await drawer.getByRole('tab', { name: 'Artifacts' }).click();
    const model = drawer.getByRole('region', { name: 'Model artifacts' });
    await expect(model.getByRole('link', { name: 'Download model.tar.gz' })).toBeVisible();
    const href = await model
      .getByRole('link', { name: 'Download model.tar.gz' })
      .getAttribute('href');
    expect((await page.request.get(href ?? '')).status()).toBe(200);
  });

  test('ranks a Tuning step’s training jobs by its objective', async ({ page }) => {
    const id = await start(page.request, 'drawer-tuning', tuningExample, { MaxTrainingJobs: 4 });
    await expect
      .poll(() => stepStatus(page.request, id, 'Tune'), { timeout: 90_000 })
      .toBe('Succeeded');

    await page.goto(`/executions/${id}/steps/Tune/jobs`);
    const drawer = drawerOf(page, 'Tune');
    await expect(
      drawer.getByText('Ranked by validation:rmse, lowest first (Minimize).'),
    ).toBeVisible();
    const table = drawer.getByRole('table', {
      name: 'Training jobs of the tuning job, best first',
    });
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('row').nth(1)).toContainText('Best');
    const values = await table.getByRole('row').locator('td:nth-child(4)').allTextContents();
    const numbers = values.map(Number);
    expect(numbers).toHaveLength(4);
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.screenshot({ path: '/tmp/step-drawer-jobs.png' });
  });
});
