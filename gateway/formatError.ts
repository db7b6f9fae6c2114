import type { GraphQLFormattedError } from 'graphql';

/**
 * Extensions a client may see: the code, the input fields at fault (so a form can mark them), where a
 * version conflict left the record. The rest (subgraph URLs and bodies, stack traces) stays inside.
 */
const PUBLIC_EXTENSIONS = ['code', 'field', 'fields', 'currentVersion', 'currentStatus', 'serviceName'];

export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.includes(key)),
  );
  return { ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR', ...extensions } };
}
