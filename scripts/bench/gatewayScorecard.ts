import { PROVINCE_SCORECARD, type ScorecardNode } from '../scorecardQuery.ts';
import { scorecardDifference } from './directSql.ts';
import type { Target } from './measure.ts';
import type { WorkloadInputs } from './workloads.ts';

export interface ScorecardCheck {
  gateway: Target['gateway'];
  /** p50 of the scorecard asked one at a time (no concurrency), comparable with the direct SQL's p50. */
  p50: number;
  provinces: number;
  /** null: every province's figures equal the direct SQL's. */
  difference: string | null;
}

/** Asks a gateway for the scorecard `runs` times in a row; checks the answer against the direct SQL's. */
export async function gatewayScorecard(
  target: Target,
  inputs: WorkloadInputs,
  direct: ScorecardNode[],
  runs = 30,
): Promise<ScorecardCheck> {
  const ask = async () => {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${inputs.centralOfficeTokens[0]}`,
      },
      body: JSON.stringify({ query: PROVINCE_SCORECARD, variables: inputs.scorecard }),
    });
    return (await response.json()) as { data?: { agencies: { nodes: ScorecardNode[] } }; errors?: unknown[] };
  };
  await ask();
  const times: number[] = [];
  let body = await ask();
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    body = await ask();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const nodes = body.data?.agencies.nodes ?? [];
  return {
    gateway: target.gateway,
    p50: times[Math.floor((times.length - 1) / 2)],
    provinces: nodes.length,
    difference: body.errors
      ? `errors: ${JSON.stringify(body.errors).slice(0, 400)}`
      : scorecardDifference(nodes, direct),
  };
}
