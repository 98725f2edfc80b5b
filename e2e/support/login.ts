import type { Page } from '@playwright/test';
import { E2E_TOKEN } from '../e2e-token';

/** Opens the app with the server's token, which trades it for the session cookie. */
export async function logIn(page: Page): Promise<void> {
  await page.goto(`/?token=${E2E_TOKEN}`);
}
