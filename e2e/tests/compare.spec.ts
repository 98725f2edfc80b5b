import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../e2e-token';
import { createPipeline, runToEnd } from '../support/api';
import { logIn } from '../support/login';
import { pipeline, pythonStep, trainingStep } from '../support/pipelines';

// Prints two metrics that depend on Alpha, so a second run with another Alpha differs.
const train =
  "import sys; a = float(sys.argv[1]); print('accuracy=%.3f' % (0.9 - a / 10)); print('loss=%.3f' % (0.3 + a))";

const report = (dependsOn?: string[]) =>
  pythonStep('Report', "print('done')", { image: 'python:3.11', dependsOn });

const alpha = { Name: 'Alpha', Type: 'String', DefaultValue: '0.1' };

const trainingPipeline = pipeline(
  [
    trainingStep('Train', {
      entrypoint: ['python3', '-c', train, { Get: 'Parameters.Alpha' }],
      metrics: ['accuracy', 'loss'],
      outputPath: 's3://pipewright/e2e-compare/models',
    }),
    report(['Train']),
  ],
  { parameters: [alpha, { Name: 'Epochs', Type: 'Integer', DefaultValue: 3 }] },
);

const reportOnlyPipeline = pipeline([report()], { parameters: [alpha] });

test.describe('comparing two executions', () => {
  let first = '';
  let second = '';

  // Both runs are made once for the file; each test only reads them.
  test.beforeAll(async ({ playwright }, testInfo) => {
    const request = await playwright.request.newContext({
      baseURL: testInfo.project.use.baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${E2E_TOKEN}` },
    });
    // A worker that restarted after a failure made it already, which is as good.
    await createPipeline(request, 'e2e-compare', trainingPipeline, { mayExist: true });
    first = await runToEnd(request, 'e2e-compare', { parameters: { Alpha: '0.1' } });
    second = await runToEnd(request, 'e2e-compare', { parameters: { Alpha: '0.5' } });
    await request.dispose();
  });

  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('highlights the changed parameter and shows steps and metrics side by side', async ({
    page,
  }) => {
    await page.goto(`/compare/${first}/${second}`);

    await expect(page.getByRole('heading', { name: 'Compare executions' })).toBeVisible();
    await expect(page.getByText('1 of 2 parameters differ.')).toBeVisible();
    const parameters = page.getByRole('table', { name: 'Parameters' });
    const alpha = parameters.getByRole('row', { name: /Alpha/ });
    await expect(alpha).toContainText('0.1');
    await expect(alpha).toContainText('0.5');
    await expect(alpha.getByText('changed')).toBeVisible();
    await expect(parameters.getByRole('row', { name: /Epochs/ }).getByText('changed')).toHaveCount(
      0,
    );

    const steps = page.getByRole('table', { name: 'Steps' });
    await expect(steps.getByRole('link', { name: `Train in ${first}: Succeeded` })).toHaveAttribute(
      'href',
      `/executions/${first}/steps/Train`,
    );
    await expect(steps.getByRole('row', { name: /Report/ })).toContainText('Succeeded');

    const metrics = page.getByRole('table', { name: 'Metrics' });
    const accuracy = metrics.getByRole('row', { name: /accuracy/ });
    await expect(accuracy).toContainText('0.89');
    await expect(accuracy).toContainText('0.85');
    await expect(accuracy).toContainText('−0.04');

    const changes = page.getByRole('list', { name: 'Steps by what changed' });
    await expect(changes.getByRole('listitem').filter({ hasText: 'Train' })).toContainText(
      'what changed: parameters, metrics',
    );
    await expect(changes.getByRole('listitem').filter({ hasText: 'Report' })).toContainText(
      'Unchanged',
    );
    await expect(
      page.getByRole('region', { name: 'Steps of B, marked by what changed since A' }),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/registry-compare-compare.png', fullPage: true });

    await page.getByRole('link', { name: 'Swap A and B' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare/${second}/${first}$`));
    await expect(
      page.getByRole('table', { name: 'Metrics' }).getByRole('row', { name: /accuracy/ }),
    ).toContainText('+0.04');
  });

  test('says which execution does not exist', async ({ page }) => {
    await page.goto(`/compare/${first}/zzzzzzzzzzzz`);

    await expect(page.getByRole('alert')).toContainText(
      'Execution B “zzzzzzzzzzzz” does not exist.',
    );
    await page.screenshot({ path: '/tmp/registry-compare-missing.png' });
  });

  test('compares executions of different pipelines by parameter and step name', async ({
    page,
  }) => {
    await createPipeline(page.request, 'e2e-compare-other', reportOnlyPipeline, { mayExist: true });
    const other = await runToEnd(page.request, 'e2e-compare-other', {
      parameters: { Alpha: '0.1' },
    });
    await page.goto(`/compare/${first}/${other}`);

    await expect(page.getByRole('note')).toContainText(
      'These executions ran different pipelines (e2e-compare and e2e-compare-other).',
    );
    const steps = page.getByRole('table', { name: 'Steps' });
    await expect(steps.getByRole('row', { name: /Train/ })).toContainText('did not run');
    const parameters = page.getByRole('table', { name: 'Parameters' });
    await expect(parameters.getByRole('row', { name: /Epochs/ })).toContainText('not set');
    await expect(parameters.getByRole('row', { name: /Alpha/ }).getByText('changed')).toHaveCount(
      0,
    );
    await expect(
      page
        .getByRole('list', { name: 'Steps by what changed' })
        .getByRole('listitem')
        .filter({ hasText: 'Train' }),
    ).toContainText('only in A');
    await page.screenshot({ path: '/tmp/registry-compare-other.png', fullPage: true });
  });
});
