import { type Page, expect, test } from '@playwright/test';
import { createPipeline, startExecution } from '../support/api';
import { logIn } from '../support/login';
import { codeDir, codeInput, pipeline, processingStep } from '../support/pipelines';

const script = `import argparse, time
parser = argparse.ArgumentParser()
parser.add_argument("--greeting")
parser.add_argument("--repeat", type=int)
args = parser.parse_args()
for _ in range(args.repeat):
    print(args.greeting)
# Long enough for the list to show the run before it ends.
time.sleep(5)
`;

/** One Processing step that prints a String parameter an Integer parameter's number of times. */
const scriptUri = 's3://pipewright-e2e/greeter/code/greet.py';
const greeter = pipeline(
  [
    processingStep('Greet', ['python3', `${codeDir}/greet.py`], {
      image: 'python:3.11',
      containerArguments: [
        '--greeting',
        { Get: 'Parameters.Greeting' },
        '--repeat',
        { Get: 'Parameters.Repeat' },
      ],
      arguments: { ProcessingInputs: [codeInput(scriptUri)] },
    }),
  ],
  {
    parameters: [
      { Name: 'Greeting', Type: 'String', DefaultValue: 'hello' },
      { Name: 'Repeat', Type: 'Integer', DefaultValue: 1 },
    ],
    positions: { Greet: { x: 0, y: 0 } },
    scripts: { [scriptUri]: script },
  },
);

const createGreeter = (page: Page, name: string) => createPipeline(page.request, name, greeter);

test.describe('starting runs', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('runs a pipeline with a changed parameter and watches it succeed in the list', async ({
    page,
  }) => {
    await createGreeter(page, 'greeter');
    await page.goto('/');
    await page.getByRole('button', { name: 'Run greeter' }).click();

    const dialog = page.getByRole('dialog', { name: 'Run greeter' });
    const repeat = dialog.getByRole('textbox', { name: /^Repeat/ });
    await expect(repeat).toHaveValue('1');
    await repeat.fill('two');
    await expect(repeat).toHaveAttribute('aria-invalid', 'true');
    await expect(repeat).toHaveAccessibleDescription('Give a whole number such as 1.');
    await page.screenshot({ path: '/tmp/executions-start-error.png' });
    await repeat.fill('3');
    await expect(repeat).not.toHaveAttribute('aria-invalid', 'true');
    await dialog.getByRole('textbox', { name: /^Greeting/ }).fill('hi from e2e');
    await dialog.getByRole('textbox', { name: 'Display name' }).fill('e2e-greeting');
    await page.screenshot({ path: '/tmp/executions-start-dialog.png' });
    await dialog.getByRole('button', { name: 'Start run' }).click();

    await expect(page).toHaveURL(/\/executions\/[a-z0-9]{12}$/);
    const executionId = new URL(page.url()).pathname.split('/').at(-1);
    const summary = await (await page.request.get(`/api/executions/${executionId}`)).json();
    expect(summary).toMatchObject({
      PipelineExecutionDisplayName: 'e2e-greeting',
      Parameters: expect.arrayContaining([
        { Name: 'Greeting', Value: 'hi from e2e' },
        { Name: 'Repeat', Value: '3' },
      ]),
    });

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Executions' })
      .click();
    const row = page.getByRole('row', { name: /e2e-greeting/ });
    await expect(row.getByRole('link', { name: 'e2e-greeting' })).toHaveAttribute(
      'href',
      `/executions/${executionId}`,
    );
    await expect(row.getByRole('link', { name: 'greeter' })).toBeVisible();
    await expect(row.getByText('Executing')).toBeVisible();
    await page.screenshot({ path: '/tmp/executions-list-running.png' });
    // No reload: the live summaries move the row on.
    await expect(row.getByText('Succeeded')).toBeVisible({ timeout: 30_000 });
    await expect(row.getByText('1 of 1 steps done')).toBeVisible();
    await page.screenshot({ path: '/tmp/executions-list.png' });
  });

  test('filters by status and search, and offers to compare two picked runs', async ({ page }) => {
    await createGreeter(page, 'filtered');
    for (const displayName of ['alpha-run', 'beta-run']) {
      await startExecution(page.request, 'filtered', { displayName, parameters: { Repeat: 1 } });
    }
    await page.goto('/pipelines/filtered/executions');
    await expect(page.getByRole('heading', { name: 'Executions of filtered' })).toBeVisible();
    await expect(page.getByRole('row', { name: /alpha-run/ })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search by name or id' }).fill('beta');
    await expect(page.getByRole('row', { name: /alpha-run/ })).toHaveCount(0);
    await expect(page.getByRole('row', { name: /beta-run/ })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search by name or id' }).fill('');
    await expect(page.getByRole('row', { name: /alpha-run/ })).toBeVisible();

    await page.getByRole('button', { name: 'Failed' }).click();
    await expect(page.getByText('No executions match')).toBeVisible();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await expect(page.getByRole('row', { name: /beta-run/ })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Select alpha-run to compare' }).check();
    await page.getByRole('checkbox', { name: 'Select beta-run to compare' }).check();
    const compare = page.getByRole('link', { name: 'Compare the 2 selected' });
    await expect(compare).toHaveAttribute('href', /^\/compare\/[a-z0-9]{12}\/[a-z0-9]{12}$/);
    await page.screenshot({ path: '/tmp/executions-pipeline-list.png' });

    // A run started elsewhere appears at the top without a reload.
    await startExecution(page.request, 'filtered', { displayName: 'gamma-run' });
    await expect(page.getByRole('row').nth(1)).toContainText('gamma-run');
  });

  test('the designer says to save a new pipeline before running it', async ({ page }) => {
    await page.goto('/new');
    await page.getByRole('button', { name: 'Run…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save before running' });
    await expect(dialog).toContainText('has not been saved yet');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await createGreeter(page, 'from-designer');
    await page.goto('/pipelines/from-designer');
    await expect(page.getByText('Saved · version 1')).toBeVisible();
    await page.getByRole('button', { name: 'Run…' }).click();
    const start = page.getByRole('dialog', { name: 'Run from-designer' });
    await expect(start.getByRole('textbox', { name: /^Greeting/ })).toHaveValue('hello');
    await expect(start).toContainText('Runs version 1');
    await page.screenshot({ path: '/tmp/executions-designer-run.png' });
  });
});
