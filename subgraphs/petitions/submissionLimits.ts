import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Knex } from 'knex';
import { envInt } from '../../kit/config.ts';

/**
 * Submissions per client and per phone number in a fixed hour window, counted in the petitions database so
 * that every replica sees the same counts. Limits: PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR (default 20) and
 * PETITIONS_SUBMISSIONS_PER_PHONE_HOUR (default 5); 0 turns one off. An officer entering paper or phone
 * petitions at a desk is not limited as a client, only by each petitioner's phone.
 */
const WINDOW_MS = 3_600_000;

export function submissionLimits() {
  return {
    perClient: envInt('PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR', 20),
    perPhone: envInt('PETITIONS_SUBMISSIONS_PER_PHONE_HOUR', 5),
  };
}

/** The counter holds a hash of the phone, never the number. */
const phoneKey = (phone: string) =>
  `phone:${createHash('sha256').update(phone).digest('base64url').slice(0, 22)}`;

export async function countSubmission(
  knex: Knex,
  who: { client: string | null; phone: string; now: Date },
): Promise<void> {
  const limits = submissionLimits();
  const windowStart = new Date(Math.floor(who.now.getTime() / WINDOW_MS) * WINDOW_MS);
  const limitOf = new Map<string, number>();
  if (limits.perPhone > 0) limitOf.set(phoneKey(who.phone), limits.perPhone);
  if (limits.perClient > 0 && who.client) limitOf.set(`client:${who.client}`, limits.perClient);
  if (!limitOf.size) return;
  // Keys in one order, so that two submissions sharing both never wait on each other crosswise.
  const keys = [...limitOf.keys()].sort();
  const { rows } = (await knex.raw(
    `insert into submission_counters (key, window_start, count)
     select key, ?::timestamptz, 1 from unnest(?::text[]) with ordinality as k(key, n) order by n
     on conflict (key, window_start) do update set count = submission_counters.count + 1
     returning key, count`,
    [windowStart.toISOString(), keys],
  )) as { rows: { key: string; count: number }[] };
  if (Math.random() < 0.01) {
    await knex('submission_counters')
      .where('window_start', '<', new Date(windowStart.getTime() - WINDOW_MS))
      .del();
  }
  const over = rows.find((row) => row.count > (limitOf.get(row.key) ?? Number.POSITIVE_INFINITY));
  if (over) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + WINDOW_MS - who.now.getTime()) / 1000);
    const what = over.key.startsWith('phone:') ? 'số điện thoại này' : 'thiết bị hoặc tài khoản này';
    throw new GraphQLError(
      `Đã có quá nhiều phản ánh, kiến nghị gửi từ ${what} trong một giờ. Vui lòng thử lại sau ${Math.ceil(retryAfterSeconds / 60)} phút.`,
      { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } },
    );
  }
}
