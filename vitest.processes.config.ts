import { defineConfig } from 'vitest/config';
import hub from './vitest.config.ts';

/**
 * `npm run test:processes`: tests that start the hub's own programs as an operator or a developer would
 * (npm start under the supervisor, the README's commands, the schema and compose CLIs, a subgraph alone, a
 * second process on a data folder). One file at a time: they time restarts and load, and use fixed ports.
 */
export default defineConfig({
  resolve: hub.resolve,
  test: {
    ...hub.test,
    include: ['tests/processes/*.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
  },
});
