import { defineConfig } from 'vitest/config';

// The class server's tests (tests/server): servers on free ports of 127.0.0.1, PGlite and,
// when DATABASE_URL is set, PostgreSQL. One file at a time: each starts servers, and the
// machine may have two cores.
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
