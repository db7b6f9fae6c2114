import { loop, SoakClient, sleep } from './client.ts';
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
import { seconds } from './verdict.ts';

/**
 * SIGKILL petitions while citizens submit, and restart it. Clients whose submission failed send the same
 * body (same key) again until it is answered. Every acknowledged petition must be stored with the code the
 * client was given; the petitions added must be exactly one per key.
 */
export async function submissionsThroughCrash(
  ctx: SoakContext,
): Promise<{ figures: string; failures: string[] }> {
  const { hub, petitionsDb } = ctx;
  const url = graphqlUrl(hub.port('gateway'));
  const concurrency = Math.min(ctx.options.connections, 100);
  const client = new SoakClient(concurrency);
  const sent: Submission[] = [];
  const acknowledged = new Map<string, Outcome>();
  const retriedKeys = new Set<string>();
  const tally = emptyTally();
  const before = await countPetitions(petitionsDb);

  const load = loop(concurrency, async () => {
    const submission = newSubmission(ctx.submissionInputs);
    sent.push(submission);
    let failed = false;
    // Up to ~40 s of retries: longer than the restart takes.
    const result = await submitUntilAnswered(
      client,
      url,
      submission,
      tally,
      { tries: 40, pauseMs: 25, timeoutMs: 30_000 },
      (answer) => {
        if (answer.status !== 200 || answer.body?.errors) failed = true;
      },
    );
    if (failed) retriedKeys.add(submission.key);
    if (result) acknowledged.set(submission.key, result);
  });
  await sleep(3000);
  const killedAt = Date.now();
  const exit = await hub.signal('petitions', 'SIGKILL');
  await sleep(2000);
  const restartedAt = Date.now();
  await hub.start('petitions');
  const readyAt = Date.now();
  await sleep(3000);
  await load.stop();
  client.close();

  const after = await countPetitions(petitionsDb);
  const stored = await storedCodes(
    petitionsDb,
    sent.map((s) => s.key),
  );
  const lost = [...acknowledged].filter(([key, outcome]) => stored.get(key) !== outcome.trackingCode);
  const unanswered = sent.length - acknowledged.size;
  const replayedAfterFailure = [...retriedKeys].filter((key) => acknowledged.get(key)?.replayed).length;

  const failures: string[] = [];
  if (exit.signal !== 'SIGKILL')
    failures.push(`petitions ended with ${exit.signal ?? exit.code}, not SIGKILL`);
  if (lost.length) failures.push(`${lost.length} acknowledged petitions missing or with another code`);
  if (after - before !== stored.size)
    failures.push(`${after - before} petitions added for ${stored.size} keys`);
  if (stored.size !== acknowledged.size)
    failures.push(`${stored.size} keys stored, ${acknowledged.size} acknowledged`);
  if (unanswered) failures.push(`${unanswered} submissions never answered (${tally.errorSample})`);
  if (retriedKeys.size === 0) failures.push('no submission failed: the kill did not land mid-load');
  const figures =
    `petitions SIGKILLed under ${concurrency} submitting clients: ${sent.length} submissions, ${acknowledged.size} acknowledged, ` +
    `${lost.length} lost; ${after - before} petitions added for ${stored.size} keys (duplicates ${after - before - stored.size}); ` +
    `${retriedKeys.size} clients retried after a failure, ${replayedAfterFailure} of them answered replayed ` +
    `(committed before the kill, answer lost); down ${seconds(readyAt - killedAt)} (restart to ready ${seconds(readyAt - restartedAt)}); ` +
    `failed attempts: 5xx ${tally.serverErrors}, no answer ${tally.noAnswer}, GraphQL errors ${tally.graphqlErrors}`;
  return { figures, failures };
}
