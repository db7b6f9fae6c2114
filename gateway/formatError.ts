import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { LIMIT_CODES } from './hardening.ts';

/**
 * Extensions a client may see: the code, the input fields at fault (so a form can mark them), where a
 * version conflict left the record, when to retry after a rate limit, which named items an urging refused
 * (not overdue) and when an urging was acknowledged. The rest (subgraph URLs and bodies, stack traces)
 * stays inside.
 */
const PUBLIC_EXTENSIONS = [
  'code',
  'field',
  'fields',
  'currentVersion',
  'currentStatus',
  'serviceName',
  'retryAfterSeconds',
  'petitionIds',
  'obligationIds',
  'acknowledgedAt',
];

/**
 * Apollo labels every validation error GRAPHQL_VALIDATION_FAILED, overwriting the code our limit rules
 * gave (gateway/hardening.ts): give those back their own code so a client can tell "too deep" from a typo.
 */
function limitCode(error: unknown): string | undefined {
  const original = (error as GraphQLError | undefined)?.originalError as GraphQLError | undefined;
  const code = original?.extensions?.code;
  return typeof code === 'string' && (LIMIT_CODES as readonly string[]).includes(code) ? code : undefined;
}

export function formatGatewayError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const extensions = Object.fromEntries(
    Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSIONS.includes(key)),
  );
  const code = extensions.code === 'GRAPHQL_VALIDATION_FAILED' ? limitCode(error) : undefined;
  return {
    ...formatted,
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...extensions, ...(code ? { code } : {}) },
  };
}

/** graphql-js's "Did you mean …?" (field, argument, type and enum value names) and Armor's placeholder for it. */
const SUGGESTION = /\s*(Did you mean [^?]*\?|\[Suggestion hidden\]\??)/g;

/**
 * The gateway's formatter. In production no message names what the schema holds: suggestions are cut from
 * every error, validation and variable coercion alike (introspection is off there too).
 */
export function gatewayErrorFormatter(production: boolean) {
  if (!production) return formatGatewayError;
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const safe = formatGatewayError(formatted, error);
    return { ...safe, message: safe.message.replace(SUGGESTION, '') };
  };
}
