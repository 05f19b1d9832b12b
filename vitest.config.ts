import { defineConfig } from 'vitest/config';

// Unit, engine, scenario, replay and command-line tests. Browser tests have their own
// config (vitest.e2e.config.ts) because they need a built site and Chromium; the class
// server's (vitest.server.config.ts) start servers and databases.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/server/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
