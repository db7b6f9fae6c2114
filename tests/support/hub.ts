import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK } from 'jose';
import { type GatewayOptions, type RunningGateway, startGateway } from '../../gateway/createGateway.ts';
import type { ExpensiveReadLimits } from '../../gateway/expensiveReads.ts';
import type { HardeningOptions } from '../../gateway/hardening.ts';
import { signToken, type TokenClaims, type TokenSettings } from '../../gateway/identity.ts';
import { type AuditEntry, setAuditSink } from '../../kit/audit.ts';
import { PROJECT_ROOT, SUBGRAPHS, type SubgraphName } from '../../kit/config.ts';
import type { Database } from '../../kit/db.ts';
import type { Identity } from '../../kit/identity.ts';
import { setLogDestination } from '../../kit/log.ts';
import { type RunningSubgraph, type SubgraphDefinition, serveSubgraph } from '../../kit/subgraph.ts';
import { bootstrapRegistry } from '../../registry/composition.ts';
import { repositorySubgraphs } from '../../scripts/composeSupergraph.ts';
import { SUBGRAPH_DEFINITIONS } from '../../subgraphs/index.ts';
import { preparedDatabase, type ThrowAwayDatabase } from './databases.ts';

// One internal secret per test process, as one deployment shares one (kit/internalToken.ts).
process.env.PAKN_INTERNAL_SECRET ??= randomBytes(32).toString('base64url');
// Tests submit many petitions from one client and phone; the rate-limit tests set their own limits.
process.env.PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR ??= '1000000';
process.env.PETITIONS_SUBMISSIONS_PER_PHONE_HOUR ??= '1000000';
// Test files urge as the same few accounts; the urging rate-limit tests set their own limit.
process.env.URGINGS_PER_HOUR ??= '1000000';

/** The sample history ends here in every test, so that figures are reproducible. */
export const SEED_UNTIL = '2026-10-31';

/** Every subgraph the hub configures (kit/config.ts SUBGRAPHS), by name. */
export const definitions: Record<SubgraphName, SubgraphDefinition<unknown>> = SUBGRAPH_DEFINITIONS;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Hub {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  db: Record<SubgraphName, Database>;
  /** Identities each subgraph saw, newest last. */
  identitiesSeen: Record<SubgraphName, Identity[]>;
  /** The audit log entries written since the hub started, oldest first. */
  audit: AuditEntry[];
  /** The log lines (kit/log.ts) written since the hub started, oldest first; warnings and errors also go to stderr. */
  logs: string[];
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  token(claims: TokenClaims, settings?: Partial<TokenSettings>): Promise<string>;
  /** A query as the central office, which reads every agency's petitions and figures (kit/agencyScope.ts). */
  asCentralOffice<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements run by all subgraphs while `work` runs. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  /** The same hub behind another gateway of its own settings, trusting the hub's tokens; closing it closes that gateway. */
  withGateway(choice: GatewayChoice): Promise<Hub>;
  close(): Promise<void>;
}

export const TEST_TOKENS: TokenSettings = { issuer: 'pakn-hub-test', audience: 'pakn-hub' };

/** How a hub's gateway is set up. */
export interface GatewayChoice {
  supergraphPath?: string;
  /** The gateway's request limits (defaults: DEFAULT_HARDENING, not the environment). */
  hardening?: Partial<HardeningOptions>;
  /** In-flight bounds on anonymous priced requests (defaults: DEFAULT_EXPENSIVE_READ_LIMITS). */
  expensiveReads?: Partial<ExpensiveReadLimits>;
  /** Where the gateway keeps automatic persisted queries (default: its own memory). */
  persistedQueryCache?: KeyValueCache<string>;
  /** Public keys the gateway trusts besides the test key: a development key set, for `npm run token`. */
  trustedKeys?: JWK[];
  /** Where the gateway finds some subgraphs instead of where the hub runs them (not with a registry). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** The dashboard's development sign-in (POST /dev/sign-in), signing with the hub's test key. */
  devSignIn?: boolean;
}

export interface HubOptions extends GatewayChoice {
  petitions?: number;
  /**
   * A schema registry the gateway follows (polling every 100 ms) and records usage in: it starts from this
   * repository's subgraphs at the URLs they run on, and the gateway routes by the registry alone.
   */
  registry?: Database;
}

/** The whole hub in this process: every subgraph on its own database, seeded, and the gateway over HTTP. */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const names = Object.keys(definitions) as SubgraphName[];
  const auditEntries: AuditEntry[] = [];
  const restoreAuditSink = setAuditSink((entry) => auditEntries.push(entry));
  const logLines: string[] = [];
  const restoreLog = setLogDestination({
    write(line: string) {
      logLines.push(line);
      if (!line.includes('"level":"info"')) process.stderr.write(line);
    },
  });
  const databases = {} as Record<SubgraphName, ThrowAwayDatabase>;
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const identitiesSeen = Object.fromEntries(
    names.map((name) => [name, [] as Identity[]]),
  ) as Hub['identitiesSeen'];

  await Promise.all(
    names.map(async (name) => {
      const definition = definitions[name];
      // The count is the petitions subgraph's alone (SeedOptions): the others share one template.
      const database = await preparedDatabase(definition, {
        until: SEED_UNTIL,
        ...(name === 'petitions' ? { petitions: options.petitions ?? 4000 } : {}),
      });
      databases[name] = database;
      subgraphs[name] = await serveSubgraph(definition, database.db, {
        port: 0,
        host: '127.0.0.1',
        onIdentity: (identity) => identitiesSeen[name].push(identity),
      });
    }),
  );
  askSubgraphsOf(subgraphs);

  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'ES256' };
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'ES256' };
  const runningAt = (name: string) => subgraphs[name as SubgraphName].http.url;
  if (options.registry) {
    await bootstrapRegistry(
      options.registry,
      repositorySubgraphs().map((source) => ({ ...source, url: runningAt(source.name) })),
    );
  }
  const hubGateway = (choice: GatewayChoice) =>
    startGateway({
      supergraphPath: choice.supergraphPath ?? join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
      port: 0,
      host: '127.0.0.1',
      keySet: createLocalJWKSet({ keys: [publicJwk, ...(choice.trustedKeys ?? [])] }),
      tokens: TEST_TOKENS,
      ...(options.registry
        ? {
            registry: {
              db: options.registry,
              pollMs: 100,
              usage: { sampleRate: 1, flushMs: 60_000, maxClientsPerDay: 3 },
            },
          }
        : {
            subgraphUrls: {
              ...Object.fromEntries(names.map((name) => [name, runningAt(name)])),
              ...choice.subgraphUrls,
            },
          }),
      hardening: choice.hardening,
      expensiveReads: choice.expensiveReads,
      persistedQueryCache: choice.persistedQueryCache,
      ...(choice.devSignIn ? { devSignIn: { privateJwk, tokens: TEST_TOKENS } } : {}),
    });

  const db = Object.fromEntries(names.map((name) => [name, databases[name].db])) as Hub['db'];
  const centralToken = signToken(
    privateJwk,
    { subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' },
    TEST_TOKENS,
  );
  const hubOver = (gateway: RunningGateway, close: () => Promise<void>): Hub => {
    const query: Hub['query'] = async (text, variables, queryOptions) => {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(queryOptions?.token ? { authorization: `Bearer ${queryOptions.token}` } : {}),
          ...queryOptions?.headers,
        },
        body: JSON.stringify({ query: text, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    };
    return {
      gateway,
      subgraphs,
      db,
      identitiesSeen,
      audit: auditEntries,
      logs: logLines,
      query,
      token: (claims, settings) => signToken(privateJwk, claims, { ...TEST_TOKENS, ...settings }),
      async asCentralOffice(text, variables) {
        return query(text, variables, { token: await centralToken });
      },
      async countStatements(work) {
        const before = names.reduce((sum, name) => sum + db[name].sqlStats.statements, 0);
        await work();
        return names.reduce((sum, name) => sum + db[name].sqlStats.statements, 0) - before;
      },
      async withGateway(choice) {
        const other = await hubGateway(choice);
        return hubOver(other, () => other.close());
      },
      close,
    };
  };
  const gateway = await hubGateway(options);
  return hubOver(gateway, async () => {
    await gateway.close();
    await Promise.all(names.map((name) => subgraphs[name].close()));
    await Promise.all(names.map((name) => databases[name].drop()));
    restoreAuditSink();
    restoreLog();
  });
}

/** Commands that ask another subgraph (kit/subgraphClient.ts) find these subgraphs. */
function askSubgraphsOf(subgraphs: Record<SubgraphName, RunningSubgraph>): void {
  for (const [name, subgraph] of Object.entries(subgraphs)) {
    process.env[`${SUBGRAPHS[name as SubgraphName].env}_URL`] = subgraph.http.url;
  }
}

/** The petitions the shared hub's sample history holds. */
export const SHARED_HUB_PETITIONS = 5000;
let shared: Promise<Hub> | undefined;

/**
 * The hub a test worker shares between its files: started once per worker (the suite runs files without
 * isolation) and never closed; the next run removes the copies of its databases (tests/support/databases.ts).
 * A test that needs a clean slate makes its own data. One that needs other gateway settings (limits,
 * supergraph, persisted-query store, subgraph addresses) gets its own gateway over the shared subgraphs,
 * which `close()` closes; one that stops its hub's subgraphs or reads a process-wide recorder whole (metrics,
 * traces) starts its own hub with `startHub`. Otherwise `close()` does nothing: the next file goes on.
 */
export async function sharedHub(gateway?: GatewayChoice): Promise<Hub> {
  shared ??= startHub({ petitions: SHARED_HUB_PETITIONS });
  const hub = await shared;
  askSubgraphsOf(hub.subgraphs);
  return gateway ? hub.withGateway(gateway) : { ...hub, close: async () => undefined };
}

/**
 * Another gateway over the hub's subgraphs, as a second replica or a differently configured one runs: no
 * trusted keys unless given, the committed supergraph, `subgraphUrls` overriding the hub's own per subgraph.
 */
export function startReplica(hub: Hub, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  const urls = Object.fromEntries(
    Object.entries(hub.subgraphs).map(([name, subgraph]) => [name, subgraph.http.url]),
  );
  return startGateway({
    supergraphPath: join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
    port: 0,
    host: '127.0.0.1',
    keySet: createLocalJWKSet({ keys: [] }),
    tokens: TEST_TOKENS,
    ...options,
    subgraphUrls: { ...urls, ...options.subgraphUrls },
  });
}
