import { GraphQLError } from 'graphql';
import { forbidden, signInRequired } from '../../../kit/errors.ts';
import type { Identity } from '../../../kit/identity.ts';

// Refusals are field-level (kit/errors.ts): a 401 for the whole request would drown the query's other fields.
const unauthenticatedField = () => signInRequired('Cần đăng nhập để thực hiện thao tác này.');

/**
 * A command not allowed in the record's or plan's current status (abolishing twice, approving a draft).
 * The gateway passes only code, field and serviceName on: the message names the current status.
 */
export function invalidTransition(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_TRANSITION' } });
}

/** The caller must be an officer or leader of exactly this agency. */
export function requireOfficerOf(
  identity: Identity,
  agencyId: string,
): { subject: string; agencyId: string } {
  if (identity.role === 'ANONYMOUS' || !identity.subject) throw unauthenticatedField();
  if ((identity.role !== 'OFFICER' && identity.role !== 'LEADER') || identity.agencyId !== agencyId) {
    throw forbidden(`Chỉ cán bộ của cơ quan ${agencyId} được thực hiện thao tác này.`);
  }
  return { subject: identity.subject, agencyId };
}

/** The caller must be signed in with one of these roles; returns who and from which agency. */
export function requireRole(
  identity: Identity,
  roles: readonly Identity['role'][],
): { subject: string; agencyId: string } {
  if (identity.role === 'ANONYMOUS' || !identity.subject) throw unauthenticatedField();
  if (!roles.includes(identity.role) || !identity.agencyId) {
    throw forbidden(`Thao tác này dành cho vai trò ${roles.join(', ')}.`);
  }
  return { subject: identity.subject, agencyId: identity.agencyId };
}
