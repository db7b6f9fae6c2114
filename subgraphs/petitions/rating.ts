import { createHash, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import { envInt } from '../../kit/config.ts';
import { forbidden, rateLimited } from '../../kit/errors.ts';
import type { Status } from './domain.ts';
import { countInWindow, limitKey } from './limitCounters.ts';
import { normalizePhone } from './submission.ts';

/**
 * The petitioner's 1–5 rating of a published answer, proven by the tracking code and the phone number given
 * at submission — on every rating, so only that petitioner can change it. The call must not be an oracle
 * for phone numbers:
 * - one answer (FORBIDDEN, one message) whether the code is unknown, the phone is wrong or the petition
 *   cannot be rated yet, so a guess learns nothing;
 * - attempts are limited per tracking code and per client in the hour (PETITIONS_RATING_ATTEMPTS_PER_CODE_HOUR,
 *   default 5; PETITIONS_RATING_ATTEMPTS_PER_CLIENT_HOUR, default 20; 0 turns one off), counted in the
 *   database every replica shares and before the check, so failed guesses count too.
 * Each change is recorded (petition_rating_changes: old and new rating, never the phone).
 */
export const RATING_REFUSED_MESSAGE =
  'Không thể ghi nhận đánh giá: mã tra cứu hoặc số điện thoại không đúng, hoặc kết quả xử lý chưa được công khai.';

export function ratingLimits() {
  return {
    perCode: envInt('PETITIONS_RATING_ATTEMPTS_PER_CODE_HOUR', 5),
    perClient: envInt('PETITIONS_RATING_ATTEMPTS_PER_CLIENT_HOUR', 20),
  };
}

export interface RatingRequest {
  /** Normalized (trackingCode.ts); null when the input cannot be a code. */
  trackingCode: string | null;
  /** The code as given, to count attempts on a code that cannot exist as well. */
  givenCode: string;
  phone: string;
  rating: number;
  /** Who is sending (kit/internalToken.ts), for the per-client limit. */
  client: string | null;
  /** The signed-in account, recorded with the change; null when anonymous. */
  account: string | null;
  now: Date;
}

const refused = () => forbidden(RATING_REFUSED_MESSAGE);

const digest = (value: string) => createHash('sha256').update(value).digest();

async function countAttempt(knex: Knex, request: RatingRequest): Promise<void> {
  const limits = ratingLimits();
  const code = request.trackingCode ?? request.givenCode.trim().toUpperCase();
  const over = await countInWindow(
    knex,
    [
      { key: limitKey('rating-code', code), max: limits.perCode },
      ...(request.client ? [{ key: limitKey('rating-client', request.client), max: limits.perClient }] : []),
    ],
    request.now,
  );
  if (over) {
    throw rateLimited(
      `Đã thử đánh giá quá nhiều lần trong một giờ. Vui lòng thử lại sau ${Math.ceil(over.retryAfterSeconds / 60)} phút.`,
      over.retryAfterSeconds,
    );
  }
}

interface RatedRow {
  id: string;
  status: Status;
  petitioner_phone: string;
  rating: number | null;
}

/** Rates the petition and answers its id; every refusal is the same FORBIDDEN, or RATE_LIMITED. */
export async function ratePetition(knex: Knex, request: RatingRequest): Promise<string> {
  // Its own statement, committed whatever the outcome: a refused guess is still an attempt.
  await countAttempt(knex, request);
  return knex.transaction(async (trx) => {
    const row = request.trackingCode
      ? ((await trx('petitions')
          .where('tracking_code', request.trackingCode)
          .forUpdate()
          .first('id', 'status', 'petitioner_phone', 'rating')) as RatedRow | undefined)
      : undefined;
    const given = normalizePhone(request.phone) ?? '';
    const stored = row ? (normalizePhone(row.petitioner_phone) ?? row.petitioner_phone) : '';
    // The comparison runs whether or not the code exists, in constant time.
    const phoneMatches = timingSafeEqual(digest(given), digest(stored)) && given !== '';
    if (!row || !phoneMatches || row.status !== 'PUBLISHED') throw refused();
    if (row.rating === request.rating) return row.id;
    await trx('petitions').where('id', row.id).update({ rating: request.rating, rated_at: request.now });
    await trx('petition_rating_changes').insert({
      petition_id: row.id,
      old_rating: row.rating,
      new_rating: request.rating,
      rated_at: request.now,
      account: request.account,
    });
    return row.id;
  });
}
