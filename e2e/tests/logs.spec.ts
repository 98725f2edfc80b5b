import { type Page, expect, test } from '@playwright/test';
import { createPipeline, startExecution } from '../support/api';
import { logIn } from '../support/login';
import { pipeline, processingStep } from '../support/pipelines';

/**
 * 5,000 lines at once (every tenth green, every hundredth on stderr, one with a bold red
 * word), then a slow tail of 20 ticks, so the view is live while the test reads it.
 */
const script = String.raw`
import sys, time
for i in range(5000):
    if i % 100 == 0:
        print(f"warning {i} on stderr", file=sys.stderr)
    elif i % 10 == 0:
        print(f"\x1b[32mline {i} ok\x1b[0m")
    else:
        print(f"line {i}")
print("status \x1b[1;31mFAILED\x1b[0m once")
print("wide " + "x" * 3000 + " end")
sys.stdout.flush(); sys.stderr.flush()
for t in range(20):
    time.sleep(0.5)
    print(f"tick {t}", flush=True)
`;

// -u: unbuffered, so lines reach the log as they are printed.
const chatty = pipeline([processingStep('Emit', ['python3', '-u', '-c', script])]);

async function startEmitting(page: Page): Promise<string> {
  await createPipeline(page.request, 'chatty', chatty);
  const id = await startExecution(page.request, 'chatty');
  // The step page needs the step to have started.
  await expect
    .poll(async () => (await page.request.get(`/api/executions/${id}/steps/Emit/logs`)).status())
    .toBe(200);
  return id;
}

test('a step log loads, follows, searches, colours and downloads', async ({ page }) => {
  await logIn(page);
  const id = await startEmitting(page);
  await page.goto(`/executions/${id}/steps/Emit/logs`);

  const log = page.getByRole('log', { name: /^Log of Emit, attempt 1/ });
  await expect(log).toBeVisible();
  await expect(log.getByText('tick 2', { exact: true })).toBeVisible();
  // 5,000 lines and more, yet only a window of rows is in the page.
  expect(await log.locator('.log-row').count()).toBeLessThan(200);
  await page.screenshot({ path: '/tmp/logs-following.png' });
  // A 3,000-character line scrolls inside the log; the page itself does not get wider.
  await expect(log.getByText(/^wide x+ end$/)).toBeAttached();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
  await log.evaluate((element) => (element.scrollLeft = 900));
  await page.screenshot({ path: '/tmp/logs-wide.png' });
  await log.evaluate((element) => (element.scrollLeft = 0));

  await expect(log.getByText('FAILED', { exact: true })).toHaveClass(/log-fg-red/);
  await expect(log.getByText('FAILED', { exact: true })).toHaveClass(/log-bold/);

  // Pausing keeps the view still and counts what arrives meanwhile.
  await page.getByRole('button', { name: 'Pause' }).click();
  const jump = page.getByRole('button', { name: /new lines? — jump to end/ });
  await expect(jump).toBeVisible();
  await page.screenshot({ path: '/tmp/logs-paused.png' });
  await jump.click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Search: count, Enter for the next match, and the match scrolled into view.
  const search = page.getByRole('searchbox', { name: 'Search the log' });
  await search.fill('line 123');
  await expect(page.getByText('1 of 11', { exact: true })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByText('2 of 11', { exact: true })).toBeVisible();
  await search.press('Shift+Enter');
  await search.press('Shift+Enter');
  await expect(page.getByText('11 of 11', { exact: true })).toBeVisible();
  await expect(log.locator('mark.log-match-current')).toHaveText('line 123');
  await expect(log.locator('mark.log-match-current')).toBeInViewport();
  await page.screenshot({ path: '/tmp/logs-search.png' });

  // stderr lines are tinted in the combined view, stdout lines are not.
  await search.fill('warning 4900');
  await expect(page.getByText('1 of 1', { exact: true })).toBeVisible();
  await expect(log.locator('.log-row-stderr', { hasText: 'warning 4900 on stderr' })).toBeVisible();
  await search.fill('line 4999');
  await expect(log.locator('.log-row', { hasText: 'line 4999' })).toBeVisible();
  await expect(log.locator('.log-row-stderr', { hasText: 'line 4999' })).toHaveCount(0);

  await search.fill('');
  await page.getByRole('combobox', { name: 'Stream' }).selectOption('stderr');
  await expect(log.getByText('warning 4900 on stderr', { exact: true })).toBeVisible();
  await expect(log.getByText('line 1', { exact: true })).toHaveCount(0);

  const download = page.getByRole('link', { name: 'Download' });
  await expect(download).toHaveAttribute('download', `${id}-Emit-attempt1-stderr.log`);
  const file = await page.request.get((await download.getAttribute('href')) ?? '');
  expect(await file.text()).toContain('warning 4900 on stderr');
  expect(file.headers()['content-disposition']).toContain('attachment');
});
