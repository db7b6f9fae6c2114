import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { encodeIdentity, IDENTITY_HEADER, type Identity } from '../kit/identity.ts';

export interface GatewayContext {
  identity: Identity;
}

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];
type FetchResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type SendRequestOptions = Parameters<
  NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>
>[0];

/**
 * How the gateway calls one subgraph: forwards the verified identity, and gives up after a timeout (the
 * gateway has none of its own, so a hung subgraph would otherwise hang the client).
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, timeoutMs: number) {
    const fetcher = ((input: string, init: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: SendRequestOptions) {
    if (context?.identity) request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.identity));
  }

  /**
   * A subgraph refuses bad input with HTTP 400 and a coded GraphQL error (an invalid argument value, say).
   * Pass its message and code on, instead of the gateway's bare "400: Bad Request".
   */
  override async errorFromResponse(response: FetchResponse): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response);
    const body = fallback.extensions.response as { body?: unknown } | undefined;
    const first = (body?.body as { errors?: { message?: string; extensions?: Record<string, unknown> }[] })
      ?.errors?.[0];
    if (response.status === 400 && typeof first?.message === 'string') {
      return new GraphQLError(first.message, {
        extensions: { code: first.extensions?.code ?? 'BAD_USER_INPUT' },
      });
    }
    return fallback;
  }
}
