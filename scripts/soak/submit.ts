import type { Database } from '../../kit/db.ts';
import type { WorkloadInputs } from '../bench/workloads.ts';
import type { Answer, SoakClient } from './client.ts';
import { workloadRequest } from './inputs.ts';

/** One distinct submission: the exact body every attempt re-sends, and its idempotency key. */
export interface Submission {
  key: string;
  body: string;
}

/** A fresh anonymous submission, as the bench's submission workload builds it (its own key, a random phone). */
export function newSubmission(inputs: WorkloadInputs): Submission {
  const { body } = workloadRequest(inputs, 'e').build();
  return { key: (JSON.parse(body) as { variables: { key: string } }).variables.key, body };
}

export interface Outcome {
  trackingCode: string;
  replayed: boolean;
}

/** The payload of a successful answer, or null (HTTP error, no answer, GraphQL errors). */
export function outcome(answer: Answer): Outcome | null {
  if (answer.status !== 200 || answer.body?.errors?.length) return null;
  const payload = answer.body?.data?.submitPetition as Outcome | undefined;
  return payload?.trackingCode ? payload : null;
}

/** Tallies of what the gateway answered, across every attempt. */
export interface Tally {
  attempts: number;
  serverErrors: number;
  noAnswer: number;
  graphqlErrors: number;
  errorSample: string | null;
}

export const emptyTally = (): Tally => ({
  attempts: 0,
  serverErrors: 0,
  noAnswer: 0,
  graphqlErrors: 0,
  errorSample: null,
});

export function record(tally: Tally, answer: Answer): void {
  tally.attempts += 1;
  if (answer.status >= 500) tally.serverErrors += 1;
  else if (answer.status === 0) tally.noAnswer += 1;
  else if (!outcome(answer)) tally.graphqlErrors += 1;
  else return;
  tally.errorSample ??=
    answer.failure ?? `HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
}

/**
 * Sends a submission as a careful client does: on an error or no answer, the same body (same key) again
 * after a pause, up to `tries` times. Resolves with the first success, or null.
 */
export async function submitUntilAnswered(
  client: SoakClient,
  url: string,
  submission: Submission,
  tally: Tally,
  options: { tries: number; pauseMs: number; timeoutMs?: number },
  onAnswer?: (answer: Answer) => void,
): Promise<Outcome | null> {
  for (let attempt = 1; attempt <= options.tries; attempt += 1) {
    const answer = await client.post(url, submission.body, {}, options.timeoutMs ?? 60_000);
    record(tally, answer);
    onAnswer?.(answer);
    const result = outcome(answer);
    if (result) return result;
    // Backing off, as a client should from a hub that is timing out, but never more than 3 s at a time.
    const pause = Math.min(options.pauseMs * attempt, 3000);
    if (attempt < options.tries) await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return null;
}

/** The tracking code the database holds for each key (via the idempotency record, so duplicates show). */
export async function storedCodes(db: Database, keys: string[]): Promise<Map<string, string>> {
  const result = await db.raw(
    `select s.idempotency_key as key, p.tracking_code as code
     from petition_submissions s join petitions p on p.id = s.petition_id
     where s.idempotency_key = any(?::text[])`,
    [keys],
  );
  return new Map((result.rows as { key: string; code: string }[]).map((row) => [row.key, row.code]));
}
