import { devKeys, signToken } from '../../gateway/identity.ts';
import { PROVINCE_SCORECARD } from '../scorecardQuery.ts';

/**
 * Asks a running hub the province scorecard as the central office and checks that 34 provinces come back with
 * figures from all four subgraphs, and that the petitions subgraph refuses a direct unsigned call. The token is
 * signed with the development keys the gateway made in PAKN_DATA_DIR. Prints what it saw; true when all holds.
 */
export async function scorecardAnswers(gatewayUrl: string, petitionsUrl: string): Promise<boolean> {
  const token = await signToken((await devKeys()).privateJwk, {
    subject: 'smoke.vpcp',
    role: 'CENTRAL_OFFICE',
    agencyId: 'bo-vpcp',
  });
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: PROVINCE_SCORECARD,
      variables: { on: '2026-01-01', from: '2026-01-01', to: '2026-06-30' },
    }),
  });
  const body = (await response.json()) as {
    data?: {
      agencies: { totalCount: number; nodes: Record<string, Record<string, number> | number | string>[] };
    };
    errors?: unknown[];
  };
  const nodes = body.data?.agencies.nodes ?? [];
  const received = nodes.reduce(
    (sum, node) => sum + ((node.petitionStats as Record<string, number>)?.received ?? 0),
    0,
  );
  // On time means published by the due date (Decree 20/2008 Art. 19): the figures must add up that way.
  const petitionFigures = nodes.map((node) => node.petitionStats as Record<string, number | null>);
  const published = petitionFigures.reduce((sum, s) => sum + Number(s?.published ?? 0), 0);
  const publishedLate = petitionFigures.reduce((sum, s) => sum + Number(s?.publishedLate ?? 0), 0);
  const figuresConsistent = petitionFigures.every(
    (s) =>
      s != null &&
      Number(s.publishedOnTime) + Number(s.publishedLate) === Number(s.published) &&
      Number(s.overdue) >= Number(s.publishedLate) &&
      (s.onTimeRate === null || (Number(s.onTimeRate) >= 0 && Number(s.onTimeRate) <= 1)),
  );
  const due = nodes.reduce(
    (sum, node) => sum + ((node.reportingCompliance as Record<string, number>)?.due ?? 0),
    0,
  );
  // A subgraph asked directly, without the gateway's signature, must refuse.
  const direct = await fetch(petitionsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  console.log(`smoke: a direct unsigned call to the petitions subgraph got HTTP ${direct.status}`);
  const ok =
    direct.status === 401 &&
    response.status === 200 &&
    !body.errors &&
    body.data?.agencies.totalCount === 34 &&
    nodes.length === 34 &&
    nodes.every((node) => typeof node.procedureCount === 'number' && (node.procedureCount as number) > 0) &&
    received > 0 &&
    published > 0 &&
    publishedLate > 0 &&
    figuresConsistent &&
    due > 0;
  console.log(
    `smoke: ${nodes.length} provinces, ${received} petitions received, ${published} published (${publishedLate} late), ${due} reports due, errors: ${JSON.stringify(body.errors ?? [])}`,
  );
  return ok;
}
