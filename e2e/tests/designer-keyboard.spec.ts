import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Locator, type Page, expect, test } from '@playwright/test';
import { logIn } from '../support/login';

const cliEntry = fileURLToPath(new URL('../../server/src/cli/main.ts', import.meta.url));
/** tsx resolves from the server package, where it is a dependency. */
const serverDir = fileURLToPath(new URL('../../server/', import.meta.url));

// Room for the palette, the canvas and the inspector side by side.
test.use({ viewport: { width: 1440, height: 900 } });

interface ExportedStep {
  Name: string;
  Type: string;
  DependsOn?: string[];
  Arguments?: { IfSteps?: ExportedStep[]; ElseSteps?: ExportedStep[] };
}

function canvas(page: Page): Locator {
  return page.getByRole('region', { name: 'Pipeline canvas' });
}

function inspector(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Inspector' });
}

/** What keyboard connect mode says (a role=status region of the canvas). */
function connectStatus(page: Page): Locator {
  return canvas(page)
    .getByRole('status')
    .filter({ hasText: /connect/i });
}

/** The step node that has the keyboard focus: its accessible name. */
async function focusedStepName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const node = document.activeElement?.closest('.react-flow__node-step');
    const labelId = node?.getAttribute('aria-labelledby');
    return labelId ? (document.getElementById(labelId)?.textContent ?? null) : null;
  });
}

/** Presses Tab until a step whose name starts with `name` has the focus. */
async function tabToStep(page: Page, name: string) {
  for (let presses = 0; presses < 40; presses++) {
    if ((await focusedStepName(page))?.startsWith(name)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the step ${name}.`);
}

test.describe('designer: keyboard only', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
    await page.goto('/new');
    await expect(canvas(page)).toBeVisible();
  });

  test('builds a valid pipeline with the keyboard alone, exports it and it validates', async ({
    page,
  }) => {
    // Add two steps from the palette: Enter in its search box adds the best match, and Enter on
    // an entry adds that type. Each new step is selected and opens in the inspector.
    const search = page.getByRole('searchbox', { name: 'Search step types' });
    await search.focus();
    await page.keyboard.type('processing');
    await page.keyboard.press('Enter');
    await expect(inspector(page).getByRole('heading', { level: 2, name: 'Process' })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add Training step' }).focus();
    await page.keyboard.press('Enter');
    await expect(inspector(page).getByRole('heading', { level: 2, name: 'Train' })).toBeVisible();

    // Rename the training step in the inspector.
    const stepName = inspector(page).getByRole('textbox', { name: 'Step name' });
    await stepName.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('FitModel');
    await page.keyboard.press('Enter');
    await expect(
      inspector(page).getByRole('heading', { level: 2, name: 'FitModel' }),
    ).toBeVisible();

    await page.screenshot({ path: '/tmp/canvas-keyboard-1-added.png' });

    // Connect Process → FitModel: focus Process on the canvas, C, Tab to FitModel, Enter.
    await canvas(page)
      .getByRole('group', { name: /^Processing step Process/ })
      .focus();
    await page.keyboard.press('c');
    await expect(connectStatus(page)).toContainText('Connecting from Process');
    await page.screenshot({ path: '/tmp/canvas-keyboard-2-connecting.png' });
    await tabToStep(page, 'Training step FitModel');
    await page.keyboard.press('Enter');
    await expect(connectStatus(page)).toHaveText('Connected: FitModel runs after Process.');
    await expect(
      canvas(page).getByRole('group', { name: 'FitModel runs after Process' }),
    ).toBeVisible();

    // The other way round would be a cycle: refused with the same message a drag gets.
    await page.keyboard.press('c');
    await expect(connectStatus(page)).toContainText('Connecting from FitModel');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedStepName(page)).toMatch(/^Processing step Process/);
    await page.keyboard.press('Enter');
    await expect(canvas(page).getByRole('alert')).toContainText('would make a cycle');
    await page.keyboard.press('Escape');
    await expect(canvas(page).getByRole('alert')).toHaveCount(0);

    // Enter selects the focused step; empty its instance count (a required field): a problem.
    await page.keyboard.press('Enter');
    await expect(inspector(page).getByRole('heading', { level: 2, name: 'Process' })).toBeVisible();
    const instances = inspector(page).getByRole('textbox', { name: 'Instance count' });
    await instances.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: /^Problems \([1-9]\d*\)$/ })).toBeVisible();
    await page.screenshot({ path: '/tmp/canvas-keyboard-3-problem.png' });
    await expect(page.getByRole('tabpanel', { name: /^Problems/ })).toContainText(
      'InstanceCount" is missing',
    );
    // Set it again: no problems.
    await instances.focus();
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: 'Problems (0)' })).toBeVisible();
    await expect(page.getByText('No problems: the pipeline is valid.')).toBeVisible();
    await page.screenshot({ path: '/tmp/canvas-keyboard-4-valid.png' });

    // Export the SageMaker definition from the keyboard; the command-line validator passes it.
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'SageMaker definition' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'SageMaker definition' }).focus();
    await page.keyboard.press('Enter');
    const file = await download;
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      Steps: (ExportedStep & {
        Arguments: { ProcessingResources?: { ClusterConfig?: { InstanceCount?: unknown } } };
      })[];
    };
    expect(exported.Steps.map((step) => [step.Name, step.Type, step.DependsOn])).toEqual([
      ['Process', 'Processing', undefined],
      ['FitModel', 'Training', ['Process']],
    ]);
    expect(exported.Steps[0]?.Arguments.ProcessingResources?.ClusterConfig?.InstanceCount).toBe(2);
    const validate = spawnSync(
      process.execPath,
      ['--import', 'tsx', cliEntry, 'validate', await file.path()],
      { encoding: 'utf8', cwd: serverDir },
    );
    expect(validate.stdout).toContain('no problems');
    expect(validate.status).toBe(0);
  });

  test('connects a Condition branch with the arrow keys; Escape cancels', async ({ page }) => {
    // The shortcuts help lists keyboard connecting.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help.getByRole('region', { name: 'Keyboard only' })).toContainText(
      'Connect from the focused step',
    );
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    const addFromPalette = async (label: string, name: string) => {
      await page.getByRole('button', { name: `Add ${label} step` }).focus();
      await page.keyboard.press('Enter');
      await expect(inspector(page).getByRole('heading', { level: 2, name })).toBeVisible();
    };
    await addFromPalette('Condition', 'Condition');
    await addFromPalette('Fail', 'Fail');

    // A new step goes below the one before: Down from the Condition reaches Fail.
    const condition = canvas(page).getByRole('group', { name: /^Condition step Condition/ });
    await condition.focus();
    await page.keyboard.press('Escape'); // clears the selection, the focus stays
    await expect(condition).toBeFocused();
    await page.keyboard.press('c');
    const branches = canvas(page).getByRole('group', { name: 'Branch of Condition' });
    await expect(connectStatus(page)).toHaveText(
      'Connect the true or the false branch of Condition?',
    );
    await expect(branches.getByRole('button', { name: 'True branch' })).toBeFocused();
    await page.screenshot({ path: '/tmp/canvas-keyboard-5-branch.png' });

    // Escape cancels, and nothing was connected.
    await page.keyboard.press('Escape');
    await expect(connectStatus(page)).toHaveText('Connecting cancelled.');
    await expect(branches).toHaveCount(0);
    await expect(condition).toBeFocused();

    await page.keyboard.press('c');
    await page.keyboard.press('Tab');
    await expect(branches.getByRole('button', { name: 'False branch' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(condition).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedStepName(page)).toMatch(/^Fail step Fail/);
    await page.keyboard.press('Enter');
    await expect(connectStatus(page)).toHaveText(
      'Connected: Fail runs in the false branch of Condition.',
    );
    await expect(
      canvas(page).getByRole('group', { name: 'Fail runs when Condition is false' }),
    ).toBeVisible();
    await page.screenshot({ path: '/tmp/canvas-keyboard-6-branch-connected.png' });
  });
});
