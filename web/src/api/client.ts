import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { currentSession, signOut } from './session.ts';

/** A refused or failed request, with the API's code (extensions.code) when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
}

/**
 * Runs one of the dashboard's documents by its hash alone (`documentId`): the gateway knows the text from
 * the manifest GraphQL Code Generator wrote, so no query text leaves the browser. Any error is thrown.
 */
export async function request<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  // "sha256:<hex>", as the manifest's keys.
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new ApiError('Tài liệu truy vấn chưa được đăng ký.', null);
  const session = currentSession();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify({ documentId: hash, variables }),
    });
  } catch {
    throw new ApiError('Không kết nối được máy chủ.', 'NETWORK');
  }
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<R>;
  const error = answer.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? null;
    if (code === 'UNAUTHENTICATED' && session) signOut();
    throw new ApiError(error.message, code, error.extensions?.fields ?? []);
  }
  if (!response.ok || !answer.data) throw new ApiError(`Máy chủ trả lời lỗi ${response.status}.`, null);
  return answer.data;
}
