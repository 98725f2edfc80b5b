import { expect, test } from '@playwright/test';

test.describe('app shell', () => {
  test('shows Pipewright and says the server is connected', async ({ page }) => {
    await page.goto('/');

    await expect(page).toHaveTitle('Pipewright');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('heading', { level: 1, name: 'Pipewright' })).toBeVisible();
    await expect(
      banner.getByText('A local-first studio for SageMaker-style ML pipelines.'),
    ).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Server connected');
  });

  test('loads a deep page address through the same app', async ({ page }) => {
    await page.goto('/pipelines/churn-model');

    await expect(page.getByRole('heading', { level: 1, name: 'Pipewright' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Server connected');
  });

  test('says the server is unreachable when the health check fails', async ({ page }) => {
    await page.route('**/api/health', (route) => route.abort('connectionrefused'));
    await page.goto('/');

    await expect(page.getByRole('status')).toHaveText('Server unreachable');
  });
});
