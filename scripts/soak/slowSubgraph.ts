import { type Answer, loop, percentile, SoakClient, sleep } from './client.ts';
import type { SoakContext } from './context.ts';
import { startDelayProxy } from './delayProxy.ts';
import { graphqlUrl, PORTS } from './hub.ts';
import { workloadRequest } from './inputs.ts';
import { namesService } from './outage.ts';
import { checks, type Verdict } from './verdict.ts';

const TIMEOUT_MS = 2000;
/** Above the timeout: the gateway's own work on a loaded two-core machine, and the client's. */
const MARGIN_MS = 1000;
/** Longer than any request may take: to the gateway, a hung subgraph. */
const HANG_MS = 60_000;
const CLIENT_DEADLINE_MS = 15_000;

const failed = (answer: Answer) => answer.status !== 200 || Boolean(answer.body?.errors?.length);

/**
 * Scenario 3: a second gateway reaches procedures through a proxy that holds each request (first not at all,
 * then 60 s) with SUBGRAPH_TIMEOUT_MS=2000. While procedures hangs, procedure searches answer with an
 * error within timeout + margin; tracking a petition (petitions and agencies only) is as fast and clean as
 * before; nothing hangs; once the proxy is fast again, searches succeed again.
 */
export async function slowSubgraph(ctx: SoakContext): Promise<Verdict> {
  const { hub } = ctx;
  const proxy = await startDelayProxy(PORTS.proxy, PORTS.procedures, 0);
  const client = new SoakClient(32);
  try {
    await hub.start(
      'gateway',
      {
        GATEWAY_PORT: String(PORTS.slowGateway),
        PROCEDURES_URL: graphqlUrl(PORTS.proxy),
        SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
      },
      PORTS.slowGateway,
    );
    const url = graphqlUrl(PORTS.slowGateway);
    const search = workloadRequest(ctx.inputs, 'd');
    const track = workloadRequest(ctx.inputs, 'c');
    type Phase = 'fast' | 'slow' | 'recovered';
    let phase = 'fast' as Phase;
    const answers: Record<Phase, { touching: Answer[]; other: Answer[] }> = {
      fast: { touching: [], other: [] },
      slow: { touching: [], other: [] },
      recovered: { touching: [], other: [] },
    };
    const load = loop(16, async (worker) => {
      const touching = worker % 2 === 0;
      const at = phase;
      const { headers, body } = (touching ? search : track).build();
      const answer = await client.post(url, body, headers, CLIENT_DEADLINE_MS);
      if (at === phase) answers[at][touching ? 'touching' : 'other'].push(answer);
    });
    await sleep(5000);
    proxy.delayMs = HANG_MS;
    phase = 'slow';
    await sleep(12_000);
    proxy.delayMs = 0;
    phase = 'recovered';
    await sleep(4000);
    await load.stop();
    await hub.signal(`gateway@${PORTS.slowGateway}`, 'SIGTERM');

    const { fast, slow, recovered } = answers;
    const slowest = Math.max(...slow.touching.map((a) => a.ms));
    const hung = [...Object.values(answers)]
      .flatMap((a) => [...a.touching, ...a.other])
      .filter((a) => a.status === 0);
    const p95 = (list: Answer[]) =>
      percentile(
        list.map((a) => a.ms),
        95,
      );
    const p50 = (list: Answer[]) =>
      percentile(
        list.map((a) => a.ms),
        50,
      );
    const naming = slow.touching.filter((a) => a.body?.errors?.some((e) => namesService(e, 'procedures')));
    const sample = slow.touching.find((a) => a.body?.errors)?.body?.errors?.[0];
    const { check, verdict } = checks();
    check(
      slow.touching.length > 0 && slow.touching.every(failed),
      'a search through the hung subgraph did not fail',
    );
    check(slowest <= TIMEOUT_MS + MARGIN_MS, `a search through the hung subgraph took ${slowest} ms`);
    check(hung.length === 0, `${hung.length} requests got no answer within ${CLIENT_DEADLINE_MS} ms`);
    check(
      !slow.other.some(failed),
      `${slow.other.filter(failed).length} tracking requests failed while procedures hung`,
    );
    check(
      p95(slow.other) <= 2 * p95(fast.other) + 100,
      `tracking p95 ${p95(slow.other)} ms while procedures hung, ${p95(fast.other)} ms before`,
    );
    check(
      !fast.touching.some(failed) && recovered.touching.length > 0 && !recovered.touching.some(failed),
      'searches failed when the proxy was not delaying',
    );
    return verdict(
      '3. slow subgraph',
      `SUBGRAPH_TIMEOUT_MS ${TIMEOUT_MS}, procedures held ${HANG_MS / 1000} s by the proxy: ` +
        `${slow.touching.filter(failed).length}/${slow.touching.length} searches answered with an error, ` +
        `p50 ${p50(slow.touching)} ms, slowest ${slowest} ms (bound ${TIMEOUT_MS + MARGIN_MS} ms), ` +
        `${naming.length} naming procedures (${JSON.stringify(sample ? { message: sample.message.slice(0, 100), ...sample.extensions } : null)}); ` +
        `tracking (not touching procedures): ${slow.other.filter(failed).length}/${slow.other.length} errors, ` +
        `p50/p95 ${p50(slow.other)}/${p95(slow.other)} ms vs ${p50(fast.other)}/${p95(fast.other)} ms before; ` +
        `unanswered ${hung.length}; proxy saw ${proxy.stats.abandoned}/${proxy.stats.received} requests abandoned by the gateway; ` +
        `after the delay ended ${recovered.touching.filter((a) => !failed(a)).length}/${recovered.touching.length} searches succeeded`,
    );
  } finally {
    client.close();
    await proxy.close();
  }
}
