import { GraphQLError } from 'graphql';
import { SUBGRAPHS, type SubgraphName } from './config.ts';
import type { Identity } from './identity.ts';
import { INTERNAL_TOKEN_HEADER, signCaller } from './internalToken.ts';
import { endFetchSpan, startFetchSpan } from './traceFetch.ts';

/**
 * Where one subgraph reaches another: for a command that must read another's data while it writes (a
 * petition addressed to a dissolved agency is routed to its successor), and for the agency hierarchy the
 * access policy needs (kit/agencyReach.ts, cached): `<NAME>_URL`, else the default port on this machine.
 * Clients' reads go through the gateway.
 */
export function subgraphUrl(name: SubgraphName): string {
  const { env, port } = SUBGRAPHS[name];
  return process.env[`${env}_URL`] || `http://127.0.0.1:${process.env[`${env}_PORT`] || port}/graphql`;
}

/** Asks another subgraph a query as the caller's identity; its errors come back as an error here. */
export async function callSubgraph<T>(
  name: SubgraphName,
  query: string,
  variables: Record<string, unknown>,
  identity: Identity,
  timeoutMs = 5_000,
): Promise<T> {
  const token = await signCaller({ identity, client: null });
  let response: Response;
  const headers = { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token };
  const span = startFetchSpan(name, subgraphUrl(name), headers);
  try {
    response = await fetch(subgraphUrl(name), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    endFetchSpan(span, 'SERVICE_UNAVAILABLE');
    throw new GraphQLError(`The ${name} service did not answer.`, {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      originalError: error as Error,
    });
  }
  endFetchSpan(span, response.status);
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length || !body.data) {
    const first = body.errors?.[0];
    throw new GraphQLError(first?.message ?? `The ${name} service failed.`, {
      extensions: { code: first?.extensions?.code ?? 'SERVICE_UNAVAILABLE' },
    });
  }
  return body.data;
}
