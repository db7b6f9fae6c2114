import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { ApiError, request } from './client.ts';

export interface CommandState<R, V> {
  run: (variables: V) => Promise<R | null>;
  busy: boolean;
  error: ApiError | null;
}

/** A mutation run on demand: busy while it runs, its error kept to show; the answer, or null on an error. */
export function useCommand<R, V>(document: TypedDocumentNode<R, V>): CommandState<R, V> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async (variables: V) => {
      setBusy(true);
      setError(null);
      try {
        return await request(document, variables);
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError(String(caught), null));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [document],
  );
  return { run, busy, error };
}
