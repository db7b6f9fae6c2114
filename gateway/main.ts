import { join } from 'node:path';
import { envInt, PROJECT_ROOT } from '../kit/config.ts';
import { internalSecretProblems, refuseToStartWithout, tokenKeyProblems } from '../kit/productionChecks.ts';
import { startGateway, subgraphUrlsFromEnv } from './createGateway.ts';
import { expensiveReadLimitsFromEnv } from './expensiveReads.ts';
import { hardeningFromEnv } from './hardening.ts';
import { loadKeySet, tokenSettings } from './identity.ts';

refuseToStartWithout('gateway', (env) => [...internalSecretProblems(env), ...tokenKeyProblems(env)]);

const running = await startGateway({
  supergraphPath: process.env.SUPERGRAPH_PATH ?? join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
  port: envInt('GATEWAY_PORT', 4000),
  host: process.env.GATEWAY_HOST ?? '0.0.0.0',
  keySet: await loadKeySet(),
  tokens: tokenSettings(),
  subgraphUrls: subgraphUrlsFromEnv(),
  subgraphTimeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 10_000),
  hardening: hardeningFromEnv(),
  expensiveReads: expensiveReadLimitsFromEnv(),
});
console.log(`[gateway] PAKN Hub at http://localhost:${running.http.port}/graphql`);

const shutdown = async () => {
  await running.close(envInt('PAKN_DRAIN_GRACE_MS', 2_000));
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
