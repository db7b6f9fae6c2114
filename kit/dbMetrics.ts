import { Gauge, Histogram, type Registry } from 'prom-client';
import type { Database } from './db.ts';

/** Seconds: an index lookup (under a millisecond) to a statistic over a million rows. */
const STATEMENT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const VERB = /^\s*(select|insert|update|delete|with)\b/i;

/** knex's pool (tarn): connections in use, idle, and callers waiting for one. */
interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

interface QueryEvent {
  __knexQueryUid?: string;
  sql?: string;
}

/** Most statements a service has in flight at once before the tracking below is deemed lost and restarted. */
const MAX_IN_FLIGHT = 10_000;

/**
 * Statement duration (knex's query / query-response / query-error events, paired by __knexQueryUid) and the
 * connection pool's use, counted when scraped. A transaction's begin and commit carry no uid and are not
 * timed; the statements inside are. PGlite is one connection: there `pending_acquires` is the statements
 * queued behind the one running. Returns the detach.
 */
export function observeDatabase(registry: Registry, db: Database): () => void {
  const duration = new Histogram({
    name: 'pakn_db_statement_duration_seconds',
    help: 'SQL statements by kind (select, insert, update, delete, with, other) and outcome (ok, error)',
    labelNames: ['statement', 'outcome'],
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });
  const pool = () => (db.client as { pool?: Pool | null }).pool ?? null;
  new Gauge({
    name: 'pakn_db_pool_connections',
    help: 'Database pool connections by state (in_use, idle)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const current = pool();
      this.set({ state: 'in_use' }, current?.numUsed() ?? 0);
      this.set({ state: 'idle' }, current?.numFree() ?? 0);
    },
  });
  new Gauge({
    name: 'pakn_db_pool_pending_acquires',
    help: 'Statements waiting for a database connection',
    registers: [registry],
    collect() {
      this.set(pool()?.numPendingAcquires() ?? 0);
    },
  });

  const started = new Map<string, number>();
  const onQuery = (query: QueryEvent) => {
    if (query.__knexQueryUid === undefined) return;
    if (started.size >= MAX_IN_FLIGHT) started.clear();
    started.set(query.__knexQueryUid, performance.now());
  };
  const finish = (query: QueryEvent, outcome: 'ok' | 'error') => {
    const uid = query.__knexQueryUid;
    if (uid === undefined) return;
    const start = started.get(uid);
    if (start === undefined) return;
    started.delete(uid);
    const statement = (query.sql && VERB.exec(query.sql)?.[1]?.toLowerCase()) || 'other';
    duration.observe({ statement, outcome }, (performance.now() - start) / 1000);
  };
  const onResponse = (_response: unknown, query: QueryEvent) => finish(query, 'ok');
  const onError = (_error: unknown, query: QueryEvent) => finish(query, 'error');
  db.on('query', onQuery);
  db.on('query-response', onResponse);
  db.on('query-error', onError);
  return () => {
    db.off('query', onQuery);
    db.off('query-response', onResponse);
    db.off('query-error', onError);
  };
}
