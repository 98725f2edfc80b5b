import { type Page, expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../e2e-token';

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
const greeter = {
  Version: '2020-12-01',
  Metadata: {},
  Parameters: [
    { Name: 'Greeting', Type: 'String', DefaultValue: 'hello' },
    { Name: 'Repeat', Type: 'Integer', DefaultValue: 1 },
  ],
  Steps: [
    {
      Name: 'Greet',
      Type: 'Processing',
      Arguments: {
        ProcessingResources: {
          ClusterConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 30 },
        },
        AppSpecification: {
          ImageUri: 'python:3.11',
          ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/greet.py'],
          ContainerArguments: [
            '--greeting',
            { Get: 'Parameters.Greeting' },
            '--repeat',
            { Get: 'Parameters.Repeat' },
          ],
        },
        RoleArn: 'arn:aws:iam::000000000000:role/SageMakerRole',
        ProcessingInputs: [
          {
            InputName: 'code',
            AppManaged: false,
            S3Input: {
              S3Uri: 's3://pipewright-e2e/greeter/code/greet.py',
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
  ],
  'x-pipewright': {
    formatVersion: 1,
    positions: { Greet: { x: 0, y: 0 } },
    files: {
      's3://pipewright-e2e/greeter/code/greet.py': { content: script, language: 'python' },
    },
  },
};

async function createGreeter(page: Page, name: string) {
  const created = await page.request.post('/api/pipelines', {
    data: { name, definition: greeter },
  });
  expect(created.status()).toBe(201);
}

test.describe('starting runs', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/?token=${E2E_TOKEN}`);
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
      const started = await page.request.post('/api/pipelines/filtered/executions', {
        data: { displayName, parameters: { Repeat: 1 } },
      });
      expect(started.status()).toBe(201);
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
    const another = await page.request.post('/api/pipelines/filtered/executions', {
      data: { displayName: 'gamma-run' },
    });
    expect(another.status()).toBe(201);
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
