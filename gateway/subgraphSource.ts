import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Identity } from '../kit/identity.ts';
import { INTERNAL_TOKEN_HEADER, signCaller } from '../kit/internalToken.ts';

export interface GatewayContext {
  identity: Identity;
  /** Who is sending, for the subgraphs' rate limits (never logged). */
  client: string | null;
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
  constructor(
    private readonly service: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    const fetcher = ((input: string, init: RequestInit) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
    super({ url, fetcher });
  }

  /**
   * No answer at all (refused, reset, timed out): an error naming the subgraph, so the client knows which
   * part of its answer is missing, instead of a bare "fetch failed" with nothing to tell them apart.
   */
  override didEncounterError(error: Error): never {
    if (error instanceof GraphQLError) throw error;
    const timedOut = error.name === 'TimeoutError';
    throw new GraphQLError(
      timedOut
        ? `Dịch vụ ${this.service} không trả lời trong ${this.timeoutMs / 1000} giây; vui lòng thử lại sau.`
        : `Dịch vụ ${this.service} tạm thời không hoạt động; vui lòng thử lại sau.`,
      {
        originalError: error,
        extensions: {
          code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE',
          serviceName: this.service,
        },
      },
    );
  }

  /** Every subgraph call carries the caller in a token the subgraph can verify (anonymous included). */
  override async willSendRequest({ request, context }: SendRequestOptions) {
    if (!context?.identity) return; // The gateway's own calls (none today) would be refused by the subgraph.
    const token = await signCaller({ identity: context.identity, client: context.client ?? null });
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, token);
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
