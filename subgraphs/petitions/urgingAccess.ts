import { agencyReach } from '../../kit/agencyReach.ts';
import { AGENCY_STAFF, reachOf, refuse, type Scope } from '../../kit/agencyScope.ts';
import { forbidden } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';

/**
 * Who urges and who acknowledges (accessRules.ts states it). The Government Office (CENTRAL_OFFICE) guides,
 * monitors and urges ministries and provinces (Decree 20/2008): it urges any agency; a leader urges the
 * agencies of their reach; nobody else urges. The urged agency's staff acknowledge.
 */
export interface Urger {
  subject: string;
  agencyId: string;
}

export async function urgerOf(identity: Identity, agencyId: string): Promise<Urger> {
  if (identity.subject && identity.agencyId) {
    const urger = { subject: identity.subject, agencyId: identity.agencyId };
    if (identity.role === 'CENTRAL_OFFICE') return urger;
    if (identity.role === 'LEADER') {
      if ((await agencyReach(identity.agencyId)).includes(agencyId)) return urger;
      throw forbidden(`Cơ quan "${agencyId}" nằm ngoài phạm vi của lãnh đạo này: không thể đôn đốc.`);
    }
  }
  return refuse(
    identity,
    'Chỉ Văn phòng Chính phủ và lãnh đạo cơ quan (trong phạm vi của mình) được đôn đốc.',
  );
}

/**
 * Who acknowledges an urging: an officer or leader whose agency's reach holds the urged agency (as for
 * handling its petitions: the agency itself, one above it, or its successor). Not the central office.
 */
export async function acknowledgingScope(identity: Identity): Promise<Scope & { kind: 'units' }> {
  if (identity.subject && identity.agencyId && AGENCY_STAFF.includes(identity.role)) {
    return reachOf(identity);
  }
  return refuse(identity, 'Chỉ cán bộ, lãnh đạo của cơ quan được đôn đốc được xác nhận văn bản đôn đốc.');
}
