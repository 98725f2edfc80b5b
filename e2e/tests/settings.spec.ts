import { type APIRequestContext, expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../e2e-token';
import { logIn } from '../support/login';

const defaults = { globalConcurrency: 16, defaultBucket: 'pipewright', imageMap: [] };

async function apiContext(
  playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
) {
  return playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${E2E_TOKEN}` },
  });
}

test.describe('the settings page', () => {
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  // The other specs share this server: they get the settings it started with back.
  test.afterAll(async ({ playwright }, testInfo) => {
    const request = await apiContext(playwright, testInfo.project.use.baseURL);
    expect((await request.put('/api/settings', { data: defaults })).status()).toBe(200);
    await request.dispose();
  });

  test('shows the sandbox and the folders, and keeps saved settings across a reload', async ({
    page,
  }) => {
    const current = await (await page.request.get('/api/settings')).json();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();

    const runtime = page.getByRole('region', { name: 'Runtime' });
    await expect(runtime).toContainText(
      current.sandbox.mode === 'bubblewrap' ? 'Bubblewrap: in use' : 'Bubblewrap: not in use',
    );
    await expect(runtime).toContainText(process.env.PIPEWRIGHT_E2E_DATA_DIR ?? 'no data dir');
    await expect(runtime).toContainText(`${process.env.PIPEWRIGHT_E2E_DATA_DIR}/objects`);
    await expect(runtime).not.toContainText(E2E_TOKEN);

    const concurrency = page.getByRole('spinbutton', {
      name: 'Steps running at once, across all executions',
    });
    await expect(concurrency).toHaveValue(String(current.globalConcurrency));
    await concurrency.fill('3');
    await page.getByRole('button', { name: 'Save concurrency' }).click();
    await expect(page.getByRole('region', { name: 'Concurrency' }).getByRole('status')).toHaveText(
      'Saved: up to 3 steps at once.',
    );

    const objectStore = page.getByRole('region', { name: 'Object store' });
    const bucket = objectStore.getByRole('textbox', { name: 'Default bucket' });
    await bucket.fill('Team_Results');
    await objectStore.getByRole('button', { name: 'Save default bucket' }).click();
    await expect(objectStore.getByRole('status')).toHaveText(
      'Not saved: see the message under the field.',
    );
    await expect(bucket).toHaveAttribute('aria-invalid', 'true');
    await expect(objectStore).toContainText('a bucket name is 3 to 63 lowercase letters');
    await bucket.fill('e2e-results');
    await expect(objectStore).toContainText('s3://e2e-results/executions/<execution id>/<step>/');
    await objectStore.getByRole('button', { name: 'Save default bucket' }).click();
    await expect(objectStore.getByRole('status')).toHaveText(
      'Saved: new outputs go to s3://e2e-results/.',
    );
    await expect(bucket).toHaveAttribute('aria-invalid', 'false');
    await page.screenshot({ path: '/tmp/settings-saved.png', fullPage: true });

    await page.reload();
    await expect(concurrency).toHaveValue('3');
    await expect(bucket).toHaveValue('e2e-results');
    await expect(page.getByRole('region', { name: 'Runtime' })).not.toContainText(
      'Not created yet',
    );
  });

  test('edits the image map: add, reorder, remove, with the server’s problems under each rule', async ({
    page,
  }) => {
    await page.goto('/settings');
    const imageMap = page.getByRole('region', { name: 'Image map' });
    await expect(imageMap).toContainText('No rules: every image runs on the host as it is.');

    await imageMap.getByRole('button', { name: 'Add rule' }).click();
    await expect(imageMap.getByRole('textbox', { name: 'Image pattern, rule 1' })).toBeFocused();
    await page.keyboard.type('sagemaker-scikit-learn');
    await imageMap.getByRole('textbox', { name: 'Command, rule 1' }).fill('conda run -n "ml env"');

    await imageMap.getByRole('button', { name: 'Add rule' }).click();
    await imageMap.getByRole('textbox', { name: 'Image pattern, rule 2' }).fill('^python:(');
    await imageMap
      .getByRole('combobox', { name: 'How rule 2 runs' })
      .selectOption({ label: 'On the host, as written' });
    await expect(imageMap.getByRole('textbox', { name: /rule 2$/ })).toHaveCount(1);

    await imageMap.getByRole('button', { name: 'Add rule' }).click();
    await imageMap.getByRole('textbox', { name: 'Image pattern, rule 3' }).fill('my-tool');
    await imageMap.getByRole('combobox', { name: 'How rule 3 runs' }).selectOption('entrypoint');

    await imageMap.getByRole('button', { name: 'Save image map' }).click();
    await expect(imageMap.getByRole('status')).toHaveText(
      'Not saved: some rules have problems, shown under them.',
    );
    await expect(imageMap.getByRole('textbox', { name: 'Image pattern, rule 2' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(imageMap.getByRole('textbox', { name: 'Image pattern, rule 1' })).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    await expect(imageMap).toContainText('Image pattern: not a valid regular expression');
    await expect(imageMap).toContainText('Program: give at least the program to run');
    await page.screenshot({ path: '/tmp/settings-image-map-problems.png', fullPage: true });

    await imageMap.getByRole('textbox', { name: 'Image pattern, rule 2' }).fill('^python:');
    await imageMap.getByRole('button', { name: 'Remove rule 3' }).click();
    await imageMap.getByRole('button', { name: 'Move rule 2 up' }).click();
    await expect(imageMap.getByRole('textbox', { name: 'Image pattern, rule 1' })).toHaveValue(
      '^python:',
    );
    await imageMap.getByRole('button', { name: 'Save image map' }).click();
    await expect(imageMap.getByRole('status')).toHaveText(
      'Saved: 2 rules, used by the next steps.',
    );

    await page.reload();
    await expect(imageMap.getByRole('textbox', { name: 'Image pattern, rule 1' })).toHaveValue(
      '^python:',
    );
    await expect(imageMap.getByRole('combobox', { name: 'How rule 1 runs' })).toHaveValue('host');
    await expect(imageMap.getByRole('textbox', { name: 'Image pattern, rule 2' })).toHaveValue(
      'sagemaker-scikit-learn',
    );
    await expect(imageMap.getByRole('textbox', { name: 'Command, rule 2' })).toHaveValue(
      'conda run -n "ml env"',
    );
    const saved = await (await page.request.get('/api/settings')).json();
    expect(saved.imageMap).toEqual([
      { match: '^python:', mode: 'host' },
      { match: 'sagemaker-scikit-learn', command: ['conda', 'run', '-n', 'ml env'] },
    ]);
    await imageMap.getByText('What each way of running does').click();
    await expect(imageMap.getByRole('definition').first()).toBeVisible();
    await page.screenshot({ path: '/tmp/settings-image-map.png', fullPage: true });
  });
});
