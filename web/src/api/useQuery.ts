import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, request } from './client.ts';

export interface QueryState<R> {
  data: R | null;
  error: ApiError | null;
  loading: boolean;
  retry: () => void;
}

/** Runs a document when its variables change (skipped when `skip`), with loading and error states and a retry. */
export function useQuery<R, V>(document: TypedDocumentNode<R, V>, variables: V, skip = false): QueryState<R> {
  const [state, setState] = useState<{ data: R | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !skip,
  });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the variables are compared by value (key).
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    request(document, variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          data: null,
          error: error instanceof ApiError ? error : new ApiError(String(error), null),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
  }, [document, key, skip, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
