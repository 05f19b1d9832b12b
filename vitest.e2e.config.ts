import { defineConfig } from 'vitest/config';

// Browser tests: the built site (npm run test:e2e builds it first) in Debian's Chromium.
// One browser at a time: they are heavy, and the machine may have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
