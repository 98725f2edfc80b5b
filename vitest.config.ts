import { defineConfig } from 'vitest/config';

// One run covers every package's unit and integration tests; e2e lives in `e2e/` with Playwright.
export default defineConfig({
  test: {
    projects: ['shared', 'server', 'web'],
  },
});
