import { type Answer, loop, SoakClient, sleep } from './client.ts';
import type { Exit, Hub } from './hub.ts';
import { graphqlUrl, readyUrl } from './hub.ts';

/** How long we wait for the process to exit before calling the drain stuck and SIGKILLing it. */
export const DRAIN_LIMIT_MS = 30_000;

export interface DrainResult {
  /** Null when the process was still running DRAIN_LIMIT_MS after the SIGTERM (then SIGKILLed). */
  exit: Exit | null;
  /** Requests sent before the SIGTERM and unanswered when it came, and how many then completed successfully. */
  inFlight: number;
  inFlightOk: number;
  /** How the failed in-flight requests failed (status or network error), counted. */
  inFlightFailures: Record<string, number>;
  /** Requests sent after the SIGTERM that were answered anyway (on connections still open). */
  lateAnswered: number;
  lateRefused: number;
  /** /ready asked on the connection of a request in flight at the SIGTERM (503, or the network error). */
  readyOnOpenConnection: string;
  /** /ready on new connections while draining: each distinct outcome, counted. */
  readyOnNewConnections: Record<string, number>;
  /** Answers that were successful, for the caller's own checks (e.g. that submissions were stored). */
  succeeded: Answer[];
}

const outcomeOf = (answer: Answer) => (answer.status ? String(answer.status) : (answer.failure ?? 'none'));
const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Loads one process at `url` with `concurrency` clients, sends it SIGTERM, and watches the drain: the
 * requests already sent must complete; /ready, asked on a connection that is still open and on new ones,
 * must not say ready; the process must exit.
 */
export async function drainUnderLoad(options: {
  hub: Hub;
  name: string;
  port: number;
  concurrency: number;
  build: () => { headers: Record<string, string>; body: string };
  ok: (answer: Answer) => boolean;
}): Promise<DrainResult> {
  const url = graphqlUrl(options.port);
  const client = new SoakClient(options.concurrency);
  const answers: Answer[] = [];
  const load = loop(options.concurrency, async () => {
    const { headers, body } = options.build();
    const answer = await client.post(url, body, headers, 30_000);
    answers.push(answer);
    // A refused connection answers at once: do not spin.
    if (answer.status === 0) await sleep(20);
  });
  await sleep(3000);

  // A client with one keep-alive socket: its request is in flight at the SIGTERM, and /ready queues behind
  // it on the same socket (if the server keeps it open) or on a new one.
  const probe = new SoakClient(1);
  const probed = options.build();
  const probeRequest = probe.post(url, probed.body, probed.headers, 30_000);
  await sleep(5);
  const sigtermAt = Date.now();
  const exited = options.hub.signal(options.name, 'SIGTERM');
  const readyOpen = probe.get(readyUrl(options.port));
  const readyOnNewConnections: Record<string, number> = {};
  let done = false;
  const polling = (async () => {
    // A request already queued when the signal arrives is served before the process runs its handler.
    await sleep(50);
    while (!done) {
      const fresh = new SoakClient(1);
      bump(readyOnNewConnections, outcomeOf(await fresh.get(readyUrl(options.port), 2000)));
      fresh.close();
      await sleep(200);
    }
  })();
  const exit = await Promise.race([exited, sleep(DRAIN_LIMIT_MS).then(() => null)]);
  if (!exit) await options.hub.signal(options.name, 'SIGKILL');
  done = true;
  await polling;
  await load.stop();
  const probeAnswer = await probeRequest;
  const readyOpenAnswer = await readyOpen;
  probe.close();
  client.close();

  const all = [...answers, probeAnswer];
  // Sent before the SIGTERM and not yet answered when it came.
  const inFlight = all.filter((a) => a.startedAt < sigtermAt && a.startedAt + a.ms >= sigtermAt);
  const late = all.filter((a) => a.startedAt >= sigtermAt);
  const inFlightFailures: Record<string, number> = {};
  for (const answer of inFlight) if (!options.ok(answer)) bump(inFlightFailures, outcomeOf(answer));
  return {
    exit,
    inFlight: inFlight.length,
    inFlightOk: inFlight.filter(options.ok).length,
    inFlightFailures,
    lateAnswered: late.filter((a) => a.status !== 0).length,
    lateRefused: late.filter((a) => a.status === 0).length,
    readyOnOpenConnection: outcomeOf(readyOpenAnswer),
    readyOnNewConnections,
    succeeded: all.filter(options.ok),
  };
}
