import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Page, expect, test } from '@playwright/test';
import { createPipeline } from '../support/api';
import { logIn } from '../support/login';

const fixturePath = fileURLToPath(
  new URL(
    '../../shared/test/fixtures/sagemaker/abalone-train-eval-transform-register.json',
    import.meta.url,
  ),
);
const fixtureText = readFileSync(fixturePath, 'utf8');
const cliEntry = fileURLToPath(new URL('../../server/src/cli/main.ts', import.meta.url));
/** tsx resolves from the server package, where it is a dependency. */
const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));
const fixture = JSON.parse(fixtureText) as { Steps: Step[] };

interface Step {
  Type: string;
  Arguments?: { IfSteps?: Step[]; ElseSteps?: Step[] };
}

/** Every step, with the ones inside Condition branches: the canvas draws each as a node. */
function countSteps(steps: Step[]): number {
  return steps.reduce(
    (sum, step) =>
      sum +
      1 +
      countSteps(step.Arguments?.IfSteps ?? []) +
      countSteps(step.Arguments?.ElseSteps ?? []),
    0,
  );
}
const fixtureStepCount = countSteps(fixture.Steps);

/** Opens a new pipeline and imports the abalone definition with the file picker. */
async function importAbalone(page: Page) {
  await page.goto('/new');
  await page.getByLabel('Import a pipeline JSON file').setInputFiles(fixturePath);
  await expect(
    page.getByText(/^Imported abalone-train-eval-transform-register\.json/),
  ).toBeVisible();
}

/** Adds a top-level key in the JSON view: a small, real edit of the document. */
async function addTopLevelKey(page: Page, line: string) {
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.getByRole('textbox', { name: 'Pipeline JSON' }).focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(line);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
}

/** Saves with the toolbar's Save dialog. */
async function saveWithMessage(page: Page, message: string) {
  await page.getByRole('button', { name: 'Save…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Save/ });
  await dialog.getByLabel('Message (optional)').fill(message);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
}

/** The steps drawn on the canvas. */
function canvasSteps(page: Page) {
  return page.locator('.react-flow__node-step');
}

test.describe('designer: validation, JSON and files', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
    // Reloading with unsaved changes asks first; these tests mean to reload.
    page.on('dialog', (dialog) => void dialog.accept());
  });

  test('imports the abalone definition by the file picker, with no problems', async ({ page }) => {
    await importAbalone(page);

    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);
    await expect(page.getByRole('tab', { name: 'Problems (0)' })).toBeVisible();
    await expect(page.getByText('No problems: the pipeline is valid.')).toBeVisible();
  });

  test('imports a JSON file dropped on the canvas, and a pipeline pasted', async ({ page }) => {
    await page.goto('/new');
    const canvas = page.locator('.react-flow');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, fixtureText);
    await canvas.dispatchEvent('dragover', { dataTransfer });
    await canvas.dispatchEvent('drop', { dataTransfer });
    await expect(page.getByText(/^Imported dropped\.json/)).toBeVisible();
    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);

    const oneStep = JSON.stringify({
      Version: '2020-12-01',
      Parameters: [],
      Steps: [{ Name: 'Stop', Type: 'Fail', Arguments: { ErrorMessage: 'Stopped on purpose' } }],
    });
    await page.evaluate((text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true }));
    }, oneStep);
    const offer = page.getByRole('dialog', {
      name: 'Replace the document with the pasted pipeline?',
    });
    await offer.getByRole('button', { name: 'Replace the document' }).click();
    await expect(page.getByText(/^Imported the pasted pipeline/)).toBeVisible();
    await expect(canvasSteps(page)).toHaveCount(1);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);
  });

  test('the pipelines page imports a definition as a new pipeline to name', async ({ page }) => {
    await page.getByLabel('SageMaker definition file').setInputFiles(fixturePath);
    const dialog = page.getByRole('dialog', { name: 'Import a SageMaker definition' });
    await expect(dialog).toContainText(`with ${fixtureStepCount} steps and no errors`);
    await dialog.getByLabel('Pipeline name').fill('abalone-from-list');
    await dialog.getByRole('button', { name: 'Open in the designer' }).click();

    await expect(page).toHaveURL(/\/new$/);
    await expect(page.getByLabel('Pipeline name')).toHaveValue('abalone-from-list');
    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  });

  test('exports the SageMaker definition equal to the imported one', async ({ page }) => {
    await importAbalone(page);

    await page.getByRole('button', { name: 'Export' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'SageMaker definition' }).click();
    const file = await download;

    expect(file.suggestedFilename()).toBe('pipeline.sagemaker.json');
    expect(JSON.parse(readFileSync(await file.path(), 'utf8'))).toEqual(fixture);

    // The exported file passes the command-line validator too.
    const validate = spawnSync(
      process.execPath,
      ['--import', 'tsx', cliEntry, 'validate', await file.path()],
      {
        encoding: 'utf8',
        cwd: serverDir,
      },
    );
    expect(validate.stdout).toContain('no problems');
    expect(validate.status).toBe(0);
  });

  test('broken JSON in the JSON view shows where, and the canvas keeps its steps', async ({
    page,
  }) => {
    await importAbalone(page);
    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);

    await page.getByRole('tab', { name: 'JSON' }).click();
    const editor = page.getByRole('textbox', { name: 'Pipeline JSON' });
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('oops');

    await expect(page.getByText(/not valid JSON: line \d+, column \d+/)).toBeVisible();
    await expect(page.getByText(/keeps the last valid document/)).toBeVisible();
    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);
    await expect(page.getByRole('tab', { name: 'Problems (0)' })).toBeVisible();
  });

  test('saves with a message, and the version history shows it after a reload', async ({
    page,
  }) => {
    await importAbalone(page);
    await page.getByLabel('Pipeline name').fill('abalone-saved');
    await saveWithMessage(page, 'First import of abalone');

    await expect(page).toHaveURL(/\/pipelines\/abalone-saved$/);
    await expect(page.getByText('Saved · version 1')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'abalone-saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Versions' }).click();
    const history = page.getByRole('dialog', { name: 'Versions of “abalone-saved”' });
    await expect(
      history.getByRole('button', { name: /Version 1.*First import of abalone/ }),
    ).toBeVisible();
    await expect(history.getByRole('button', { name: 'Restore this version' })).toBeEnabled();
  });

  test('an edit survives a reload as a restored draft', async ({ page }) => {
    await createPipeline(page.request, 'abalone-draft', fixture);
    await page.goto('/pipelines/abalone-draft');
    await expect(page.getByText('Saved · version 1')).toBeVisible();

    await addTopLevelKey(page, '"Description": "edited-before-a-reload",');
    await page.reload();

    await expect(page.getByText(/^Restored unsaved changes from /)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Discard draft' })).toBeVisible();
    await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'JSON' }).click();
    await expect(page.locator('.monaco-editor .view-lines')).toContainText(
      'edited-before-a-reload',
    );
  });

  test('a second tab’s save sees the first tab’s version and asks', async ({ page }) => {
    // Two designer tabs with Monaco each: slow on a busy machine. A hang guard, not a measure.
    test.setTimeout(90_000);
    await createPipeline(page.request, 'abalone-tabs', fixture);
    const other = await page.context().newPage();
    await page.goto('/pipelines/abalone-tabs');
    await other.goto('/pipelines/abalone-tabs');
    await expect(page.getByText('Saved · version 1')).toBeVisible();
    await expect(other.getByText('Saved · version 1')).toBeVisible();

    await addTopLevelKey(other, '"Description": "from-the-other-tab",');
    await saveWithMessage(other, 'Saved in the other tab');
    await expect(other.getByText('Saved · version 2')).toBeVisible();
    await expect(page.getByText('Another tab saved version 2 of “abalone-tabs”.')).toBeVisible();

    await addTopLevelKey(page, '"Description": "from-this-tab",');
    await saveWithMessage(page, 'Saved in this tab');
    const conflict = page.getByRole('dialog', { name: 'A newer version was saved' });
    await expect(conflict).toContainText('Version 2 of “abalone-tabs” was saved');
    await expect(
      conflict.getByRole('button', { name: 'Open the latest (discard mine)' }),
    ).toBeVisible();
    await expect(conflict.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await conflict.getByRole('button', { name: 'Save anyway as a new version' }).click();

    await expect(page.getByText('Saved · version 3')).toBeVisible();
    const versions = await page.request.get('/api/pipelines/abalone-tabs/versions');
    const messages = ((await versions.json()) as { items: { Message?: string }[] }).items.map(
      (item) => item.Message,
    );
    expect(messages).toEqual(['Saved in this tab', 'Saved in the other tab', undefined]);
  });

  test('exports the graph as an SVG and a PNG picture', async ({ page }) => {
    await importAbalone(page);
    await expect(canvasSteps(page)).toHaveCount(fixtureStepCount);

    await page.getByRole('button', { name: 'Export' }).click();
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Picture (SVG)' }).click();
    const svg = await svgDownload;
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toMatch(/^<svg[\s>]/);
    // The picture shows the steps by name, not an empty frame.
    expect(svgText).toContain('AbaloneTrain');

    await page.getByRole('button', { name: 'Export' }).click();
    const pngDownload = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Picture (PNG)' }).click();
    const png = await pngDownload;
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    // Width and height from the IHDR chunk: a real picture of the graph, not a 1×1 pixel.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(200);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(100);
  });

  test('“Open the latest” after another tab saved loads that version', async ({ page }) => {
    // Two designer tabs with Monaco each: slow on a busy machine. A hang guard, not a measure.
    test.setTimeout(90_000);
    await createPipeline(page.request, 'abalone-latest', fixture);
    const other = await page.context().newPage();
    await page.goto('/pipelines/abalone-latest');
    await other.goto('/pipelines/abalone-latest');
    await expect(page.getByText('Saved · version 1')).toBeVisible();
    await expect(other.getByText('Saved · version 1')).toBeVisible();

    await addTopLevelKey(other, '"Description": "saved-in-the-other-tab",');
    await saveWithMessage(other, 'From the other tab');
    await expect(other.getByText('Saved · version 2')).toBeVisible();

    await expect(page.getByText('Another tab saved version 2 of “abalone-latest”.')).toBeVisible();
    await page.getByRole('button', { name: 'Open the latest', exact: true }).click();
    await expect(page.getByText('Saved · version 2')).toBeVisible();
    await page.getByRole('tab', { name: 'JSON' }).click();
    await expect(page.locator('.monaco-editor .view-lines')).toContainText(
      'saved-in-the-other-tab',
    );
  });
});
