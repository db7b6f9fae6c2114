import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Registry } from 'prom-client';
import { audit } from './audit.ts';
import { envInt, type SubgraphName, subgraphSettings } from './config.ts';
import { DateScalar, DateTimeScalar } from './dates.ts';
import { type Database, openDatabase } from './db.ts';
import { formatSubgraphError } from './formatError.ts';
import { type RunningHttpServer, serveGraphQL } from './http.ts';
import type { Identity } from './identity.ts';
import { inputGuardPlugin } from './inputGuard.ts';
import { type Caller, INTERNAL_TOKEN_HEADER, verifyCaller } from './internalToken.ts';
import { log } from './log.ts';
import { migrateToLatest } from './migrate.ts';
import { internalSecretProblems, refuseToStartWithout } from './productionChecks.ts';
import { requestLogPlugin } from './requestLog.ts';
import { subgraphMetrics } from './subgraphMetrics.ts';
import { traceOperationPlugin } from './traceOperation.ts';
import { startTracing, stopTracing } from './tracing.ts';

export interface SubgraphContext<Loaders> {
  identity: Identity;
  /** Who is sending, for rate limits (kit/internalToken.ts); null when another subgraph asks. */
  client: string | null;
  db: Database;
  loaders: Loaders;
}

export interface SeedOptions {
  /** How many synthetic petitions to generate (petitions subgraph only). */
  petitions?: number;
  /** The last day of the synthetic history; fixed in tests so that figures are reproducible. */
  until?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Everything that makes a subgraph: the kit turns it into a running service. */
export interface SubgraphDefinition<Loaders> {
  name: SubgraphName;
  /** The subgraph's folder, holding `schema.graphql` and `migrations/`. */
  folder: string;
  /** Resolvers by type name, as buildSubgraphSchema takes them. */
  resolvers: Record<string, object>;
  /** Fresh per request, so DataLoader caches never leak between callers. */
  createLoaders(db: Database, identity: Identity): Loaders;
  isSeeded(db: Database): Promise<boolean>;
  seed(db: Database, options: SeedOptions): Promise<void>;
  /** Upkeep a running service owes its data (after seeding, before serving); runSubgraph only, not tests. */
  onStart?(db: Database): Promise<void>;
  /** Gauges over the subgraph's own data for its /metrics, counted when scraped (kit/metrics.ts keptFigure). */
  metrics?(registry: Registry, db: Database): void;
}

const COMMON_SDL = readFileSync(new URL('./common.graphql', import.meta.url), 'utf8');

/** The subgraph's SDL: its own `schema.graphql` after the shared value types every subgraph declares alike. */
export function subgraphSdl(folder: string): string {
  return withCommonTypes(readFileSync(join(folder, 'schema.graphql'), 'utf8'));
}

/** A subgraph's own schema text completed with the shared value types. */
export function withCommonTypes(schemaText: string): string {
  return `${schemaText}\n${COMMON_SDL}`;
}

export function buildApollo<L>(
  definition: SubgraphDefinition<L>,
  more: ApolloServerPlugin<SubgraphContext<L>>[] = [],
): ApolloServer<SubgraphContext<L>> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl(definition.folder)),
    // biome-ignore lint/suspicious/noExplicitAny: resolver maps are checked by the schema, not by TypeScript.
    resolvers: { Date: DateScalar, DateTime: DateTimeScalar, ...definition.resolvers } as any,
  });
  return new ApolloServer<SubgraphContext<L>>({
    schema,
    // Inline tracing costs time on every request and nobody reads it here.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      auditRefusals(definition.name),
      inputGuardPlugin(),
      requestLogPlugin(),
      traceOperationPlugin(),
      ...more,
    ],
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
    // runSubgraph drains on SIGTERM itself; Apollo's own handler would stop and re-raise the signal at once,
    // killing the requests in flight.
    stopOnTerminationSignals: false,
  });
}

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/** Every refusal (FORBIDDEN, UNAUTHENTICATED) goes to the audit log with who asked and where: never the message. */
function auditRefusals<L>(service: string): ApolloServerPlugin<SubgraphContext<L>> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code !== 'string' || !REFUSALS.has(code)) continue;
            const { subject, role, agencyId } = contextValue.identity;
            audit({
              event: 'authorization.refused',
              service,
              code,
              operation: operationName ?? null,
              path: error.path?.join('.') ?? null,
              subject,
              role,
              agencyId,
            });
          }
        },
      };
    },
  };
}

export interface RunningSubgraph {
  name: SubgraphName;
  db: Database;
  http: RunningHttpServer;
  /** Drains (kit/http.ts): graceMs of failing readiness before the port closes; in-flight requests finish. */
  close(graceMs?: number): Promise<void>;
}

export async function prepareDatabase<L>(definition: SubgraphDefinition<L>, db: Database): Promise<void> {
  await migrateToLatest(db, join(definition.folder, 'migrations'));
}

/** Serves a subgraph over an already-open, migrated database. */
export async function serveSubgraph<L>(
  definition: SubgraphDefinition<L>,
  db: Database,
  options: {
    port: number;
    host?: string;
    onIdentity?: (identity: Identity) => void;
    /** Node's own metrics (CPU, memory, event loop) beside the service's: a service process only. */
    processMetrics?: boolean;
  },
): Promise<RunningSubgraph> {
  const metrics = subgraphMetrics<SubgraphContext<L>>(definition.name, db, {
    processMetrics: options.processMetrics,
    gauges: definition.metrics,
  });
  const apollo = buildApollo(definition, [metrics.plugin]);
  await apollo.start();
  // The caller the gateway signed for, per request: set by the guard, read by the context.
  const callers = new WeakMap<IncomingMessage, Caller>();
  const http = await serveGraphQL({
    apollo,
    service: definition.name,
    port: options.port,
    host: options.host,
    async guard(req) {
      const caller = await verifyCaller(req.headers[INTERNAL_TOKEN_HEADER] as string | undefined);
      if (caller) {
        callers.set(req, caller);
        return null;
      }
      audit({ event: 'request.unsigned', service: definition.name });
      return {
        status: 401,
        code: 'UNAUTHENTICATED',
        message:
          'This service answers the PAKN Hub gateway only: the request carries no valid hub signature.',
      };
    },
    context: async (req: IncomingMessage) => {
      const { identity, client } = callers.get(req) as Caller;
      options.onIdentity?.(identity);
      return { identity, client, db, loaders: definition.createLoaders(db, identity) };
    },
    ready: async () => {
      await db.raw('select 1');
      return true;
    },
    endpoints: { '/metrics': metrics.endpoint },
  });
  return {
    name: definition.name,
    db,
    http,
    async close(graceMs = 0) {
      await http.close(graceMs);
      await apollo.stop();
      metrics.detach();
    },
  };
}

/** Entry point of a subgraph process: settings from the environment, migrate, seed sample data when empty. */
export async function runSubgraph<L>(definition: SubgraphDefinition<L>): Promise<RunningSubgraph> {
  refuseToStartWithout(definition.name, internalSecretProblems);
  await startTracing(`pakn-${definition.name}`);
  const settings = subgraphSettings(definition.name);
  const setup = await openDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir });
  await prepareDatabase(definition, setup);
  if (process.env.PAKN_SEED !== 'never' && !(await definition.isSeeded(setup))) {
    log.info({ service: definition.name }, 'seeding sample data');
    await definition.seed(setup, {});
  }
  // Serving on a server: a pool whose statements stop near the gateway's timeout (migrations and seeding
  // above may take longer). PGlite is one connection in this process: it stays as it is.
  let db = setup;
  if (settings.databaseUrl) {
    await setup.destroy();
    db = await openDatabase({
      url: settings.databaseUrl,
      statementTimeoutMs: envInt('PAKN_STATEMENT_TIMEOUT_MS', 15_000),
    });
  }
  await definition.onStart?.(db);
  const running = await serveSubgraph(definition, db, {
    port: settings.port,
    host: settings.host,
    processMetrics: true,
  });
  log.info({ service: definition.name, url: running.http.url, database: db.mode }, 'ready');
  const shutdown = async () => {
    await running.close(envInt('PAKN_DRAIN_GRACE_MS', 2_000));
    await db.destroy();
    await stopTracing();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return running;
}
