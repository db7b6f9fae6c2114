import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Pool } from 'undici';
import type { Identity } from '../kit/identity.ts';
import { INTERNAL_TOKEN_HEADER, signCaller } from '../kit/internalToken.ts';
import { REQUEST_ID_HEADER } from '../kit/requestId.ts';
import { requestIdOf } from '../kit/requestLog.ts';
import { endFetchSpan, startFetchSpan } from '../kit/traceFetch.ts';
import type { SubgraphFetches } from './fetchMetrics.ts';
import { RetryBudget } from './retryBudget.ts';
import { mayRetry } from './subgraphRetry.ts';

export interface GatewayContext {
  identity: Identity;
  /** Who is sending, for the subgraphs' rate limits (never logged). */
  client: string | null;
}

/** undici's codes for a connection, headers or body that did not come within the pool's (backstop) timeouts. */
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

interface SubgraphAnswer {
  errors?: { message?: string; extensions?: Record<string, unknown> }[];
}

/**
 * How the gateway calls one subgraph: a keep-alive undici pool per subgraph, the verified caller in a signed
 * header, and a per-call timeout (the gateway has none of its own, so a hung subgraph would otherwise hang
 * the client).
 *
 * Apollo's RemoteGraphQLDataSource goes through the Fetch API: per call it builds two Headers objects, a
 * node-fetch Request it only keeps for error hooks, and a WHATWG Response with a stream body. Under the
 * submission workload that was 1.10 ms of gateway CPU per request; with undici's request API it is 0.45 ms
 * (docs/BENCHMARKS.md).
 */
export class SubgraphSource implements GraphQLDataSource<GatewayContext> {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly retries = new RetryBudget();

  constructor(
    private readonly service: string,
    private readonly url: string,
    private readonly timeoutMs: number,
    private readonly fetches?: SubgraphFetches,
  ) {
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    this.pool = new Pool(target.origin, {
      connect: { timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { http: _http, ...payload } = options.request;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const context = options.context as Partial<GatewayContext> | undefined;
    // The client's request id, so that the subgraph's log lines can be found with the gateway's.
    const requestId = requestIdOf(context);
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    // Every call carries the caller in a token the subgraph can verify (anonymous included); the gateway's
    // own calls (none today) have no identity and would be refused by the subgraph.
    if (context?.identity) {
      headers[INTERNAL_TOKEN_HEADER] = await signCaller({
        identity: context.identity,
        client: context.client ?? null,
      });
    }

    let status: number;
    let text: string;
    let cacheControl: string | string[] | undefined;
    // A native timer of our own: the pool's header and body timeouts run on undici's coarse clock (up to
    // 0.5 s late), which stay as a backstop. One controller and timer cost ≈ 6 µs a call.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.timeoutMs);
    const span = startFetchSpan(this.service, this.url, headers);
    const started = performance.now();
    const send = () =>
      this.pool.request({
        path: this.path,
        method: 'POST',
        headers,
        body: JSON.stringify(payload),
        signal: deadline.signal,
      });
    this.retries.called();
    try {
      // A read whose connection broke before any answer goes once more, on another connection, within the
      // budget (gateway/retryBudget.ts); a real outage then still fails fast instead of doubling the load.
      const answer = await send().catch((error: unknown) => {
        if (!mayRetry(error, deadline.signal.aborted, payload.query)) throw error;
        const allowed = this.retries.tryRetry();
        this.fetches?.retried(allowed ? 'sent' : 'budget_spent');
        if (!allowed) throw error;
        return send();
      });
      status = answer.statusCode;
      cacheControl = answer.headers['cache-control'];
      text = await answer.body.text();
    } catch (error) {
      const failure = this.unreachable(error as Error & { code?: string }, deadline.signal.aborted);
      endFetchSpan(span, String(failure.extensions.code));
      this.fetches?.failed(
        started,
        failure.extensions.code === 'SUBGRAPH_TIMEOUT' ? 'timeout' : 'unavailable',
      );
      throw failure;
    } finally {
      clearTimeout(timer);
    }
    endFetchSpan(span, status);

    const body = parseJson(text);
    if (status < 200 || status > 299) {
      this.fetches?.failed(started, status);
      throw this.refusal(status, body ?? text);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      this.fetches?.failed(started, 'invalid_response');
      // Not the body itself: it could hold anything, and internal errors are logged.
      throw new Error(`Expected a JSON object from subgraph ${this.service} (HTTP ${status})`);
    }
    this.fetches?.ok(started);
    const policy =
      'incomingRequestContext' in options ? options.incomingRequestContext.overallCachePolicy : null;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(cacheControl));
    return body as GatewayGraphQLResponse;
  }

  /** Closes the pool's idle connections (the gateway's shutdown). */
  close(): Promise<void> {
    return this.pool.close();
  }

  /**
   * No answer at all (refused, reset, timed out): an error naming the subgraph, so the client knows which
   * part of its answer is missing, instead of a bare "fetch failed" with nothing to tell them apart.
   */
  private unreachable(error: Error & { code?: string }, pastDeadline: boolean): GraphQLError {
    const timedOut = pastDeadline || TIMEOUT_CODES.has(error.code ?? '');
    return new GraphQLError(
      timedOut
        ? `Dịch vụ ${this.service} không trả lời trong ${this.timeoutMs / 1000} giây; vui lòng thử lại sau.`
        : `Dịch vụ ${this.service} tạm thời không hoạt động; vui lòng thử lại sau.`,
      {
        originalError: error,
        extensions: {
          code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE',
          serviceName: this.service,
        },
      },
    );
  }

  /**
   * A subgraph refuses bad input with HTTP 400 and a coded GraphQL error (an invalid argument value, say):
   * its message and code pass on, instead of a bare "400: Bad Request". Other statuses keep Apollo's form.
   */
  private refusal(status: number, body: unknown): GraphQLError {
    const first = (body as SubgraphAnswer | null)?.errors?.[0];
    if (status === 400 && typeof first?.message === 'string') {
      return new GraphQLError(first.message, {
        extensions: { code: first.extensions?.code ?? 'BAD_USER_INPUT' },
      });
    }
    const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined;
    return new GraphQLError(`${status}: ${STATUS_CODES[status] ?? 'Unknown'}`, {
      extensions: {
        ...(code ? { code } : {}),
        response: { url: this.url, status, statusText: STATUS_CODES[status], body },
      },
    });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A subgraph's Cache-Control as a hint for the whole answer; none means not cacheable (Apollo's rule). */
function cacheHint(header: string | string[] | undefined): {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
} {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const maxAge = /(?:^|[,\s])max-age=(\d+)/i.exec(value);
  const scope = /(?:^|[,\s])private(?:$|[,\s])/i.test(value)
    ? 'PRIVATE'
    : /(?:^|[,\s])public(?:$|[,\s])/i.test(value)
      ? 'PUBLIC'
      : undefined;
  return { maxAge: maxAge ? Number(maxAge[1]) : 0, ...(scope ? { scope } : {}) };
}
