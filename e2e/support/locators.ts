import type { Page } from '@playwright/test';

/** A step node on the execution graph; its accessible name starts with the step's name. */
export const stepButton = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^${name}, `) });

/** The execution's status badge in the page header, showing `status`. */
export const runStatus = (page: Page, status: string) =>
  page.getByRole('main').getByRole('status').filter({ hasText: status });

/** The header's live badge: a status inside the "Live updates" group. */
export const liveStatus = (page: Page) =>
  page.getByRole('group', { name: 'Live updates' }).getByRole('status');

/** Marks this page's window: a reload wipes the mark, so `isSamePage` proves none happened. */
export const markPage = (page: Page) =>
  page.evaluate(() => Object.assign(window, { samePage: true }));
export const isSamePage = (page: Page) => page.evaluate(() => 'samePage' in window);

/** The step drawer of `stepName`. */
export const drawerOf = (page: Page, stepName: string) =>
  page.getByRole('complementary', { name: stepName });
