import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (.output/chrome-mv3) in real Chromium; `npm run test:e2e`
// builds first. One browser per file, files one after another: the machine may have only two cores.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
