/**
 * Who is asking. The gateway verifies the caller's token and forwards this to every subgraph in one header;
 * subgraphs read it into their request context. (The access-control issue replaces the plain header with a
 * gateway-signed one; the shape stays.)
 */
export const ROLES = ['ANONYMOUS', 'CITIZEN', 'OFFICER', 'LEADER', 'CENTRAL_OFFICE'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  subject: string | null;
  role: Role;
  agencyId: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ subject: null, role: 'ANONYMOUS', agencyId: null });

export const IDENTITY_HEADER = 'x-pakn-identity';

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

export function decodeIdentity(header: string | undefined | null): Identity {
  if (!header) return ANONYMOUS;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Partial<Identity>;
    if (!ROLES.includes(value.role as Role)) return ANONYMOUS;
    return {
      subject: typeof value.subject === 'string' ? value.subject : null,
      role: value.role as Role,
      agencyId: typeof value.agencyId === 'string' ? value.agencyId : null,
    };
  } catch {
    return ANONYMOUS;
  }
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
