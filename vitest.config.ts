import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo; Vite would give our files its ESM build. Two copies
    // break `instanceof GraphQLError` between them, so everyone gets the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file starts a whole hub (a database and a server per subgraph, and the gateway): give start-up
    // room, and run files one after another so that two cores are not shared by several hubs at once.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
