import { defineConfig } from 'vitest/config';
import hub from './vitest.config.ts';

/**
 * `npm run test:browser`: the dashboard in a real browser (the Debian chromium package driven by
 * playwright-core, CHROMIUM_PATH to use another) against a hub started in the test's process. Not part of
 * `npm test`, which needs nothing but npm. Screenshots of every page go to artifacts/screenshots/.
 */
export default defineConfig({
  resolve: hub.resolve,
  test: {
    ...hub.test,
    include: ['tests/browser/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
