import { collectDefaultMetrics, Registry } from 'prom-client';
import { envInt } from './config.ts';
import type { EndpointAnswer } from './http.ts';
import { log } from './log.ts';

/**
 * One Prometheus registry per service, never prom-client's global one: the test hub runs several services in
 * one process, and each must expose only its own series. Every series carries `service`.
 * `processMetrics` adds Node's own (CPU, memory, event loop): a service process only, since they describe
 * the process, not the service, and their monitors cannot be stopped again.
 */
export function serviceRegistry(service: string, options: { processMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

/** GET /metrics (kit/http.ts endpoints, never guarded): the text exposition format. */
export function metricsEndpoint(registry: Registry): () => Promise<EndpointAnswer> {
  return async () => ({ status: 200, body: await registry.metrics(), contentType: registry.contentType });
}

/** How many distinct values the request metrics take for labels a client chooses. */
export interface MetricsLimits {
  operationNames: number;
  clientNames: number;
}

export function metricsLimits(): MetricsLimits {
  return {
    operationNames: envInt('PAKN_METRICS_OPERATION_NAMES', 200),
    clientNames: envInt('PAKN_METRICS_CLIENT_NAMES', 20),
  };
}

const LABEL_MAX_LENGTH = 64;

/**
 * Label values a client controls (its name, its operations' names), bounded so that no client can create
 * series without end: the first `max` valid values are kept as they come, anything else is `overflow`.
 */
export class BoundedLabel {
  private readonly seen = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly valid: RegExp,
    private readonly overflow: string,
  ) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max || value.length > LABEL_MAX_LENGTH || !this.valid.test(value))
      return this.overflow;
    this.seen.add(value);
    return value;
  }
}

/**
 * A figure counted in the database for a scrape, kept `ttlMs` so that scraping often (or several
 * Prometheus servers at once) cannot load the database; scrapes meanwhile share one count. A failed count
 * keeps the last good one (undefined before any), so a scrape never fails with it.
 */
export function keptFigure<T>(
  service: string,
  what: string,
  ttlMs: number,
  count: () => Promise<T>,
): () => Promise<T | undefined> {
  let last: T | undefined;
  let pending: Promise<T | undefined> | undefined;
  let counting = false;
  let until = 0;
  return () => {
    // A count still running is shared, however long it takes: scrapes never stack counts up.
    if (pending && (counting || until > Date.now())) return pending;
    counting = true;
    pending = count().then(
      (value) => {
        last = value;
        until = Date.now() + ttlMs;
        return value;
      },
      (error: Error) => {
        log.warn({ service, err: error }, `metrics: counting ${what} failed, the last count stays`);
        until = 0;
        return last;
      },
    );
    pending.finally(() => {
      counting = false;
    });
    return pending;
  };
}

/** How long the hub's counted gauges (petitions, reports) are kept between counts. */
export function figuresTtlMs(): number {
  return envInt('PAKN_METRICS_REFRESH_MS', 15_000);
}
