/**
 * The baseline: Hive Gateway (@graphql-hive/gateway's runtime) on the same supergraph file and the same
 * subgraph processes as our gateway. Reads <NAME>_URL like gateway/main.ts, listens on HIVE_PORT. The runtime
 * alone (what @graphql-hive/gateway's CLI serves), not the CLI package's index: that also loads the JWT,
 * Prometheus, NATS and Redis plugins, which would inflate Hive's memory for nothing used here.
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { subgraphUrlsFromEnv } from '../../gateway/createGateway.ts';
import { loadKeySet, tokenSettings } from '../../gateway/identity.ts';
import { envInt, PROJECT_ROOT } from '../../kit/config.ts';
import { forwardHubIdentity, useHubIdentity } from './hiveIdentity.ts';

const keySet = await loadKeySet();
const transportEntries = Object.fromEntries(
  Object.entries(subgraphUrlsFromEnv()).map(([name, url]) => [name, { location: url }]),
);
const gateway = createGatewayRuntime({
  supergraph: process.env.SUPERGRAPH_PATH ?? join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
  transportEntries,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: 'error',
  plugins: () => [useHubIdentity(keySet, tokenSettings())],
  propagateHeaders: forwardHubIdentity,
});
const server = createServer(gateway);
server.keepAliveTimeout = 65_000;
const port = envInt('HIVE_PORT', 4390);
server.listen(port, '127.0.0.1', () =>
  console.log(`[hive] Hive Gateway at http://127.0.0.1:${port}/graphql`),
);

const shutdown = () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
