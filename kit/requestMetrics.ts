import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestListener,
} from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';
import { BoundedLabel, type MetricsLimits } from './metrics.ts';

/** Seconds: from a cached answer (a few ms) to the gateway's subgraph timeout and beyond. */
export const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** What graphql-js accepts as a name, for operation names. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** What clients send in apollographql-client-name: "pakn-web", "mobile.ios", "portal/2"… */
const CLIENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._/@:-]*$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]*$/;

const STARTED = Symbol('request started');
type Timed = { [STARTED]?: number };

export interface RequestMetricsOptions {
  /** `pakn_gateway` or `pakn_subgraph`: the two see different requests (a subgraph sees the gateway's fetches). */
  prefix: string;
  limits: MetricsLimits;
  /** Label by the client's apollographql-client-name (the gateway: subgraphs never see it). */
  byClient: boolean;
}

/**
 * Request duration by operation name and type (and client), outcome `ok` or `error` (the answer carries
 * errors), and the errors sent by code, as the client reads them. The duration runs from the start of
 * GraphQL processing (the body read, the caller identified) to the answer. Requests refused before that (an
 * unreadable body, a refused token) count in the errors only.
 *
 * Label values come from the request once, at its end; the per-request hooks are one shared object, the
 * start time a field on Apollo's request context.
 */
export function requestMetricsPlugin<C extends BaseContext>(
  registry: Registry,
  options: RequestMetricsOptions,
): ApolloServerPlugin<C> {
  const labelNames = options.byClient
    ? ['operation', 'operation_type', 'client', 'outcome']
    : ['operation', 'operation_type', 'outcome'];
  const duration = new Histogram({
    name: `${options.prefix}_request_duration_seconds`,
    help: 'GraphQL requests by operation name, operation type, outcome (ok: no error in the answer)',
    labelNames,
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: `${options.prefix}_graphql_errors_total`,
    help: 'GraphQL errors sent to callers, by extensions.code',
    labelNames: ['code'],
    registers: [registry],
  });
  const operations = new BoundedLabel(options.limits.operationNames, GRAPHQL_NAME, 'other');
  const clients = new BoundedLabel(options.limits.clientNames, CLIENT_NAME, 'other');
  const codes = new BoundedLabel(100, ERROR_CODE, 'OTHER');
  const countError = (code: unknown) => {
    errors.inc({ code: typeof code === 'string' ? codes.of(code) : 'INTERNAL_SERVER_ERROR' });
  };

  const listener: GraphQLRequestListener<C> = {
    async willSendResponse(requestContext) {
      const started = (requestContext as Timed)[STARTED];
      if (started === undefined) return;
      const body = requestContext.response.body;
      const sent: readonly GraphQLFormattedError[] | undefined =
        body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
      const operation = requestContext.operation;
      const name = requestContext.operationName;
      const labels: Record<string, string> = {
        operation: operation ? (name ? operations.of(name) : 'anonymous') : 'unknown',
        operation_type: operation ? operation.operation : 'unknown',
        outcome: sent?.length ? 'error' : 'ok',
      };
      if (options.byClient) {
        const client = requestContext.request.http?.headers.get('apollographql-client-name');
        labels.client = client ? clients.of(client) : 'unknown';
      }
      duration.observe(labels, (performance.now() - started) / 1000);
      if (sent) for (const error of sent) countError(error.extensions?.code);
    },
  };

  return {
    async requestDidStart(requestContext: GraphQLRequestContext<C>) {
      (requestContext as Timed)[STARTED] = performance.now();
      return listener;
    },
    async contextCreationDidFail({ error }) {
      countError((error as { extensions?: { code?: unknown } }).extensions?.code);
    },
    async invalidRequestWasReceived() {
      countError('BAD_REQUEST');
    },
  };
}
