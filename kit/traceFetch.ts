import { context, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
} from '@opentelemetry/semantic-conventions';
import { hubTracer } from './tracing.ts';

/** The conventions' name for the called service (still "incubating" in the package, so written out). */
const ATTR_PEER_SERVICE = 'peer.service';

/**
 * The HTTP client span of one call to a subgraph (from the gateway, under @apollo/gateway's own
 * `gateway.fetch` span, or from another subgraph), with its W3C `traceparent` written into the call's headers,
 * where the subgraph takes it up (kit/traceHttp.ts). Spans of our own rather than an undici instrumentation:
 * one span exactly where the call is made, nothing for other HTTP (health probes). Off, it returns undefined
 * and touches no header.
 */
export function startFetchSpan(
  service: string,
  address: string,
  headers: Record<string, string>,
): Span | undefined {
  const tracer = hubTracer();
  if (!tracer) return undefined;
  const url = new URL(address);
  const span = tracer.startSpan('POST', {
    kind: SpanKind.CLIENT,
    attributes: {
      [ATTR_HTTP_REQUEST_METHOD]: 'POST',
      [ATTR_URL_FULL]: url.href,
      [ATTR_SERVER_ADDRESS]: url.hostname,
      [ATTR_SERVER_PORT]: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
      [ATTR_PEER_SERVICE]: `pakn-${service}`,
    },
  });
  propagation.inject(trace.setSpan(context.active(), span), headers);
  return span;
}

/** Ends the call's span with the subgraph's HTTP status, or with the error code when it did not answer. */
export function endFetchSpan(span: Span | undefined, outcome: number | string): void {
  if (!span) return;
  if (typeof outcome === 'number') {
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, outcome);
    if (outcome >= 400) {
      span.setAttribute(ATTR_ERROR_TYPE, String(outcome));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
  } else {
    span.setAttribute(ATTR_ERROR_TYPE, outcome);
    span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
  }
  span.end();
}
