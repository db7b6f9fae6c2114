import { parseArgs } from 'node:util';
import { type Identity, isRole } from '../../kit/identity.ts';
import { signCaller } from '../../kit/internalToken.ts';

/**
 * The identity a developer queries a lone subgraph as, signed the way the gateway signs it (kit/internalToken.ts)
 * with the development internal secret under data/dev-keys/. Development only: production has no
 * development secret, and these scripts refuse to run there.
 */
export const DEV_IDENTITY_USAGE =
  '--role <citizen|officer|leader|central_office> [--agency <agency id>] [--subject <id>]';

export const IDENTITY_OPTIONS = {
  role: { type: 'string', default: 'central_office' },
  agency: { type: 'string' },
  subject: { type: 'string' },
} as const;

/** The identity the flags name, or the problem with them. */
export function identityFromFlags(values: {
  role?: string;
  agency?: string;
  subject?: string;
}): Identity | string {
  const role = (values.role ?? '').toUpperCase();
  if (!isRole(role) || role === 'ANONYMOUS')
    return `Unknown role "${values.role}". Flags: ${DEV_IDENTITY_USAGE}`;
  const agencyId = values.agency ?? (role === 'CENTRAL_OFFICE' ? 'bo-vpcp' : null);
  if (role !== 'CITIZEN' && !agencyId) {
    return `A ${role.toLowerCase()} identity needs --agency <agency id> (e.g. tinh-01, bo-vpcp).`;
  }
  return { subject: values.subject ?? `${role.toLowerCase()}-${agencyId ?? 'citizen'}`, role, agencyId };
}

/** Refuses in production, where a lone subgraph must never be reachable around the gateway. */
export function refuseInProduction(script: string): void {
  if (process.env.NODE_ENV !== 'production') return;
  console.error(`${script} is for development only: it does nothing with NODE_ENV=production.`);
  process.exit(2);
}

/** An `x-pakn-identity` token for the identity, living as long as any internal token (60 s). */
export function signDevIdentity(identity: Identity): Promise<string> {
  return signCaller({ identity, client: `dev:${identity.subject ?? 'citizen'}` });
}

export function parseIdentityArgs(args: string[]) {
  return parseArgs({ args, options: IDENTITY_OPTIONS, allowPositionals: true });
}
