import type { Identity } from '../../kit/identity.ts';
import { ANONYMOUS } from '../../kit/identity.ts';
import { INTERNAL_TOKEN_HEADER, signCaller } from '../../kit/internalToken.ts';

/** A central-office identity, for subgraph tests that read across agencies the way the central office does. */
export const CENTRAL: Identity = { subject: 'vpcp.test', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' };

/** The headers the gateway sends a subgraph: JSON, and the caller signed with the hub's internal secret. */
export async function gatewayHeaders(identity: Identity = ANONYMOUS): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    [INTERNAL_TOKEN_HEADER]: await signCaller({ identity, client: 'test-client' }),
  };
}

/** Posts a GraphQL request straight to a subgraph, signed as the gateway signs it. */
export async function callSubgraphAs<T = Record<string, unknown>>(
  url: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}> {
  const res = await fetch(url, {
    method: 'POST',
    headers: await gatewayHeaders(identity),
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}
