import type { GraphQLFormattedError } from 'graphql';

/**
 * Errors a subgraph lets out: its own coded errors pass; anything unexpected becomes a plain internal error
 * (kit/requestLog.ts logs its cause with the request: kind and masked message, never the arguments).
 */
export function formatSubgraphError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Lỗi hệ thống, vui lòng thử lại sau.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
