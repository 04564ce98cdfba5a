import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit (Node), DOM (happy-dom, opted in per file with `// @vitest-environment happy-dom`) and
// store (fake-indexeddb) tests. The real-browser suite has its own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/{unit,dom,store}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
