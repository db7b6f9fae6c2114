import { agencyCoverage } from '../../kit/agencyReach.ts';
import { AGENCY_STAFF, covers, reachOf, recordScope, refuse, type Scope } from '../../kit/agencyScope.ts';
import { forbidden } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';

/**
 * The petitions subgraph's own access decisions (accessRules.ts states them); reading petitions and their
 * statistics uses the shared scopes of kit/agencyScope.ts.
 */

/** Whether one acts for an agency (officer, leader, central office): commands, desk entry of petitions. */
export function actsForAgency(identity: Identity): boolean {
  return Boolean(
    identity.subject && identity.agencyId && [...AGENCY_STAFF, 'CENTRAL_OFFICE'].includes(identity.role),
  );
}

/** The agencies one acts for in commands: one's own agency's reach, the central office's included. */
export async function actingScope(identity: Identity): Promise<Scope & { kind: 'units' }> {
  if (actsForAgency(identity)) return reachOf(identity);
  return refuse(identity, 'Thao tác này dành cho cán bộ của cơ quan xử lý.');
}

/**
 * Who checks answers before publication (Decree 20/2008 Art. 19): officers and leaders, for the petitions
 * their agency's reach received (the command checks that, and that only a leader approves an answer the
 * same reach handled). The central office monitors; it does not check answers.
 */
export async function reviewingScope(identity: Identity): Promise<Scope & { kind: 'units' }> {
  if (identity.subject && identity.agencyId && AGENCY_STAFF.includes(identity.role)) {
    return reachOf(identity);
  }
  return refuse(
    identity,
    'Chỉ cán bộ, lãnh đạo của cơ quan tiếp nhận được kiểm tra câu trả lời trước khi công khai.',
  );
}

export type PersonalDataView = 'full' | 'masked';

/**
 * How one may see the personal data of a petition's petitioner. In full only for officers of the agency
 * that handles or received it: X is that agency, one of its units, or its successor in the 2025
 * reorganization (kit/agencyReach.ts memberOf, from the agency directory, never from the token). Masked for
 * everyone else who may read the petition — an agency above it however high (a province over its
 * departments, the Government over all) and the central office (privacy by default). Not at all for
 * anyone who may not read the petition.
 */
export async function personalDataView(
  identity: Identity,
  petition: { handlingAgencyId: string; receivingAgencyId: string },
): Promise<PersonalDataView> {
  const scope = await recordScope(identity);
  // Whoever may not read the petition (recordScope: where it is handled) reads none of its data.
  if (!covers(scope, petition.handlingAgencyId)) {
    throw forbidden('Thông tin cá nhân của người phản ánh chỉ dành cho cán bộ của cơ quan xử lý.');
  }
  const agencies = [petition.handlingAgencyId, petition.receivingAgencyId];
  const memberOf = identity.agencyId ? (await agencyCoverage(identity.agencyId)).memberOf : [];
  return agencies.some((agencyId) => memberOf.includes(agencyId)) ? 'full' : 'masked';
}

/** Which officer acted (PetitionEvent.actor): for those who act for an agency; others see the agency only. */
export function seesOfficerAccounts(identity: Identity): boolean {
  return actsForAgency(identity);
}
