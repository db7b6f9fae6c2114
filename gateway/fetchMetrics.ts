import { Counter, Histogram, type Registry } from 'prom-client';
import { REQUEST_BUCKETS } from '../kit/requestMetrics.ts';

/** Why a fetch failed: no answer in time, no connection, an HTTP status other than 2xx, a body not JSON. */
export type FetchFailure = 'timeout' | 'unavailable' | 'invalid_response' | number;

/** One subgraph's fetch meter, called by gateway/subgraphSource.ts with the instant the fetch started. */
export interface SubgraphFetches {
  ok(started: number): void;
  failed(started: number, reason: FetchFailure): void;
  /** A read whose connection broke: sent again, or not because the retry budget was spent. */
  retried(decision: 'sent' | 'budget_spent'): void;
}

/** The gateway's fetches to subgraphs: duration by subgraph and outcome, failures by subgraph and reason. */
export function subgraphFetchMetrics(registry: Registry): (subgraph: string) => SubgraphFetches {
  const duration = new Histogram({
    name: 'pakn_gateway_subgraph_fetch_duration_seconds',
    help: 'Gateway fetches to a subgraph, from sending to the whole answer read, by subgraph and outcome (ok, error)',
    labelNames: ['subgraph', 'outcome'],
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'pakn_gateway_subgraph_fetch_errors_total',
    help: 'Gateway fetches to a subgraph that failed, by reason (timeout, unavailable, http_<status>, invalid_response)',
    labelNames: ['subgraph', 'reason'],
    registers: [registry],
  });
  const retries = new Counter({
    name: 'pakn_gateway_subgraph_fetch_retries_total',
    help: 'Reads to a subgraph whose connection broke before any answer, by decision (sent again, budget_spent)',
    labelNames: ['subgraph', 'decision'],
    registers: [registry],
  });
  return (subgraph) => {
    // The subgraph is fixed per source: its label objects are made once, not per fetch.
    const ok = { subgraph, outcome: 'ok' };
    const error = { subgraph, outcome: 'error' };
    const seconds = (started: number) => (performance.now() - started) / 1000;
    return {
      ok: (started) => duration.observe(ok, seconds(started)),
      failed(started, reason) {
        duration.observe(error, seconds(started));
        errors.inc({ subgraph, reason: typeof reason === 'number' ? `http_${reason}` : reason });
      },
      retried: (decision) => retries.inc({ subgraph, decision }),
    };
  };
}
