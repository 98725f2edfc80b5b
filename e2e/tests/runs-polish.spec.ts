import { type Page, expect, test } from '@playwright/test';
import { runPipeline } from '../support/api';
import { runStatus, stepButton } from '../support/locators';
import { logIn } from '../support/login';
import { pipeline, pythonStep } from '../support/pipelines';

/** Prepare, then a gate: PublishTheRegisteredModelVersion when true, else Alert (Fail). */
const gated = pipeline([
  pythonStep('Prepare', "print('preparing the abalone data'); print('rows=4177')"),
  {
    Name: 'Gate',
    Type: 'Condition',
    DependsOn: ['Prepare'],
    Arguments: {
      Conditions: [{ Type: 'GreaterThanOrEqualTo', LeftValue: 0.9, RightValue: 0.5 }],
      IfSteps: [pythonStep('PublishTheRegisteredModelVersion', "print('published')")],
      ElseSteps: [{ Name: 'Alert', Type: 'Fail', Arguments: { ErrorMessage: 'too low' } }],
    },
  },
]);

/** Seven steps in a row: wider than the window, so the graph starts zoomed out. */
const names = [
  'Prepare',
  'Clean',
  'Split',
  'Train',
  'Evaluate',
  'Report',
  'AbaloneRegisterModelVersion',
];
const chain = pipeline(
  names.map((name, index) =>
    pythonStep(
      name,
      index === 0 ? "print('preparing the abalone data'); print('rows=4177')" : `print('${name}')`,
      index === 0 ? {} : { dependsOn: [names[index - 1]!] },
    ),
  ),
);

/** Prepare fails, so Publish never runs. */
const failing = pipeline([
  pythonStep('Prepare', 'import sys; sys.exit(3)'),
  pythonStep('Publish', "print('never')", { dependsOn: ['Prepare'] }),
]);

const zoomOf = async (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);

test.describe('runs, as users read them', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('the list and the execution page count the same steps, untaken branches left out', async ({
    page,
  }) => {
    const succeeded = await runPipeline(page.request, 'polish-gated', gated);
    const failed = await runPipeline(page.request, 'polish-failing', failing);

    await page.goto(`/executions/${succeeded}`);
    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 60_000 });
    const progress = page.getByRole('progressbar', { name: 'Run progress' });
    await expect(progress).toHaveAttribute('aria-valuetext', '3 of 3 steps done');

    await page.goto(`/executions/${failed}`);
    await expect(runStatus(page, 'Failed')).toBeVisible({ timeout: 60_000 });
    await expect(progress).toHaveAttribute('aria-valuetext', '1 of 2 steps done');

    await page.goto('/executions');
    const gatedRow = page.getByRole('row', { name: /polish-gated-run/ });
    await expect(gatedRow.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute(
      'aria-valuetext',
      '3 of 3 steps done',
    );
    const failedRow = page.getByRole('row', { name: /polish-failing-run/ });
    const failedBar = failedRow.getByRole('progressbar', { name: 'Run progress' });
    await expect(failedBar).toHaveAttribute('aria-valuetext', '1 of 2 steps done');
    await expect(failedRow.getByText('1 failed')).toBeVisible();
    await page.screenshot({ path: '/tmp/polish-executions-list.png' });
  });

  test('opening a step keeps the graph zoom, names the step in full, and shows its log in one toolbar row', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const id = await runPipeline(page.request, 'polish-drawer', chain);
    await page.goto(`/executions/${id}`);
    await expect(runStatus(page, 'Succeeded')).toBeVisible({ timeout: 60_000 });

    const register = stepButton(page, 'AbaloneRegisterModelVersion');
    await expect(register).toHaveAttribute('title', 'AbaloneRegisterModelVersion');
    const before = await zoomOf(page);
    expect(before).toBeLessThan(0.9);

    await stepButton(page, 'Prepare').click();
    await expect(page.getByRole('complementary', { name: /Prepare/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Logs' }).click();
    const log = page.getByRole('log', { name: /Log of Prepare/ });
    await expect(log.getByText('rows=4177')).toBeVisible();
    expect(await zoomOf(page)).toBeCloseTo(before, 5);
    await expect(stepButton(page, 'Prepare')).toBeInViewport();

    // A finished log does not stream: no Follow or Pause.
    const controls = page.getByRole('group', { name: 'Log controls' });
    await expect(controls.getByRole('button', { name: /^(Follow|Pause)$/ })).toHaveCount(0);
    // One row: the stream, the search with its arrows, and Download share a line.
    const rowOf = async (name: string, role: 'combobox' | 'searchbox' | 'button' | 'link') =>
      (await controls.getByRole(role, { name }).boundingBox())?.y ?? -1;
    const search = await rowOf('Search the log', 'searchbox');
    expect(Math.abs((await rowOf('Stream', 'combobox')) - search)).toBeLessThan(8);
    expect(Math.abs((await rowOf('Next match', 'button')) - search)).toBeLessThan(8);
    expect(Math.abs((await rowOf('Download', 'link')) - search)).toBeLessThan(8);
    // The arrows sit beside the search box, not far across the toolbar.
    const box = await controls.getByRole('searchbox', { name: 'Search the log' }).boundingBox();
    const previous = await controls.getByRole('button', { name: 'Previous match' }).boundingBox();
    expect((previous?.x ?? 0) - ((box?.x ?? 0) + (box?.width ?? 0))).toBeLessThan(12);

    await controls.getByRole('searchbox', { name: 'Search the log' }).fill('rows');
    await expect(controls.getByText('1 of 1')).toBeVisible();
    await page.screenshot({ path: '/tmp/polish-execution-drawer-logs.png' });
  });
});
