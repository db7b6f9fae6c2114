/**
 * Who is asking. The gateway verifies the caller's token and forwards the identity to every subgraph in a
 * token it signs (kit/internalToken.ts); subgraphs read it into their request context.
 */
export const ROLES = ['ANONYMOUS', 'CITIZEN', 'OFFICER', 'LEADER', 'CENTRAL_OFFICE'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  subject: string | null;
  role: Role;
  agencyId: string | null;
}

export const ANONYMOUS: Identity = Object.freeze({ subject: null, role: 'ANONYMOUS', agencyId: null });

/** What one subgraph says when it asks another for reference data on its own behalf (not a caller's). */
export const HUB_SERVICE: Identity = Object.freeze({
  subject: 'pakn-hub',
  role: 'ANONYMOUS',
  agencyId: null,
});

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
