import { onServer } from './databases.ts';

/**
 * SQL per request without pg_stat_statements (it needs shared_preload_libraries, a server restart): the
 * committed and rolled-back transactions of the subgraphs' databases, from pg_stat_database. Each statement
 * the subgraphs run outside an explicit transaction is one transaction, so this counts statements, except
 * that a multi-statement transaction (a submission) counts once.
 */
export async function transactionCount(serverUrl: string, databases: string[]): Promise<number> {
  return onServer(serverUrl, async (client) => {
    const result = await client.query(
      'select coalesce(sum(xact_commit + xact_rollback), 0)::float8 as n from pg_stat_database where datname = any($1)',
      [databases],
    );
    return Number(result.rows[0].n);
  });
}

/** Backends flush their counters when idle at most every 10 s (PGSTAT_IDLE_INTERVAL): wait that out. */
export const STATS_SETTLE_MS = 11_000;
