import { randomInt } from 'node:crypto';
import { percentile, pool, SoakClient, sleep } from './client.ts';
import type { SoakContext } from './context.ts';
import { graphqlUrl } from './hub.ts';
import { countPetitions } from './inputs.ts';
import {
  emptyTally,
  newSubmission,
  type Outcome,
  type Submission,
  storedCodes,
  submitUntilAnswered,
} from './submit.ts';
import { checks, log, type Verdict } from './verdict.ts';

/** The share of clients that send the same submission again (once or twice), as the brief asks. */
const RETRYING_SHARE = 0.2;

/**
 * Scenario 1: N anonymous submissions at high concurrency, each with its own idempotency key; about a fifth
 * of the clients send the same request again once or twice, half of those while the first is in flight.
 * Exactly N new petitions, N distinct tracking codes, no 5xx, and every answer for a key carries the same
 * code, all but the one that committed marked `replayed: true`.
 */
export async function concurrentSubmissions(ctx: SoakContext): Promise<Verdict> {
  const { options, petitionsDb } = ctx;
  const url = graphqlUrl(ctx.hub.port('gateway'));
  const client = new SoakClient(Math.ceil(options.connections * 1.5));
  const submissions: Submission[] = Array.from({ length: options.submissions }, () =>
    newSubmission(ctx.submissionInputs),
  );
  const answers = new Map<string, Outcome[]>();
  const failedKeys: string[] = [];
  const tally = emptyTally();
  const latencies: number[] = [];
  let retriesInFlight = 0;
  let retriesAfter = 0;
  const before = await countPetitions(petitionsDb);
  log(`scenario 1: ${submissions.length} submissions over ${options.connections} sockets`);
  const started = Date.now();

  const send = async (submission: Submission) => {
    const result = await submitUntilAnswered(
      client,
      url,
      submission,
      tally,
      // Patient: under this load an attempt can time out at the gateway; the same key makes retrying safe.
      { tries: 20, pauseMs: 250 },
      (answer) => latencies.push(answer.ms),
    );
    if (result) answers.get(submission.key)?.push(result);
    else failedKeys.push(submission.key);
  };

  await pool(submissions, options.connections, async (submission) => {
    answers.set(submission.key, []);
    const retries = Math.random() < RETRYING_SHARE ? 1 + randomInt(2) : 0;
    const first = send(submission);
    const extra: Promise<void>[] = [];
    for (let i = 0; i < retries; i += 1) {
      if (Math.random() < 0.5) {
        // Impatient: sends again while the first is still on its way.
        retriesInFlight += 1;
        extra.push(sleep(randomInt(30)).then(() => send(submission)));
      } else {
        retriesAfter += 1;
        extra.push(first.then(() => send(submission)));
      }
    }
    await Promise.all([first, ...extra]);
  });
  const elapsed = Date.now() - started;
  client.close();

  const after = await countPetitions(petitionsDb);
  const stored = await storedCodes(
    petitionsDb,
    submissions.map((s) => s.key),
  );
  let inconsistentKeys = 0;
  let unacknowledgedKeys = 0;
  let replayedAnswers = 0;
  const codes = new Set<string>();
  for (const submission of submissions) {
    const got = answers.get(submission.key) ?? [];
    const fresh = got.filter((o) => !o.replayed).length;
    replayedAnswers += got.length - fresh;
    if (got.length === 0) unacknowledgedKeys += 1;
    else if (fresh > 1 || got.some((o) => o.trackingCode !== stored.get(submission.key)))
      inconsistentKeys += 1;
    if (got[0]) codes.add(got[0].trackingCode);
  }
  const storedDistinct = new Set(stored.values()).size;

  const { check, verdict } = checks();
  const n = submissions.length;
  check(after - before === n, `${after - before} new petitions, expected ${n}`);
  check(stored.size === n, `${stored.size} keys stored, expected ${n}`);
  check(
    codes.size === n && storedDistinct === n,
    `${codes.size} distinct codes answered, ${storedDistinct} stored`,
  );
  check(tally.serverErrors === 0, `${tally.serverErrors} answers were 5xx`);
  check(
    unacknowledgedKeys === 0,
    `${unacknowledgedKeys} keys never acknowledged in 20 tries (${failedKeys.length} client requests gave up)`,
  );
  check(inconsistentKeys === 0, `${inconsistentKeys} keys answered with differing codes or twice as new`);
  const retries = retriesInFlight + retriesAfter;
  return verdict(
    `1. ${n} concurrent submissions`,
    `${after - before} new petitions, ${codes.size} distinct tracking codes, ` +
      `${retries} client retries (${retriesInFlight} while in flight) → ${replayedAnswers} replayed answers, ` +
      `all same code: ${inconsistentKeys === 0 ? 'yes' : 'no'}; ${tally.attempts} requests over ${options.connections} sockets ` +
      `in ${(elapsed / 1000).toFixed(1)} s (${Math.round((tally.attempts / elapsed) * 1000)}/s, ` +
      `p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms); ` +
      `failed attempts (retried with the same key): 5xx ${tally.serverErrors}, no answer ${tally.noAnswer}, ` +
      `GraphQL errors ${tally.graphqlErrors}${tally.errorSample ? ` (first: ${tally.errorSample.slice(0, 160)})` : ''}`,
  );
}
