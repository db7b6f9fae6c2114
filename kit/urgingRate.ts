import type { Knex } from 'knex';
import { envInt } from './config.ts';
import { rateLimited } from './errors.ts';

const HOUR_MS = 3_600_000;

/**
 * A subgraph's urgings table (columns urged_by, urged_at, indexed on both) and the advisory-lock class of its
 * rate limit: each subgraph its own class, should two share a database.
 */
export interface UrgingTable {
  table: string;
  lockClass: number;
}

/** URGINGS_PER_HOUR (default 60; 0 turns the limit off), read per command so a test or an operator can set it. */
export const urgingsPerHour = () => envInt('URGINGS_PER_HOUR', 60);

/**
 * At most URGINGS_PER_HOUR urgings by one account in any rolling hour, so that no account floods an agency's
 * officers. Counted from the stored urgings themselves, inside the urging's transaction under a lock on the
 * account (the two-key advisory space, apart from single-key locks): concurrent urgings by it are counted one
 * after another, and a refused urging counts nothing. The refusal says when the oldest urging of the full
 * window leaves it.
 */
export async function checkUrgingRate(
  trx: Knex.Transaction,
  urgings: UrgingTable,
  account: string,
  now: Date,
): Promise<void> {
  const limit = urgingsPerHour();
  if (limit <= 0) return;
  await trx.raw('select pg_advisory_xact_lock(:lockClass, hashtext(:account))', {
    lockClass: urgings.lockClass,
    account,
  });
  const leaving = await nthUrgingSince(trx, urgings.table, account, new Date(now.getTime() - HOUR_MS), limit);
  if (!leaving) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((leaving.getTime() + HOUR_MS - now.getTime()) / 1000));
  throw rateLimited(
    `Tài khoản này đã gửi ${limit} văn bản đôn đốc trong một giờ. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
    retryAfterSeconds,
  );
}

/** When the account's `nth` newest urging since `since` was made, or null if it has fewer. */
async function nthUrgingSince(
  trx: Knex.Transaction,
  table: string,
  account: string,
  since: Date,
  nth: number,
): Promise<Date | null> {
  const row = (await trx(table)
    .select('urged_at')
    .where('urged_by', account)
    .where('urged_at', '>', since)
    .orderBy('urged_at', 'desc')
    .offset(nth - 1)
    .first()) as { urged_at: Date } | undefined;
  return row ? new Date(row.urged_at) : null;
}
