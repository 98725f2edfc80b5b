/**
 * How every headless browser of this repo starts (the e2e tests, `pnpm docs:screenshots`,
 * `pnpm bench:canvas`): Debian's Chromium, never a browser Playwright downloads, without a
 * sandbox, GPU or background traffic, on an offline, shared machine.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
