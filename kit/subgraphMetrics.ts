import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Registry } from 'prom-client';
import type { Database } from './db.ts';
import { observeDatabase } from './dbMetrics.ts';
import type { EndpointAnswer } from './http.ts';
import { metricsEndpoint, metricsLimits, serviceRegistry } from './metrics.ts';
import { requestMetricsPlugin } from './requestMetrics.ts';

export interface SubgraphMetrics<C extends BaseContext> {
  registry: Registry;
  plugin: ApolloServerPlugin<C>;
  endpoint: () => Promise<EndpointAnswer>;
  /** Stops observing the database (the service closes; the database may outlive it). */
  detach(): void;
}

/**
 * A subgraph's /metrics: its requests, its database, and the gauges its definition adds over its own data
 * (SubgraphDefinition.metrics).
 */
export function subgraphMetrics<C extends BaseContext>(
  name: string,
  db: Database,
  options: { processMetrics?: boolean; gauges?: (registry: Registry, db: Database) => void },
): SubgraphMetrics<C> {
  const registry = serviceRegistry(name, { processMetrics: options.processMetrics });
  const plugin = requestMetricsPlugin<C>(registry, {
    prefix: 'pakn_subgraph',
    limits: metricsLimits(),
    byClient: false,
  });
  const detach = observeDatabase(registry, db);
  options.gauges?.(registry, db);
  return { registry, plugin, endpoint: metricsEndpoint(registry), detach };
}
