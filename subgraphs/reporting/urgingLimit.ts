import type { Knex } from 'knex';
import { envInt } from '../../kit/config.ts';
import { rateLimited } from '../../kit/errors.ts';
import { lockReportingUrgingsBy, nthReportingUrgingSince } from './urgingStore.ts';

const HOUR_MS = 3_600_000;

/** URGINGS_PER_HOUR (default 60; 0 turns the limit off), read per command so a test or an operator can set it. */
export const urgingsPerHour = () => envInt('URGINGS_PER_HOUR', 60);

/**
 * At most URGINGS_PER_HOUR urgings by one account in any rolling hour, so that no account floods an agency's
 * officers. Counted from the stored urgings themselves, inside the urging's transaction under a lock on the
 * account: concurrent urgings by it are counted one after another, and a refused urging counts nothing. The
 * refusal says when the oldest urging of the full window leaves it.
 */
export async function checkUrgingRate(trx: Knex.Transaction, account: string, now: Date): Promise<void> {
  const limit = urgingsPerHour();
  if (limit <= 0) return;
  await lockReportingUrgingsBy(trx, account);
  const leaving = await nthReportingUrgingSince(trx, account, new Date(now.getTime() - HOUR_MS), limit);
  if (!leaving) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((leaving.getTime() + HOUR_MS - now.getTime()) / 1000));
  throw rateLimited(
    `Tài khoản này đã gửi ${limit} văn bản đôn đốc trong một giờ. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
    retryAfterSeconds,
  );
}
