import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Identity } from './identity.ts';
import { log } from './log.ts';
import { acceptRequestId, REQUEST_ID_HEADER } from './requestId.ts';

/** What one GraphQL request's log line says; kit/http.ts starts it, the Apollo plugin below completes it. */
export interface RequestRecord {
  service: string;
  requestId: string;
  started: number;
  /** The operation's name (a GraphQL name, never its text or arguments). */
  operation: string | null;
  role: string | null;
  agencyId: string | null;
  /** The codes of the errors the client was sent, when it was sent any. */
  errorCodes: string[] | null;
}

/**
 * Where a context value holds its request's record. A symbol-keyed property, not a WeakMap keyed by the
 * context: Apollo runs each operation on a shallow copy of the context, which keeps the property.
 */
const RECORD = Symbol('requestRecord');

function recordOf(context: unknown): RequestRecord | undefined {
  return typeof context === 'object' && context !== null
    ? (context as { [RECORD]?: RequestRecord })[RECORD]
    : undefined;
}

const CLIENT_NAME_HEADER = 'apollographql-client-name';
const CLIENT_VERSION_HEADER = 'apollographql-client-version';
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Starts a request's record: takes the client's request id (or makes one), gives it back in the response,
 * puts the accepted one in the request's headers (what Apollo sees), and writes the request's line once the
 * response is done.
 */
export function beginRequest(service: string, req: IncomingMessage, res: ServerResponse): RequestRecord {
  const requestId = acceptRequestId(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  const record: RequestRecord = {
    service,
    requestId,
    started: performance.now(),
    operation: null,
    role: null,
    agencyId: null,
    errorCodes: null,
  };
  res.once('close', () => writeRequestLine(record, req, res));
  return record;
}

/** Marks the context with the request's record, noting who asks; a context that failed leaves its error code. */
export async function recordContext<C>(record: RequestRecord, context: Promise<C>): Promise<C> {
  try {
    const value = await context;
    const identity = (value as { identity?: Identity }).identity;
    record.role = identity?.role ?? null;
    record.agencyId = identity?.agencyId ?? null;
    (value as { [RECORD]?: RequestRecord })[RECORD] = record;
    return value;
  } catch (error) {
    const code = (error as GraphQLError).extensions?.code;
    record.errorCodes = [typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR'];
    if (typeof code !== 'string') logUnexpected(record, error, null);
    throw error;
  }
}

function writeRequestLine(record: RequestRecord, req: IncomingMessage, res: ServerResponse): void {
  if (!log.isLevelEnabled('info')) return;
  const status = res.statusCode;
  const { errorCodes } = record;
  const name = req.headers[CLIENT_NAME_HEADER];
  const version = req.headers[CLIENT_VERSION_HEADER];
  log.info(
    {
      service: record.service,
      requestId: record.requestId,
      operation: record.operation,
      client: {
        name: typeof name === 'string' ? name.slice(0, 64) : null,
        version: typeof version === 'string' ? version.slice(0, 32) : null,
        role: record.role,
        agencyId: record.agencyId,
      },
      status,
      durationMs: Math.round((performance.now() - record.started) * 10) / 10,
      outcome: !res.writableFinished ? 'aborted' : errorCodes || status >= 400 ? 'error' : 'ok',
      ...(errorCodes ? { errors: errorCodes } : {}),
    },
    'request',
  );
}

/** An error no code explains (a bug, a database failure): its kind and masked message, with the request. */
function logUnexpected(record: RequestRecord, error: unknown, path: string | null): void {
  log.error(
    {
      service: record.service,
      requestId: record.requestId,
      operation: record.operation,
      path,
      err: error,
    },
    'unexpected error',
  );
}

/**
 * Completes each request's record: the operation's name and the codes of the errors sent. Unexpected errors
 * are logged here, with the request id; coded ones are the client's business and only counted by code (their
 * messages may repeat what the client sent). At the gateway, a subgraph's error (it has a serviceName) was
 * logged by that subgraph.
 */
export function requestLogPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const record = recordOf(contextValue);
      if (!record) return;
      // Until the operation is resolved (it may never be: a syntax error), the name the client gave, if it is one.
      const named = request.operationName;
      if (named && GRAPHQL_NAME.test(named)) record.operation = named;
      return {
        async didResolveOperation({ operationName }) {
          record.operation = operationName ?? null;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const extensions = (error as Partial<GraphQLError>).extensions ?? {};
            const code = extensions.code;
            if (
              (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
              extensions.serviceName === undefined
            ) {
              logUnexpected(record, error, (error as Partial<GraphQLError>).path?.join('.') ?? null);
            }
          }
        },
        async willSendResponse({ response }) {
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          if (!errors?.length) return;
          const codes = new Set<string>();
          for (const error of errors) {
            const code = error.extensions?.code;
            codes.add(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
          }
          record.errorCodes = [...codes];
        },
      };
    },
  };
}

/** The request id of the request a context belongs to (the gateway forwards it to every subgraph call). */
export function requestIdOf(context: unknown): string | undefined {
  return recordOf(context)?.requestId;
}

/** Notes the code of an answer given before Apollo saw the request (too large, unsigned, not JSON). */
export function refused(record: RequestRecord, code: string): void {
  record.errorCodes = [code];
}
