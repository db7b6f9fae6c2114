import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';

export const PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

/** sha256 (hex) of the query text → the query text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export function documentHash(query: string): string {
  return createHash('sha256').update(query, 'utf8').digest('hex');
}

/**
 * Reads a manifest `{ "<sha256 hex of the query text>": "<query text>" }`, the form GraphQL Code Generator's
 * client preset writes (`persisted-documents.json`); keys may carry the `sha256:` prefix of a document id.
 * Every entry is checked: a key that is not the hash of its text is an error at start-up, not a silently
 * dead entry.
 */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [key, query] of Object.entries(manifest)) {
    const hash = hashOfDocumentId(key);
    if (typeof query !== 'string' || documentHash(query) !== hash)
      throw new Error(`trusted documents ${path}: entry ${key} is not the sha256 of its query text`);
    documents.set(hash, query);
  }
  return documents;
}

/** A document id as clients send it (`sha256:<hex>`, or the bare hex) → the hex hash. */
function hashOfDocumentId(id: string): string {
  return id.toLowerCase().replace(/^sha256:/, '');
}

function refusal(message: string): HTTPGraphQLResponse {
  return {
    status: 403,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: {
      kind: 'complete',
      string: JSON.stringify({ errors: [{ message, extensions: { code: PERSISTED_QUERY_NOT_ALLOWED } }] }),
    },
  };
}

interface OperationFields {
  query?: unknown;
  extensions?: unknown;
  documentId?: unknown;
}

/** The hash a request names: a persisted-operation `documentId`, or Apollo's `persistedQuery` extension. */
function persistedHash(fields: OperationFields): string | undefined {
  if (typeof fields.documentId === 'string') return hashOfDocumentId(fields.documentId);
  const persisted = (fields.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : undefined;
}

/**
 * Trusted-documents mode, checked before Apollo parses anything: an operation runs only if its text is in
 * the manifest (hashed here) or, sent without text, its `documentId` or `extensions.persistedQuery.sha256Hash` is. A
 * hash-only request is rewritten to carry the manifest's text, so Apollo's own persisted-query cache is
 * never involved (and can never learn new documents). Returns the refusal, or the request to run.
 */
export function admitTrusted(
  documents: TrustedDocuments,
  request: HTTPGraphQLRequest,
): { refusal: HTTPGraphQLResponse } | { request: HTTPGraphQLRequest } {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    let extensions: unknown;
    try {
      extensions = params.has('extensions') ? JSON.parse(params.get('extensions') as string) : undefined;
    } catch {
      return { refusal: refusal('Only trusted documents may run here.') };
    }
    const admitted = admitOne(documents, {
      query: params.get('query') ?? undefined,
      extensions,
      documentId: params.get('documentId') ?? undefined,
    });
    if (typeof admitted === 'string') return { refusal: refusal(admitted) };
    params.set('query', admitted.query);
    params.delete('extensions');
    params.delete('documentId');
    return { request: { ...request, search: `?${params.toString()}` } };
  }
  // A batch (array) or a malformed body is left to Apollo, which refuses it.
  const body = request.body as OperationFields | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { request };
  const admitted = admitOne(documents, body);
  if (typeof admitted === 'string') return { refusal: refusal(admitted) };
  const { extensions, documentId: _id, ...rest } = body as OperationFields & Record<string, unknown>;
  const { persistedQuery: _dropped, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  return { request: { ...request, body: { ...rest, query: admitted.query, extensions: otherExtensions } } };
}

function admitOne(documents: TrustedDocuments, fields: OperationFields): { query: string } | string {
  const hash = persistedHash(fields);
  if (typeof fields.query === 'string' && fields.query !== '') {
    const actual = documentHash(fields.query);
    if (hash !== undefined && hash !== actual)
      return 'The persisted query hash does not match the query text.';
    return documents.has(actual) ? { query: fields.query } : 'Only trusted documents may run here.';
  }
  if (hash !== undefined) {
    const query = documents.get(hash);
    return query !== undefined ? { query } : 'Only trusted documents may run here.';
  }
  return 'Only trusted documents may run here.';
}

/** Both manifests as one: what trusted-documents mode admits when the operator's manifest is joined by another. */
export function mergedDocuments(...manifests: (TrustedDocuments | null)[]): TrustedDocuments {
  return new Map(manifests.flatMap((documents) => [...(documents ?? [])]));
}

/**
 * Outside trusted-documents mode: a request that sends only a known document's hash (the dashboard's
 * `documentId`) runs that document; everything else goes on to Apollo untouched, as if this were not here.
 */
export function admitKnown(
  documents: TrustedDocuments,
  request: HTTPGraphQLRequest,
): { refusal: HTTPGraphQLResponse } | { request: HTTPGraphQLRequest } {
  const fields: OperationFields =
    request.method === 'GET'
      ? { documentId: new URLSearchParams(request.search).get('documentId') ?? undefined }
      : ((request.body as OperationFields | undefined) ?? {});
  if (typeof fields !== 'object' || Array.isArray(fields)) return { request };
  if (typeof fields.query === 'string' && fields.query !== '') return { request };
  const hash = typeof fields.documentId === 'string' ? hashOfDocumentId(fields.documentId) : undefined;
  if (hash === undefined || !documents.has(hash)) return { request };
  return admitTrusted(documents, request);
}
