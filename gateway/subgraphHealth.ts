/** One subgraph as the gateway last saw it, from a probe of its /ready. */
export interface SubgraphHealth {
  name: string;
  /** The routing URL the gateway sends this subgraph's fetches to. */
  url: string;
  status: 'up' | 'down';
  /** How long the probe took (until its answer, its failure or its timeout). */
  latencyMs: number;
  /** When this probe ran (ISO 8601). */
  checkedAt: string;
  /** The most recent failed probe, kept after the subgraph is up again, so that a flapping one shows. */
  lastError: { message: string; at: string } | null;
}

export interface SubgraphHealthOptions {
  /** Each probe gives up after this long: a hung subgraph is down for the report. */
  timeoutMs?: number;
  /** Answers within this long of a probe reuse it, so that polling the report cannot flood the subgraphs. */
  cacheMs?: number;
}

/** A subgraph's readiness endpoint beside its GraphQL endpoint (kit/http.ts). */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql$/, '')}/ready`;
  url.search = '';
  return url.toString();
}

async function probe(url: string, timeoutMs: number): Promise<{ ms: number; error: string | null }> {
  const started = performance.now();
  const error = await fetch(readyUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) })
    .then(async (res) => {
      await res.body?.cancel();
      return res.ok ? null : `HTTP ${res.status} from /ready`;
    })
    .catch((failure: Error & { cause?: { code?: string } }) =>
      failure.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : (failure.cause?.code ?? failure.message),
    );
  return { ms: Math.round(performance.now() - started), error };
}

/**
 * Per-subgraph health for `GET /health/subgraphs` and metrics: every routing URL the gateway uses, probed in
 * parallel with a short timeout, at most once per cacheMs however often it is asked. It is a report, never
 * the gateway's readiness: one subgraph down must not take every gateway replica out of service while the
 * others' parts of the answers still come.
 */
export function subgraphHealthMonitor(
  targets: () => ReadonlyMap<string, string>,
  options: SubgraphHealthOptions = {},
): () => Promise<SubgraphHealth[]> {
  const timeoutMs = options.timeoutMs ?? 1_000;
  const cacheMs = options.cacheMs ?? 1_500;
  const lastErrors = new Map<string, SubgraphHealth['lastError']>();
  let cached: { at: number; answer: Promise<SubgraphHealth[]> } | null = null;

  const probeAll = () =>
    Promise.all(
      [...targets()].map(async ([name, url]): Promise<SubgraphHealth> => {
        const checkedAt = new Date().toISOString();
        const { ms, error } = await probe(url, timeoutMs);
        if (error) lastErrors.set(name, { message: error, at: checkedAt });
        return {
          name,
          url,
          status: error ? 'down' : 'up',
          latencyMs: ms,
          checkedAt,
          lastError: lastErrors.get(name) ?? null,
        };
      }),
    ).then((list) => list.sort((a, b) => a.name.localeCompare(b.name)));

  return () => {
    // Callers arriving while a probe runs share it; so do those within cacheMs of its start.
    if (!cached || performance.now() - cached.at >= cacheMs) {
      cached = { at: performance.now(), answer: probeAll() };
    }
    return cached.answer;
  };
}

/**
 * The body and status of `GET /health/subgraphs`: 200 when every subgraph is up, else 503, so that an HTTP
 * check alerts on it (Kubernetes and most checkers count any 2xx, 207 included, as healthy).
 */
export async function subgraphHealthReport(
  health: () => Promise<SubgraphHealth[]>,
): Promise<{ status: number; body: { status: 'up' | 'degraded'; subgraphs: SubgraphHealth[] } }> {
  const subgraphs = await health();
  const allUp = subgraphs.every((subgraph) => subgraph.status === 'up');
  return { status: allUp ? 200 : 503, body: { status: allUp ? 'up' : 'degraded', subgraphs } };
}
