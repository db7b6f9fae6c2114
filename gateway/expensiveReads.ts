import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { rateLimited } from '../kit/errors.ts';
import { requestPrice } from './costLimit.ts';
import { positiveIntFromEnv } from './envSettings.ts';
import type { GatewayContext } from './subgraphSource.ts';

/**
 * How many expensive operations (any field with a scan price: a search, a petition count, a statistic; see
 * gateway/scanPrices.ts) anonymous callers may have in flight at once on this gateway. Signed-in callers are
 * not counted: their accounts are few, known and answerable.
 *
 * The counts live in this process, not in Redis or PostgreSQL: an in-flight count is only meaningful while
 * this process holds the requests (a shared counter would outlive a crashed replica and lock clients out),
 * and what it protects is the time of the subgraphs' databases, which a replica's own traffic fills. With R
 * gateway replicas the bound is R × the figures below, known in advance; the subgraphs' rate limits that
 * need a shared count (submissions) keep theirs in PostgreSQL.
 */
export interface ExpensiveReadLimits {
  /** In flight per anonymous client key (gateway/clientKey.ts). */
  perClient: number;
  /** In flight for all anonymous clients together: ten addresses must not add up to ten times one. */
  anonymousTotal: number;
}

/**
 * One in all: the anonymous searches then hold at most one database backend (on PGlite, one place in its
 * queue) per gateway replica, which keeps tracking lookups under a second and the petitions subgraph's
 * /health under 100 ms while ten anonymous clients attack (docs/SOAK.md, scenario 6; with two in all the
 * server's /health p99 reached 101–138 ms on two cores). Raise `anonymousTotal` where the database has
 * cores to spare.
 */
export const DEFAULT_EXPENSIVE_READ_LIMITS: ExpensiveReadLimits = { perClient: 1, anonymousTotal: 1 };

/** GATEWAY_ANONYMOUS_EXPENSIVE_PER_CLIENT and GATEWAY_ANONYMOUS_EXPENSIVE_TOTAL (read in gateway/main.ts). */
export function expensiveReadLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ExpensiveReadLimits {
  const int = (name: string, fallback: number) => positiveIntFromEnv(env, name, fallback);
  return {
    perClient: int('GATEWAY_ANONYMOUS_EXPENSIVE_PER_CLIENT', DEFAULT_EXPENSIVE_READ_LIMITS.perClient),
    anonymousTotal: int('GATEWAY_ANONYMOUS_EXPENSIVE_TOTAL', DEFAULT_EXPENSIVE_READ_LIMITS.anonymousTotal),
  };
}

/** Vietnamese, as a citizen's browser shows it; retry in a second, when a running search has likely ended. */
export function tooManyExpensiveReads(): GraphQLError {
  return rateLimited(
    'Hệ thống đang bận xử lý các truy vấn tìm kiếm, thống kê. Vui lòng thử lại sau giây lát.',
    1,
    429,
  );
}

/** Refuses an anonymous expensive operation beyond the limits; the slot is given back when the answer is sent. */
export function expensiveReadsPlugin(limits: ExpensiveReadLimits): ApolloServerPlugin<GatewayContext> {
  const inFlight = new Map<string, number>();
  let total = 0;
  return {
    async requestDidStart({ contextValue }) {
      let holding: string | null = null;
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (contextValue.identity.subject || !operation) return;
          if (!requestPrice({ request, document, operation, schema }).priced) return;
          const key = contextValue.client ?? 'unknown';
          const held = inFlight.get(key) ?? 0;
          if (held >= limits.perClient || total >= limits.anonymousTotal) throw tooManyExpensiveReads();
          inFlight.set(key, held + 1);
          total += 1;
          holding = key;
        },
        async willSendResponse() {
          if (holding === null) return;
          const left = (inFlight.get(holding) ?? 1) - 1;
          if (left > 0) inFlight.set(holding, left);
          else inFlight.delete(holding);
          total -= 1;
          holding = null;
        },
      };
    },
  };
}
