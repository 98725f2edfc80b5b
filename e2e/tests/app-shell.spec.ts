import { expect, test } from '@playwright/test';
import { E2E_TOKEN } from '../e2e-token';
import { logIn } from '../support/login';

test.describe('opening the link the server prints', () => {
  test('trades the token for a cookie and drops it from the address', async ({ page }) => {
    await page.goto(`/?token=${E2E_TOKEN}`);

    await expect(page.getByRole('status').filter({ hasText: /^Server/ })).toHaveText(
      'Server connected',
    );
    expect(new URL(page.url()).search).toBe('');
  });

  test('without the token, the page loads but the API refuses to answer', async ({ page }) => {
    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1, name: 'Pipewright' })).toBeVisible();
    expect((await page.request.get('/api/health')).status()).toBe(401);
  });
});

test.describe('app shell', () => {
  // Every test opens the server's link first, as a person does, so the browser holds the cookie.
  test.beforeEach(async ({ page }) => {
    await logIn(page);
  });

  test('shows Pipewright and says the server is connected', async ({ page }) => {
    // Wide enough for the tagline, which gives way to the navigation on narrower screens.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');

    await expect(page).toHaveTitle('Pipewright');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('heading', { level: 1, name: 'Pipewright' })).toBeVisible();
    await expect(
      banner.getByText('A local-first studio for SageMaker-style ML pipelines.'),
    ).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Server/ })).toHaveText(
      'Server connected',
    );
  });

  test('loads a deep page address through the same app', async ({ page }) => {
    await page.goto('/pipelines/churn-model');

    await expect(page.getByRole('heading', { level: 1, name: 'Pipewright' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Server/ })).toHaveText(
      'Server connected',
    );
  });

  test('says the server is unreachable when the health check fails', async ({ page }) => {
    // A server that does not answer: neither the health route nor the live socket.
    await page.route('**/api/health', (route) => route.abort('connectionrefused'));
    await page.routeWebSocket('**/api/live', (socket) => socket.close());
    await page.goto('/');

    await expect(page.getByRole('status').filter({ hasText: /^Server/ })).toHaveText(
      'Server unreachable',
    );
  });
});
