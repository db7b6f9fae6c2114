import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Identity } from '../kit/identity.ts';

/**
 * Who is sending, for the subgraphs' rate limits: the signed-in account, else the client's address — hashed,
 * so that no address reaches a subgraph or a log. Behind a load balancer set GATEWAY_TRUST_PROXY=1 to take
 * the first X-Forwarded-For address; without it that header is ignored (anyone can write it).
 */
export function clientKey(req: IncomingMessage, identity: Identity): string {
  if (identity.subject) return `sub:${identity.subject}`;
  const forwarded =
    process.env.GATEWAY_TRUST_PROXY === '1'
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : '';
  const address = forwarded || req.socket.remoteAddress || 'unknown';
  return `ip:${createHash('sha256').update(address).digest('base64url').slice(0, 22)}`;
}
