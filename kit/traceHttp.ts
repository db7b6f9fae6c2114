import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
  ATTR_URL_SCHEME,
} from '@opentelemetry/semantic-conventions';
import { hubTracer } from './tracing.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * One server span per GraphQL request, around the whole handler: its parent is the caller's `traceparent`
 * (a client's, or the gateway's fetch span on a subgraph) and never this process's own context, so that a
 * subgraph's span hangs under the gateway only through the header. The operation's name and type are added
 * by kit/traceOperation.ts once Apollo has parsed it. Health and metrics endpoints are not traced; with
 * tracing off a request goes straight to the handler.
 *
 * Only the path is recorded, never the query string (a GET request's variables) nor the client's address.
 */
export function traceRequests(handle: Handler): Handler {
  return (req, res) => {
    const tracer = hubTracer();
    if (!tracer || !req.url?.startsWith('/graphql')) return handle(req, res);
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const method = req.method ?? 'GET';
    const span = tracer.startSpan(
      `${method} /graphql`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: method,
          [ATTR_HTTP_ROUTE]: '/graphql',
          [ATTR_URL_PATH]: '/graphql',
          [ATTR_URL_SCHEME]: 'http',
        },
      },
      parent,
    );
    return context.with(trace.setSpan(parent, span), async () => {
      try {
        await handle(req, res);
      } finally {
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      }
    });
  };
}
