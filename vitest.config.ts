import { defineConfig } from 'vitest/config';

/**
 * Tests run against one real redis-server started by test/global-setup.ts (or TEST_REDIS_URL).
 * `vitest run` always writes a JSON report to reports/vitest.json (read by .ci/run).
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // The words of locales/<lang>/words.json, as the app loads them at start (pure parser tests start no app).
    setupFiles: ['test/setup-words.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    teardownTimeout: 20_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
