import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    // A guard against hangs, not a speed check: these machines are shared and noisy, and the
    // integration tests run real processes.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
