import { readFileSync } from 'node:fs';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { logIn } from '../support/login';

interface ExportedStep {
  Name: string;
  Arguments: Record<string, unknown>;
}
interface Exported {
  Steps: ExportedStep[];
  'x-pipewright': { files?: Record<string, { content: string; language?: string }> };
}

/** The right-hand panel of the designer. */
function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** Adds a step by clicking its palette entry; the new step is selected and opens in the inspector. */
async function addStep(page: Page, typeLabel: string, name: string) {
  await page.getByRole('button', { name: `Add ${typeLabel} step` }).click();
  await expect(inspector(page).getByRole('heading', { level: 2, name })).toBeVisible();
}

/** Selects a step by clicking its node on the canvas. */
async function selectStep(page: Page, name: string) {
  await page.locator('.react-flow__node').filter({ hasText: name }).first().click();
  await expect(inspector(page).getByRole('heading', { level: 2, name })).toBeVisible();
}

/** Opens the reference picker of a value, searches, and picks the option found. */
async function pickReference(
  page: Page,
  valueName: string,
  search: string,
  option: string | RegExp,
) {
  await inspector(page)
    .getByRole('button', { name: `Choose a reference for ${valueName}` })
    .click();
  await inspector(page).getByRole('combobox', { name: 'Search references' }).fill(search);
  await inspector(page)
    .getByRole('listbox', { name: 'References' })
    .getByRole('option', { name: option })
    .click();
}

/** Renames the selected step through the inspector's name field. */
async function renameStep(page: Page, to: string) {
  const name = inspector(page).getByRole('textbox', { name: 'Step name' });
  await name.fill(to);
  await name.press('Enter');
  await expect(inspector(page).getByRole('heading', { level: 2, name: to })).toBeVisible();
}

/** The document as it is now, through Export → Pipewright JSON (scripts and all). */
async function exportedDocument(page: Page): Promise<Exported> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Pipewright JSON/ }).click();
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Exported;
}

test.describe('designer: the inspector', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/new');
  });

  test('with nothing selected, edits the parameters', async ({ page }) => {
    await expect(inspector(page).getByRole('heading', { name: 'Parameters' })).toBeVisible();
    await inspector(page).getByRole('button', { name: '+ Add parameter' }).click();
    const card = inspector(page).getByRole('group', { name: /^Parameter / });
    await card.getByRole('combobox', { name: 'Type' }).selectOption('Float');
    await card.getByRole('textbox', { name: 'Default value' }).fill('6.5');
    await card.getByRole('textbox', { name: 'Name' }).fill('MseThreshold');
    await card.getByRole('textbox', { name: 'Name' }).press('Enter');

    const renamed = inspector(page).getByRole('group', { name: 'MseThreshold Float' });
    await expect(renamed.getByRole('textbox', { name: 'Default value' })).toHaveValue('6.5');
  });

  test('sets up a condition on a property file through the builder', async ({ page }) => {
    await addStep(page, 'Processing', 'Process');
    await renameStep(page, 'Evaluate');
    await inspector(page).getByRole('button', { name: '+ Property file' }).click();
    const file = inspector(page).getByRole('listitem', { name: 'Property file "Report"' });
    await file.getByRole('textbox', { name: 'File path' }).fill('evaluation.json');

    await addStep(page, 'Condition', 'Condition');
    await inspector(page).getByRole('button', { name: 'Add Condition 1' }).click();
    await inspector(page)
      .getByRole('combobox', { name: 'Condition 1 operator' })
      .selectOption('LessThanOrEqualTo');
    await pickReference(
      page,
      'Condition 1 left value',
      'PropertyFiles',
      /Steps\.Evaluate\.PropertyFiles\.Report/,
    );
    await inspector(page)
      .getByRole('textbox', { name: 'Condition 1 left value JSON path' })
      .fill('metrics.mse.value');
    await inspector(page)
      .getByRole('combobox', { name: 'Condition 1 right value type' })
      .selectOption('number');
    await inspector(page).getByRole('textbox', { name: 'Condition 1 right value' }).fill('6.5');

    // The reference resolves (no problem on the step) and the document holds the JsonGet.
    await expect(
      inspector(page).getByRole('combobox', { name: 'Condition 1 left value property file' }),
    ).toHaveValue('Steps.Evaluate.PropertyFiles.Report');
    await expect(inspector(page).getByText(/in this step$/)).toHaveCount(0);
    const condition = (await exportedDocument(page)).Steps.find(
      (step) => step.Name === 'Condition',
    );
    expect(condition?.Arguments.Conditions).toEqual([
      {
        Type: 'LessThanOrEqualTo',
        LeftValue: {
          'Std:JsonGet': {
            PropertyFile: { Get: 'Steps.Evaluate.PropertyFiles.Report' },
            Path: 'metrics.mse.value',
          },
        },
        RightValue: 6.5,
      },
    ]);
    await inspector(page).getByRole('tab', { name: 'JSON' }).click();
    await expect(inspector(page).locator('.monaco-editor .view-lines')).toContainText(
      '"Std:JsonGet"',
    );
    await expect(inspector(page).getByRole('status')).toHaveText('Up to date.');
  });

  test('edits a Processing script in Monaco, kept in the document', async ({ page }) => {
    await addStep(page, 'Processing', 'Process');
    await inspector(page).getByRole('button', { name: 'Create script' }).click();
    const script = inspector(page).getByRole('textbox', { name: 'Script of Process' });
    await expect(script).toBeAttached();
    await inspector(page).locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nprint("rows written")');

    // Another step and back: the script comes from the document, not from the editor.
    await addStep(page, 'Fail', 'Fail');
    await selectStep(page, 'Process');
    await expect(inspector(page).getByText('s3://pipewright/code/Process.py')).toBeVisible();
    await expect(inspector(page).locator('.monaco-editor .view-lines')).toContainText('__main__');
    const files = (await exportedDocument(page))['x-pipewright'].files ?? {};
    expect(files['s3://pipewright/code/Process.py']).toEqual({
      language: 'python',
      content: expect.stringMatching(/__main__[\s\S]*\nprint\("rows written"\)$/),
    });
  });

  test('renames a step, and the reference to it follows', async ({ page }) => {
    await addStep(page, 'Processing', 'Process');
    await addStep(page, 'Training', 'Train');
    await inspector(page).getByRole('button', { name: '+ Channel' }).click();
    await pickReference(
      page,
      'Source',
      'Process output S3Uri',
      /Steps\.Process\.ProcessingOutputConfig\.Outputs\['output'\]\.S3Output\.S3Uri/,
    );
    const source = inspector(page)
      .getByRole('listitem', { name: 'Channel "train"' })
      .getByRole('textbox', { name: 'Source' });
    await expect(source).toHaveValue(
      "Steps.Process.ProcessingOutputConfig.Outputs['output'].S3Output.S3Uri",
    );

    await selectStep(page, 'Process');
    await renameStep(page, 'Prepare');
    await selectStep(page, 'Train');
    await expect(source).toHaveValue(
      "Steps.Prepare.ProcessingOutputConfig.Outputs['output'].S3Output.S3Uri",
    );
    await expect(source).not.toHaveAttribute('aria-invalid', 'true');

    // A refused name stays in the field with the reason.
    const name = inspector(page).getByRole('textbox', { name: 'Step name' });
    await name.fill('Prepare');
    await name.press('Enter');
    await expect(inspector(page).getByRole('alert')).toHaveText(
      'A step named "Prepare" already exists.',
    );
  });

  test('shows a validation error on its field, and the fix clears it', async ({ page }) => {
    await addStep(page, 'Training', 'Train');
    await inspector(page)
      .getByRole('checkbox', { name: 'Reuse results of an identical earlier run' })
      .check();
    const expiry = inspector(page).getByRole('textbox', { name: 'Cache expires after' });
    await expiry.fill('soon');
    await expect(expiry).toHaveAttribute('aria-invalid', 'true');
    await expect(expiry).toHaveAccessibleDescription(/is not a duration/);

    // Clicking the problem in the problems panel brings the field back into focus.
    await page.getByRole('tab', { name: /^Problems/ }).click();
    await page
      .getByRole('list', { name: 'Problems' })
      .getByRole('button', { name: /is not a duration/ })
      .click();
    await expect(expiry).toBeFocused();

    await expiry.fill('P30D');
    await expect(expiry).not.toHaveAttribute('aria-invalid', 'true');
    await expect(inspector(page).getByText(/is not a duration/)).toHaveCount(0);
  });

  test('a reference that does not resolve is flagged on its field', async ({ page }) => {
    await addStep(page, 'Training', 'Train');
    await pickReference(
      page,
      'Model output path',
      'PipelineExecutionId',
      /Execution\.PipelineExecutionId/,
    );
    const output = inspector(page).getByRole('textbox', { name: 'Model output path' });
    await expect(output).toHaveValue('Execution.PipelineExecutionId');
    await expect(output).not.toHaveAttribute('aria-invalid', 'true');
    await output.fill('Parameters.Missing');
    await expect(output).toHaveAttribute('aria-invalid', 'true');
    await expect(output).toHaveAccessibleDescription(/Missing/);
  });

  test('loads Monaco from the app itself: no request leaves the origin', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await addStep(page, 'Processing', 'Process');
    await inspector(page).getByRole('button', { name: 'Create script' }).click();
    await inspector(page).locator('.monaco-editor .view-lines').click();
    await page.keyboard.type('# local');
    await inspector(page).getByRole('tab', { name: 'JSON' }).click();
    await expect(inspector(page).locator('.monaco-editor .view-lines')).toContainText(
      '"Processing"',
    );

    const origin = new URL(baseURL ?? page.url()).origin;
    expect(requests.some((url) => /\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(
      requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin),
    ).toEqual([]);
  });
});
