import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type ApolloServer,
  type BaseContext,
  HeaderMap,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import { log } from './log.ts';
import { REQUEST_ID_HEADER } from './requestId.ts';
import { beginRequest, recordContext, refused } from './requestLog.ts';
import { traceRequests } from './traceHttp.ts';

export interface GraphQLHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** The service's name in its log lines (kit/requestLog.ts). */
  service?: string;
  context: (req: IncomingMessage) => Promise<C>;
  /** Readiness: the process can serve (a subgraph's database answers; the gateway has its schema). */
  ready: () => Promise<boolean>;
  port: number;
  host?: string;
  maxBodyBytes?: number;
  /**
   * Refuses a request before its body is parsed (a subgraph without the gateway's signature): an HTTP status
   * and a GraphQL error, or null to go on. Health endpoints are never guarded.
   */
  guard?: (req: IncomingMessage) => Promise<{ status: number; message: string; code: string } | null>;
  /** Checks a request before Apollo sees it (trusted documents): answer it here, or pass it on, possibly completed. */
  admit?: (request: HTTPGraphQLRequest) => { refusal: HTTPGraphQLResponse } | { request: HTTPGraphQLRequest };
  /** More GET endpoints beside /health and /ready, by path (never guarded): a JSON body, or text with its type. */
  endpoints?: Record<string, (req: IncomingMessage) => Promise<EndpointAnswer>>;
  /**
   * Anything else outside /graphql, any method (never guarded): an answer, or null for 404. The gateway's
   * dashboard files and its development sign-in.
   */
  routes?: (req: IncomingMessage, url: URL) => Promise<EndpointAnswer | null>;
}

export interface EndpointAnswer {
  status: number;
  body: unknown;
  /** With a string body: sent as it is, with this content type. Otherwise the body is sent as JSON. */
  contentType?: string;
  /** More response headers (caching, content security). */
  headers?: Record<string, string>;
}

function sendAnswer(res: ServerResponse, answer: EndpointAnswer): void {
  for (const [key, value] of Object.entries(answer.headers ?? {})) res.setHeader(key, value);
  if (answer.contentType && typeof answer.body === 'string') {
    res.writeHead(answer.status, { 'content-type': answer.contentType });
    return void res.end(answer.body);
  }
  sendJson(res, answer.status, answer.body);
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
  /** Drains: /ready fails at once, the port closes after graceMs, requests in flight complete. */
  close(graceMs?: number): Promise<void>;
}

const DEFAULT_MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Over the limit: keep nothing, but read on to the end, so that the client (still sending) receives the
    // 413 instead of a reset connection. A sender that goes on far beyond the limit is cut off.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit * 16) req.destroy();
      else if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('close', () => resolve(null)); // Cut off (or the client gave up): no body. No-op after 'end'.
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Serves Apollo Server on plain node:http, with /health (liveness) and /ready (readiness) beside /graphql. */
export async function serveGraphQL<C extends BaseContext>(
  options: GraphQLHttpOptions<C>,
): Promise<RunningHttpServer> {
  const { apollo } = options;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const service = options.service ?? 'graphql';
  let draining = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // Draining: answer, then close the connection, so a keep-alive client moves to another instance instead
    // of holding this one open (server.close() waits for every connection).
    if (draining) res.setHeader('connection', 'close');
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        const ready = !draining && (await options.ready().catch(() => false));
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
      }
      const endpoint = req.method === 'GET' ? options.endpoints?.[url.pathname] : undefined;
      if (endpoint) return sendAnswer(res, await endpoint(req));
      if (url.pathname !== '/graphql') {
        const answer = options.routes ? await options.routes(req, url) : null;
        return answer ? sendAnswer(res, answer) : sendJson(res, 404, { error: 'not found' });
      }
      const record = beginRequest(service, req, res);

      const raw = req.method === 'POST' ? await readBody(req, maxBody) : '';
      if (raw === null) {
        res.setHeader('connection', 'close');
        refused(record, 'PAYLOAD_TOO_LARGE');
        return sendJson(res, 413, {
          errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
        });
      }
      const refusal = options.guard ? await options.guard(req) : null;
      if (refusal) {
        refused(record, refusal.code);
        return sendJson(res, refusal.status, {
          errors: [{ message: refusal.message, extensions: { code: refusal.code } }],
        });
      }
      let body: unknown;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          refused(record, 'BAD_REQUEST');
          return sendJson(res, 400, {
            errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const request: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
      const admitted = options.admit ? options.admit(request) : { request };
      const response =
        'refusal' in admitted
          ? admitted.refusal
          : await apollo.executeHTTPGraphQLRequest({
              httpGraphQLRequest: admitted.request,
              context: () => recordContext(record, options.context(req)),
            });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (draining) res.setHeader('connection', 'close'); // It started before the drain did.
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.end();
      log.error({ service, requestId: res.getHeader(REQUEST_ID_HEADER), err: error }, 'http handler failed');
    }
  };
  const server = createServer(traceRequests(handle));
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    server,
    async close(graceMs = 0) {
      draining = true;
      // Still listening for a while, answering /ready with 503, so a load balancer stops sending here
      // before the port closes; requests that do arrive are served with "connection: close".
      if (graceMs > 0) await new Promise((resolve) => setTimeout(resolve, graceMs));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
