import { type Answer, loop, percentile, SoakClient, sleep } from './client.ts';
import { graphqlUrl, type Hub, PORTS } from './hub.ts';
import type { SoakOptions } from './options.ts';
import { checks, type Verdict } from './verdict.ts';

const ATTACKERS = 10;
const TRACKERS = 4;
const BASELINE_MS = 5_000;
const ATTACK_MS = 30_000;
const HEALTH_EVERY_MS = 200;
const CLIENT_DEADLINE_MS = 30_000;
const TRACKING_P99_BOUND_MS = 1_000;
const HEALTH_P99_BOUND_MS = 100;

/** Three-letter trigrams that most Vietnamese titles and contents hold: each search matches most petitions. */
const COMMON_TERMS = ['ang', 'anh', 'ong', 'uon', 'ien', 'hin'];

const search = (alias: string, term: string) =>
  `${alias}: publishedPetitions(filter: { search: "${term}" }, first: 10) { totalCount nodes { id title } }`;

/** What an attacker sends, in turn: the worst the limits accept, and the two refused shapes. */
function attackBodies(attacker: number): { kind: string; body: string }[] {
  // One petition search of a common term (two are over the cost limit), every published petition counted,
  // and a catalog search beside them.
  const worst = `{ ${search('s0', COMMON_TERMS[attacker % COMMON_TERMS.length])}
    all: publishedPetitions(first: 10) { totalCount nodes { id } }
    catalog: procedures(filter: { search: "dang ky" }) { totalCount } }`;
  return [
    { kind: 'worst accepted', body: worst },
    {
      kind: 'ten short aliased searches',
      body: `{ ${Array.from({ length: 10 }, (_, i) => search(`s${i}`, `v${i}`)).join(' ')} }`,
    },
    { kind: 'one short search', body: `{ ${search('s0', 'v0')} }` },
  ].map(({ kind, body }) => ({ kind, body: JSON.stringify({ query: body }) }));
}

const outcome = (answer: Answer): string =>
  answer.status === 0
    ? `no answer (${answer.failure})`
    : String(
        answer.body?.errors?.[0]?.extensions?.code ?? (answer.status === 200 ? 'answered' : answer.status),
      );

const tally = (values: string[]) =>
  Object.entries(
    values.reduce<Record<string, number>>((counts, value) => {
      counts[value] = (counts[value] ?? 0) + 1;
      return counts;
    }, {}),
  )
    .map(([value, n]) => `${value} ${n}`)
    .join(', ');

async function trackingCodes(client: SoakClient, url: string): Promise<string[]> {
  const answer = await client.post(
    url,
    JSON.stringify({ query: '{ publishedPetitions(first: 100) { nodes { trackingCode } } }' }),
  );
  const nodes = (answer.body?.data?.publishedPetitions as { nodes: { trackingCode: string }[] } | undefined)
    ?.nodes;
  if (!nodes?.length) throw new Error(`no published petitions to track: ${JSON.stringify(answer.body)}`);
  return nodes.map((node) => node.trackingCode);
}

/**
 * Scenario 6: expensive reads. A gateway that trusts X-Forwarded-For (so that each attacker is its own
 * anonymous client) takes, from 10 concurrent anonymous clients, in turn: a published-petition search of a
 * common three-letter term with a count of every published petition and a catalog search (the worst the
 * cost limit lets through), ten aliased two-character searches (refused by the cost limit) and one
 * two-character search (refused: RATE_LIMITED while the client has a search in flight, else BAD_USER_INPUT),
 * while 4 clients track petitions by code and the soak probes the petitions subgraph's /health every 200 ms.
 * **Pass:** tracking p99 < 1 s with no error, /health p99 < 100 ms, every request answered.
 */
export async function expensiveReads(ctx: { hub: Hub; options: SoakOptions }): Promise<Verdict> {
  const { hub } = ctx;
  const client = new SoakClient(ATTACKERS + TRACKERS + 2);
  const port = PORTS.expensiveGateway;
  try {
    await hub.start('gateway', { GATEWAY_PORT: String(port), GATEWAY_TRUST_PROXY: '1' }, port);
    const url = graphqlUrl(port);
    const codes = await trackingCodes(client, url);
    type Phase = 'baseline' | 'attack';
    let phase = 'baseline' as Phase;
    const tracking: Record<Phase, Answer[]> = { baseline: [], attack: [] };
    const health: Record<Phase, Answer[]> = { baseline: [], attack: [] };
    const attacks: { kind: string; answer: Answer }[] = [];

    let sent = 0;
    const trackers = loop(TRACKERS, async (worker) => {
      const at = phase;
      const code = codes[(sent++ * 7 + worker) % codes.length];
      const body = JSON.stringify({
        query: `{ petitionByTrackingCode(trackingCode: "${code}") { trackingCode status dueDate } }`,
      });
      tracking[at].push(await client.post(url, body, { 'x-forwarded-for': `198.51.100.${worker + 1}` }));
    });
    const prober = loop(1, async () => {
      const at = phase;
      health[at].push(await client.get(`http://127.0.0.1:${PORTS.petitions}/health`, 5_000));
      await sleep(HEALTH_EVERY_MS);
    });
    await sleep(BASELINE_MS);
    phase = 'attack';
    const turns = Array.from({ length: ATTACKERS }, () => 0);
    const attackers = loop(ATTACKERS, async (attacker) => {
      const bodies = attackBodies(attacker);
      const { kind, body } = bodies[turns[attacker]++ % bodies.length];
      const headers = { 'x-forwarded-for': `203.0.113.${attacker + 1}` };
      attacks.push({ kind, answer: await client.post(url, body, headers, CLIENT_DEADLINE_MS) });
    });
    await sleep(ATTACK_MS);
    await attackers.stop();
    await Promise.all([trackers.stop(), prober.stop()]);
    await hub.signal(`gateway@${port}`, 'SIGTERM');

    return judge(tracking, health, attacks);
  } finally {
    client.close();
  }
}

function judge(
  tracking: Record<'baseline' | 'attack', Answer[]>,
  health: Record<'baseline' | 'attack', Answer[]>,
  attacks: { kind: string; answer: Answer }[],
): Verdict {
  const ms = (answers: Answer[]) => answers.map((a) => a.ms);
  const trackingP99 = percentile(ms(tracking.attack), 99);
  const healthP99 = percentile(ms(health.attack), 99);
  const trackingFailed = tracking.attack.filter((a) => a.status !== 200 || a.body?.errors?.length);
  const unanswered = [...attacks.map((a) => a.answer), ...tracking.attack, ...health.attack].filter(
    (a) => a.status === 0,
  );
  const byKind = [...new Set(attacks.map((a) => a.kind))].map(
    (kind) =>
      `${kind}: ${tally(attacks.filter((a) => a.kind === kind).map((a) => outcome(a.answer)))}` +
      ` (p50 ${percentile(ms(attacks.filter((a) => a.kind === kind).map((a) => a.answer)), 50)} ms)`,
  );
  const { check, verdict } = checks();
  check(
    trackingP99 < TRACKING_P99_BOUND_MS,
    `tracking p99 ${trackingP99} ms under attack (bound ${TRACKING_P99_BOUND_MS} ms)`,
  );
  check(trackingFailed.length === 0, `${trackingFailed.length} tracking lookups failed under attack`);
  check(
    healthP99 < HEALTH_P99_BOUND_MS,
    `petitions /health p99 ${healthP99} ms (bound ${HEALTH_P99_BOUND_MS} ms)`,
  );
  check(unanswered.length === 0, `${unanswered.length} requests got no answer within the client's deadline`);
  return verdict(
    '6. expensive reads',
    `${ATTACKERS} anonymous attackers for ${ATTACK_MS / 1000} s: ${byKind.join('; ')}; ` +
      `tracking (${TRACKERS} clients) ${tracking.attack.length} lookups, ${trackingFailed.length} failed, ` +
      `p50/p99/max ${percentile(ms(tracking.attack), 50)}/${trackingP99}/${Math.max(...ms(tracking.attack))} ms ` +
      `(before the attack ${percentile(ms(tracking.baseline), 50)}/${percentile(ms(tracking.baseline), 99)} ms); ` +
      `petitions /health ${health.attack.length} probes, p50/p99/max ${percentile(ms(health.attack), 50)}/` +
      `${healthP99}/${Math.max(...ms(health.attack))} ms`,
  );
}
