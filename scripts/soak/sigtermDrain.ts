import { ANONYMOUS } from '../../kit/identity.ts';
import { INTERNAL_TOKEN_HEADER, signCaller } from '../../kit/internalToken.ts';
import type { Answer } from './client.ts';
import type { SoakContext } from './context.ts';
import { DRAIN_LIMIT_MS, type DrainResult, drainUnderLoad } from './drainUnderLoad.ts';
import { PORTS } from './hub.ts';
import { workloadRequest } from './inputs.ts';
import { newSubmission, outcome } from './submit.ts';
import { checks, seconds, type Verdict } from './verdict.ts';

/** How long a drain may take before we call it stuck: well under an orchestrator's usual 30 s grace. */
const EXIT_BOUND_MS = 10_000;

/**
 * Scenario 4: SIGTERM the petitions subgraph under submissions sent to it directly (signed as the gateway
 * signs), then the gateway under a mix of tracking and submissions; each is restarted afterwards. The
 * requests in flight complete (and their petitions are stored), /ready does not say ready while draining,
 * the process exits 0 within the bound.
 */
export async function sigtermDrain(ctx: SoakContext): Promise<Verdict> {
  const { hub, petitionsDb } = ctx;
  const { check, verdict } = checks();
  const signed = { [INTERNAL_TOKEN_HEADER]: await signCaller({ identity: ANONYMOUS, client: 'soak' }) };
  const submitted = (answer: Answer) => outcome(answer) !== null;

  const subgraph = await drainUnderLoad({
    hub,
    name: 'petitions',
    port: PORTS.petitions,
    concurrency: 40,
    build: () => ({ headers: signed, body: newSubmission(ctx.submissionInputs).body }),
    ok: submitted,
  });
  await hub.start('petitions');
  const track = workloadRequest(ctx.inputs, 'c');
  let turn = 0;
  const gateway = await drainUnderLoad({
    hub,
    name: 'gateway',
    port: PORTS.gateway,
    concurrency: 40,
    build: () => {
      turn += 1;
      return turn % 2 ? track.build() : { headers: {}, body: newSubmission(ctx.submissionInputs).body };
    },
    ok: (answer) => answer.status === 200 && !answer.body?.errors,
  });
  await hub.start('gateway');

  // The subgraph's acknowledged submissions must all be stored.
  const acknowledged = subgraph.succeeded.map(
    (a) => a.body?.data?.submitPetition as { trackingCode: string },
  );
  const codes = new Set(acknowledged.map((a) => a.trackingCode));
  const stored = await petitionsDb.raw(
    'select count(*)::int as n from petitions where tracking_code = any(?)',
    [[...codes]],
  );
  const storedCount = (stored.rows as { n: number }[])[0].n;
  check(storedCount === codes.size, `${codes.size - storedCount} acknowledged submissions not stored`);

  const judge = (label: string, result: DrainResult) => {
    check(
      result.inFlight > 0 && result.inFlightOk === result.inFlight,
      `${label}: ${result.inFlight - result.inFlightOk} in-flight requests failed ${JSON.stringify(result.inFlightFailures)}`,
    );
    check(
      !('200' in result.readyOnNewConnections) && result.readyOnOpenConnection !== '200',
      `${label}: /ready said ready while draining`,
    );
    const { exit } = result;
    if (
      check(exit !== null, `${label} had not exited ${seconds(DRAIN_LIMIT_MS)} after SIGTERM (SIGKILLed)`)
    ) {
      check(exit?.code === 0, `${label} exited with ${exit?.signal ?? exit?.code}, not 0`);
      check((exit?.ms ?? 0) <= EXIT_BOUND_MS, `${label} took ${seconds(exit?.ms ?? 0)} to exit`);
    }
    const ended = exit
      ? `exit ${exit.signal ?? exit.code} after ${seconds(exit.ms)}`
      : `still running after ${seconds(DRAIN_LIMIT_MS)}`;
    return (
      `${label}: ${result.inFlightOk}/${result.inFlight} in flight completed, ${ended}, ` +
      `/ready while draining: open connection → ${result.readyOnOpenConnection}, new connections → ${JSON.stringify(result.readyOnNewConnections)}; ` +
      `sent after SIGTERM: ${result.lateAnswered} answered, ${result.lateRefused} refused`
    );
  };
  const figures = `${judge('petitions subgraph', subgraph)} (${storedCount}/${codes.size} acknowledged stored) | ${judge('gateway', gateway)}`;
  return verdict('4. SIGTERM drain', figures);
}
