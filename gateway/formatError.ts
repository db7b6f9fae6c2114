import type { GraphQLFormattedError } from 'graphql';

/** Extensions a client may see; the rest (subgraph URLs and bodies, stack traces) stays inside. */
const PUBLIC_EXTENSIONS = ['code', 'field', 'serviceName'];

export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.includes(key)),
  );
  return { ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR', ...extensions } };
}
