import type { ApolloServerPlugin } from '@apollo/server';
import { Gauge, type Registry } from 'prom-client';
import type { EndpointAnswer } from '../kit/http.ts';
import { metricsEndpoint, metricsLimits, serviceRegistry } from '../kit/metrics.ts';
import { requestMetricsPlugin } from '../kit/requestMetrics.ts';
import { type SubgraphFetches, subgraphFetchMetrics } from './fetchMetrics.ts';
import type { SubgraphHealth } from './subgraphHealth.ts';
import type { GatewayContext } from './subgraphSource.ts';

export interface GatewayMetrics {
  registry: Registry;
  plugin: ApolloServerPlugin<GatewayContext>;
  /** The fetch meter of one subgraph, for its SubgraphSource. */
  fetches(subgraph: string): SubgraphFetches;
  endpoint: () => Promise<EndpointAnswer>;
}

/**
 * The gateway's /metrics: its requests by operation and client, its fetches to subgraphs, and each
 * subgraph's health from the gateway's probes (gateway/subgraphHealth.ts, which keeps a probe a moment, so
 * scraping does not add probes of its own beyond that).
 */
export function gatewayMetrics(options: {
  processMetrics?: boolean;
  subgraphHealth: () => Promise<SubgraphHealth[]>;
}): GatewayMetrics {
  const registry = serviceRegistry('gateway', { processMetrics: options.processMetrics });
  const plugin = requestMetricsPlugin<GatewayContext>(registry, {
    prefix: 'pakn_gateway',
    limits: metricsLimits(),
    byClient: true,
  });
  new Gauge({
    name: 'pakn_subgraph_up',
    help: 'Whether the subgraph answered the gateway’s last probe of its /ready (1) or not (0)',
    labelNames: ['subgraph'],
    registers: [registry],
    async collect() {
      const health = await options.subgraphHealth();
      this.reset();
      for (const subgraph of health) this.set({ subgraph: subgraph.name }, subgraph.status === 'up' ? 1 : 0);
    },
  });
  return { registry, plugin, fetches: subgraphFetchMetrics(registry), endpoint: metricsEndpoint(registry) };
}
