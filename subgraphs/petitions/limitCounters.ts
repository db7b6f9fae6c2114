import { createHmac } from 'node:crypto';
import type { Knex } from 'knex';
import { internalSecret } from '../../kit/internalToken.ts';

/**
 * Fixed-window counters in the petitions database (table submission_counters), so that every replica sees
 * the same counts: submissions per client and per phone, rating attempts per tracking code and per client.
 * Keys are HMACs under the hub's secret (PAKN_INTERNAL_SECRET): the table holds no phone number, code or
 * address, and a leaked table cannot be matched against a list of phone numbers without the secret.
 */
export const HOUR_MS = 3_600_000;

/** The counter key for one value of one kind ("phone", "client", "rating-code", …). */
export function limitKey(kind: string, value: string): string {
  const mac = createHmac('sha256', internalSecret()).update(`${kind}\n${value}`).digest('base64url');
  return `${kind}:${mac.slice(0, 32)}`;
}

export interface Limit {
  key: string;
  /** How many the window allows; 0 or less: no limit. */
  max: number;
}

export interface Overrun {
  /** The key whose count went over its limit. */
  key: string;
  retryAfterSeconds: number;
}

/**
 * Counts one more for each key in the hour window of `now` and says which key (if any) is now over its
 * limit. Run it inside the transaction of what it counts, and a refusal counts nothing; run it alone, and
 * every attempt counts.
 */
export async function countInWindow(knex: Knex, limits: Limit[], now: Date): Promise<Overrun | null> {
  const active = limits.filter((limit) => limit.max > 0);
  if (!active.length) return null;
  const windowStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  // Keys in one order, so that two requests sharing two keys never wait on each other crosswise.
  const keys = [...new Set(active.map((limit) => limit.key))].sort();
  const { rows } = (await knex.raw(
    `insert into submission_counters (key, window_start, count)
     select key, cast(:windowStart as timestamptz), 1
     from unnest(cast(:keys as text[])) with ordinality as k(key, n) order by n
     on conflict (key, window_start) do update set count = submission_counters.count + 1
     returning key, count`,
    { windowStart: windowStart.toISOString(), keys },
  )) as { rows: { key: string; count: number }[] };
  if (Math.random() < 0.01) {
    await knex('submission_counters')
      .where('window_start', '<', new Date(windowStart.getTime() - HOUR_MS))
      .del();
  }
  const over = rows.find((row) => active.some((limit) => limit.key === row.key && row.count > limit.max));
  if (!over) return null;
  return {
    key: over.key,
    retryAfterSeconds: Math.ceil((windowStart.getTime() + HOUR_MS - now.getTime()) / 1000),
  };
}
