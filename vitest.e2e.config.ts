import { defineConfig } from 'vitest/config';

// Real browsers: the built extension in Debian's Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). One browser per file, files one after another: two
// browsers at once on a 2-core machine make timings flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
