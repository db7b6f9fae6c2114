import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin, PropagateHeadersOpts } from '@graphql-hive/gateway-runtime';
import type { JWTVerifyGetKey } from 'jose';
import { clientKey } from '../../gateway/clientKey.ts';
import { identityFromAuthorization, type TokenSettings } from '../../gateway/identity.ts';
import { type Caller, INTERNAL_TOKEN_HEADER, signCaller } from '../../kit/internalToken.ts';

interface HubContext {
  paknCaller?: Caller;
  req?: IncomingMessage;
}

/**
 * Hive Gateway doing the work our gateway does per request, with our own code: verify the client's JWT
 * (gateway/identity.ts: ES256 via the same JWKS), derive the rate-limit client key, and forward the caller
 * to every subgraph in the signed x-pakn-identity header. Without it every subgraph answers 401.
 */
export function useHubIdentity(keySet: JWTVerifyGetKey, tokens: TokenSettings): GatewayPlugin<HubContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const header = context.request.headers.get('authorization') ?? undefined;
      const identity = await identityFromAuthorization(header, keySet, tokens);
      const client = context.req ? clientKey(context.req, identity) : null;
      extendContext({ paknCaller: { identity, client } });
    },
  };
}

export const forwardHubIdentity: PropagateHeadersOpts<HubContext> = {
  async fromClientToSubgraphs({ context }) {
    if (!context.paknCaller) return;
    return { [INTERNAL_TOKEN_HEADER]: await signCaller(context.paknCaller) };
  },
};
