import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { JWTVerifyGetKey } from 'jose';
import { audit } from '../kit/audit.ts';
import { SUBGRAPHS, type SubgraphName } from '../kit/config.ts';
import type { Database } from '../kit/db.ts';
import { type RunningHttpServer, serveGraphQL } from '../kit/http.ts';
import { requestLogPlugin } from '../kit/requestLog.ts';
import { traceOperationPlugin } from '../kit/traceOperation.ts';
import { clientKey } from './clientKey.ts';
import { DEV_SIGN_IN_PATH, type DevSignIn, devSignInRoute } from './dashboard/devSignIn.ts';
import { DASHBOARD_MANIFEST } from './dashboard/files.ts';
import { dashboardRoute } from './dashboard/serve.ts';
import {
  DEFAULT_EXPENSIVE_READ_LIMITS,
  type ExpensiveReadLimits,
  expensiveReadsPlugin,
} from './expensiveReads.ts';
import { gatewayErrorFormatter } from './formatError.ts';
import { type GatewayMetrics, gatewayMetrics } from './gatewayMetrics.ts';
import { graphiqlIde } from './graphiql/ide.ts';
import { DEFAULT_HARDENING, type HardeningOptions, hardenedServerOptions } from './hardening.ts';
import { identityFromAuthorization, type TokenSettings } from './identity.ts';
import { supergraphFromRegistry } from './registrySupergraph.ts';
import { enforceHubScalars } from './scalars.ts';
import { type SubgraphHealth, subgraphHealthMonitor, subgraphHealthReport } from './subgraphHealth.ts';
import { type GatewayContext, SubgraphSource } from './subgraphSource.ts';
import { supergraphFromFile } from './supergraphFile.ts';
import {
  admitKnown,
  admitTrusted,
  loadTrustedDocuments,
  mergedDocuments,
  type TrustedDocuments,
} from './trustedDocuments.ts';
import { type UsageRecording, usageRecorder } from './usageRecorder.ts';

export interface GatewayOptions {
  supergraphPath: string;
  port: number;
  host?: string;
  keySet: JWTVerifyGetKey;
  tokens: TokenSettings;
  /** Overrides of the routing URLs written in the supergraph, by subgraph name. */
  subgraphUrls?: Partial<Record<string, string>>;
  subgraphTimeoutMs?: number;
  /** Request limits; anything left out takes DEFAULT_HARDENING (gateway/main.ts reads them from the environment). */
  hardening?: Partial<HardeningOptions>;
  /** In-flight bounds on anonymous searches, counts and statistics (gateway/expensiveReads.ts). */
  expensiveReads?: Partial<ExpensiveReadLimits>;
  /** Where automatic persisted queries live: shared by every replica (Redis), else this process's memory. */
  persistedQueryCache?: KeyValueCache<string>;
  /** Follow the schema registry's live supergraph and record operation usage there, instead of the file. */
  registry?: { db: Database; pollMs: number; usage: UsageRecording };
  /** Node's own metrics (CPU, memory, event loop) beside the gateway's: the gateway process only. */
  processMetrics?: boolean;
  /**
   * POST /dev/sign-in signs tokens with this key for the dashboard's sign-in page. Development only: a
   * production gateway (hardening.production) never mounts it, whatever is passed.
   */
  devSignIn?: DevSignIn;
}

export interface RunningGateway {
  url: string;
  http: RunningHttpServer;
  gateway: ApolloGateway;
  /** Writes the operation usage gathered so far (with a registry). */
  flushUsage(): Promise<void>;
  /** Each subgraph's health, probed at most every second or two (gateway/subgraphHealth.ts). */
  subgraphHealth(): Promise<SubgraphHealth[]>;
  /** Drains (kit/http.ts): graceMs of failing readiness before the port closes; in-flight requests finish. */
  close(graceMs?: number): Promise<void>;
}

/** Subgraph URL overrides from `<NAME>_URL` (AGENCIES_URL, PETITIONS_URL, …). */
export function subgraphUrlsFromEnv(): Partial<Record<string, string>> {
  const urls: Partial<Record<string, string>> = {};
  for (const [name, { env }] of Object.entries(SUBGRAPHS)) {
    const url = process.env[`${env}_URL`];
    if (url) urls[name as SubgraphName] = url;
  }
  return urls;
}

/**
 * The federation itself: the supergraph (file or registry) and a data source per subgraph, at the routing URL
 * unless overridden; the URLs in use are noted for /health/subgraphs, the sources returned to close them.
 */
function federate(
  options: GatewayOptions,
  usedUrls: Map<string, string>,
  fetches: GatewayMetrics['fetches'],
) {
  const sources: SubgraphSource[] = [];
  const registry = options.registry;
  // @apollo/gateway otherwise reports usage to Apollo's servers every hour and probes cloud metadata
  // endpoints: nothing a closed government network should see tried. An operator may still set it.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: registry
      ? supergraphFromRegistry(registry.db, options.supergraphPath, registry.pollMs)
      : supergraphFromFile(options.supergraphPath),
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url;
      if (!target) throw new Error(`subgraph ${name} has no URL`);
      usedUrls.set(name, target);
      const source = new SubgraphSource(name, target, options.subgraphTimeoutMs ?? 10_000, fetches(name));
      sources.push(source);
      return source;
    },
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => enforceHubScalars(apiSchema));
  return { gateway, sources };
}

/** Who is asking: the verified token's identity (refusals audited with their reason only), and the client key. */
function callerContext(options: GatewayOptions) {
  return async (req: IncomingMessage): Promise<GatewayContext> => {
    const identity = await identityFromAuthorization(
      req.headers.authorization,
      options.keySet,
      options.tokens,
    ).catch((error: Error) => {
      audit({ event: 'authentication.refused', service: 'gateway', reason: error.message });
      throw error;
    });
    return { identity, client: clientKey(req, identity) };
  };
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const usedUrls = new Map<string, string>();
  const subgraphHealth = subgraphHealthMonitor(() => usedUrls);
  const metrics = gatewayMetrics({ processMetrics: options.processMetrics, subgraphHealth });
  const { gateway, sources } = federate(options, usedUrls, metrics.fetches);
  const registry = options.registry;
  const hardening = { ...DEFAULT_HARDENING, ...options.hardening };
  // The dashboard's documents run by their hash alone; in trusted-documents mode they join the operator's.
  const dashboardDocuments = existsSync(DASHBOARD_MANIFEST) ? loadTrustedDocuments(DASHBOARD_MANIFEST) : null;
  const trusted: TrustedDocuments | null = hardening.trustedDocuments
    ? mergedDocuments(hardening.trustedDocuments, dashboardDocuments)
    : null;
  const known = mergedDocuments(dashboardDocuments);
  const dashboard = dashboardRoute();
  const devSignIn = options.devSignIn && !hardening.production ? devSignInRoute(options.devSignIn) : null;
  const hardened = hardenedServerOptions(hardening);
  // Our own GraphiQL in development (no CDN); no landing page at all in production.
  const ide = graphiqlIde(!hardening.production);
  const expensiveReads = { ...DEFAULT_EXPENSIVE_READ_LIMITS, ...options.expensiveReads };
  const usage = registry ? usageRecorder(registry.db, registry.usage) : null;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: gatewayErrorFormatter(hardening.production),
    includeStacktraceInErrorResponses: false,
    // Apollo's default, stated: a request must be JSON or carry a header a browser form cannot set.
    csrfPrevention: true,
    // gateway/main.ts drains on SIGTERM itself; Apollo's own handler would stop and re-raise the signal at
    // once, killing the requests in flight.
    stopOnTerminationSignals: false,
    ...hardened,
    plugins: [
      ...hardened.plugins,
      ide.plugin,
      expensiveReadsPlugin(expensiveReads),
      ...(usage ? [usage.plugin] : []),
      requestLogPlugin(),
      traceOperationPlugin(),
      metrics.plugin,
    ],
    // Trusted-documents mode answers hashes from its manifest itself; nothing may register new ones.
    ...(trusted
      ? { persistedQueries: false as const }
      : options.persistedQueryCache
        ? { persistedQueries: { cache: options.persistedQueryCache } }
        : {}),
  });
  await apollo.start();
  const http = await serveGraphQL({
    apollo,
    service: 'gateway',
    // In trusted-documents mode every request is checked before Apollo parses it; otherwise only a known
    // document named by its hash is completed with its text.
    admit: trusted
      ? (request: HTTPGraphQLRequest) => admitTrusted(trusted, request)
      : (request: HTTPGraphQLRequest) => admitKnown(known, request),
    maxBodyBytes: hardening.maxBodyBytes,
    port: options.port,
    host: options.host,
    context: callerContext(options),
    // Ready once the schema is loaded: subgraph outages are reported (/health/subgraphs), not folded in.
    ready: async () => gateway.schema !== undefined,
    endpoints: {
      '/health/subgraphs': () => subgraphHealthReport(subgraphHealth),
      '/metrics': metrics.endpoint,
      ...ide.endpoints,
    },
    async routes(req, url) {
      if (url.pathname === DEV_SIGN_IN_PATH && devSignIn) return devSignIn(req);
      return req.method === 'GET' ? dashboard(url.pathname) : null;
    },
  });
  return {
    url: http.url,
    http,
    gateway,
    flushUsage: () => usage?.flush() ?? Promise.resolve(),
    subgraphHealth,
    async close(graceMs = 0) {
      await http.close(graceMs);
      await apollo.stop();
      await Promise.all(sources.map((source) => source.close()));
    },
  };
}
