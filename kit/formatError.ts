import type { GraphQLFormattedError } from 'graphql';

/**
 * Errors a subgraph lets out: its own coded errors pass; anything unexpected becomes a plain internal error
 * (the cause goes to the log by message only: never the arguments, which may hold personal data).
 */
export function formatSubgraphError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('unexpected error:', (error as Error)?.message ?? String(error));
  return {
    message: 'Lỗi hệ thống, vui lòng thử lại sau.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
