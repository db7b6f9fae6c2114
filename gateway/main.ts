import { join } from 'node:path';
import { envInt, PROJECT_ROOT } from '../kit/config.ts';
import { log } from '../kit/log.ts';
import { internalSecretProblems, refuseToStartWithout, tokenKeyProblems } from '../kit/productionChecks.ts';
import { startTracing, stopTracing } from '../kit/tracing.ts';
import { bootstrapRegistry } from '../registry/composition.ts';
import { registrySettings as readRegistrySettings } from '../registry/settings.ts';
import { repositorySubgraphs } from '../scripts/composeSupergraph.ts';
import { startGateway, subgraphUrlsFromEnv } from './createGateway.ts';
import { expensiveReadLimitsFromEnv } from './expensiveReads.ts';
import { hardeningFromEnv } from './hardening.ts';
import { devKeys, loadKeySet, tokenSettings } from './identity.ts';
import { connectRegistry } from './registryConnection.ts';
import { sharedCacheFromUrl } from './sharedCache.ts';

refuseToStartWithout('gateway', (env) => [...internalSecretProblems(env), ...tokenKeyProblems(env)]);
await startTracing('pakn-gateway');

const registrySettings = readRegistrySettings();
const registry = registrySettings.mode === 'off' ? null : await connectRegistry(registrySettings);
// A registry's first version is what this hub runs: the repository's subgraphs where this gateway finds them.
const urls = subgraphUrlsFromEnv();
if (registry) {
  await bootstrapRegistry(
    registry.db,
    repositorySubgraphs().map((source) => ({ ...source, url: urls[source.name] ?? source.url })),
  );
}

const shared = process.env.REDIS_URL ? sharedCacheFromUrl(process.env.REDIS_URL) : null;

// The dashboard's development sign-in signs with the development keys: only where those are the ones trusted.
const devSignIn =
  process.env.NODE_ENV !== 'production' && !process.env.JWKS_URL && !process.env.JWKS_FILE
    ? { privateJwk: (await devKeys()).privateJwk, tokens: tokenSettings() }
    : undefined;

const running = await startGateway({
  supergraphPath: process.env.SUPERGRAPH_PATH ?? join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
  port: envInt('GATEWAY_PORT', 4000),
  host: process.env.GATEWAY_HOST ?? '0.0.0.0',
  keySet: await loadKeySet(),
  tokens: tokenSettings(),
  // With a registry, its routing URLs are the truth: a publish may move a subgraph (blue-green).
  subgraphUrls: registry ? {} : urls,
  subgraphTimeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', 10_000),
  hardening: hardeningFromEnv(),
  expensiveReads: expensiveReadLimitsFromEnv(),
  ...(shared ? { persistedQueryCache: shared.cache } : {}),
  processMetrics: true,
  ...(devSignIn ? { devSignIn } : {}),
  ...(registry
    ? {
        registry: {
          db: registry.db,
          pollMs: registrySettings.pollMs,
          usage: { sampleRate: registrySettings.usageSampleRate, flushMs: registrySettings.usageFlushMs },
        },
      }
    : {}),
});
log.info(
  {
    service: 'gateway',
    url: `http://localhost:${running.http.port}/graphql`,
    dashboard: `http://localhost:${running.http.port}/`,
  },
  'ready',
);

const shutdown = async () => {
  await running.close(envInt('PAKN_DRAIN_GRACE_MS', 2_000));
  await registry?.close();
  await shared?.close();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
