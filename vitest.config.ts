import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm test`: everything that runs in the test's own process, hubs included. The tests that start the hub's
 * own programs (npm start, the CLIs, a second process on a data folder) are `npm run test:processes`
 * (vitest.processes.config.ts); CI runs both on both databases.
 */
export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo; Vite would give our files its ESM build. Two copies
    // break `instanceof GraphQLError` between them, so everyone gets the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One worker per core, each with its own shared hub (tests/support/hub.ts sharedHub).
    maxWorkers: 2,
    // A worker keeps what it loaded for its next file: Apollo, graphql, PGlite and the shared hub load once
    // per worker rather than once per file. Files leave the process as they found it.
    isolate: false,
  },
});
