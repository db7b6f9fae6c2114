import type { Knex } from 'knex';
import { envInt } from '../../kit/config.ts';
import { rateLimited } from '../../kit/errors.ts';
import { countInWindow, limitKey } from './limitCounters.ts';
import { phoneE164 } from './submission.ts';

/**
 * Submissions per client and per phone number in a fixed hour window (limitCounters.ts). Limits:
 * PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR (default 20) and PETITIONS_SUBMISSIONS_PER_PHONE_HOUR (default 5);
 * 0 turns one off. An officer entering paper or phone petitions at a desk is not limited as a client, only
 * by each petitioner's phone. Only stored submissions count: the count runs inside the submission's
 * transaction after its idempotency key is claimed, so a replayed retry is not counted and a refused
 * submission (invalid, rate limited) is undone with its count — nobody can use up a stranger's phone.
 */
export function submissionLimits() {
  return {
    perClient: envInt('PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR', 20),
    perPhone: envInt('PETITIONS_SUBMISSIONS_PER_PHONE_HOUR', 5),
  };
}

/** `phone` is the normalized number (submission.ts normalizePhone): every spelling of it is one key. */
export async function countSubmission(
  knex: Knex,
  who: { client: string | null; phone: string; now: Date },
): Promise<void> {
  const limits = submissionLimits();
  const phoneKey = limitKey('phone', phoneE164(who.phone));
  const over = await countInWindow(
    knex,
    [
      { key: phoneKey, max: limits.perPhone },
      ...(who.client ? [{ key: limitKey('client', who.client), max: limits.perClient }] : []),
    ],
    who.now,
  );
  if (!over) return;
  const what = over.key === phoneKey ? 'số điện thoại này' : 'thiết bị hoặc tài khoản này';
  throw rateLimited(
    `Đã có quá nhiều phản ánh, kiến nghị gửi từ ${what} trong một giờ. Vui lòng thử lại sau ${Math.ceil(over.retryAfterSeconds / 60)} phút.`,
    over.retryAfterSeconds,
  );
}
