import type { IncomingMessage } from 'node:http';
import type { JWK } from 'jose';
import type { EndpointAnswer } from '../../kit/http.ts';
import { signToken, type TokenSettings } from '../identity.ts';

/** The key and token settings the development sign-in signs with: those the gateway itself trusts. */
export interface DevSignIn {
  privateJwk: JWK;
  tokens: TokenSettings;
}

export const DEV_SIGN_IN_PATH = '/dev/sign-in';
const ROLES = ['CITIZEN', 'OFFICER', 'LEADER', 'CENTRAL_OFFICE'];
const AGENCY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
// Short-lived: a dashboard tab's session, not a credential worth keeping.
const LIFETIME = '30m';

async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) {
    raw += chunk;
    if (raw.length > 4096) return null;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

const refused = (message: string): EndpointAnswer => ({ status: 400, body: { error: message } });

/**
 * POST /dev/sign-in `{ "role": "OFFICER", "agencyId": "tinh-01" }` → `{ "token", "expiresIn" }`: a token as an
 * identity provider would issue, signed with the development keys, for the dashboard's sign-in page. Exists
 * only in development (createGateway never mounts it in production). A citizen needs no agency.
 */
export function devSignInRoute(settings: DevSignIn): (req: IncomingMessage) => Promise<EndpointAnswer> {
  return async (req) => {
    if (req.method !== 'POST') return { status: 405, body: { error: 'POST a role and an agency' } };
    // JSON only: a cross-site form cannot send it (no token minted on another site's behalf).
    if (!req.headers['content-type']?.startsWith('application/json'))
      return { status: 415, body: { error: 'send application/json' } };
    const body = (await readJson(req)) as { role?: unknown; agencyId?: unknown } | null;
    const role = typeof body?.role === 'string' ? body.role.toUpperCase() : '';
    if (!ROLES.includes(role)) return refused(`role must be one of ${ROLES.join(', ')}`);
    const agencyId = typeof body?.agencyId === 'string' && body.agencyId !== '' ? body.agencyId : undefined;
    if (role !== 'CITIZEN' && (!agencyId || !AGENCY_ID.test(agencyId)))
      return refused(`role ${role} needs an agencyId (e.g. tinh-01, bo-vpcp)`);
    const subject = `${role.toLowerCase()}-${role === 'CITIZEN' ? 'citizen' : agencyId}`;
    const token = await signToken(
      settings.privateJwk,
      { subject, role, agencyId: role === 'CITIZEN' ? undefined : agencyId, expiresIn: LIFETIME },
      settings.tokens,
    );
    return { status: 200, body: { token, role, agencyId: role === 'CITIZEN' ? null : agencyId, subject } };
  };
}
