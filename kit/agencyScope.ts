import { agencyReach } from './agencyReach.ts';
import { forbidden, signInRequired } from './errors.ts';
import type { Identity, Role } from './identity.ts';

/**
 * Which agencies' records a caller may touch, from the caller's identity: the scopes every subgraph shares.
 * Subgraphs put a scope into their data-access queries (an argument of the query, not a filter after
 * loading); each states its own rules in subgraphs/<name>/accessRules.ts and keeps the scopes only it uses.
 *
 * "X's reach" is X, every unit under X and every agency X succeeded in the 2025 reorganization with their
 * units (kit/agencyReach.ts): an officer of the new An Giang handles what the old Kiên Giang left open.
 */

/** Everything (the central office), or the agencies (units) of one agency's reach. */
export type Scope = { kind: 'all' } | { kind: 'units'; agencyId: string; unitIds: readonly string[] };

/** The roles of an agency's own staff. */
export const AGENCY_STAFF: readonly Role[] = ['OFFICER', 'LEADER'];

/** Refuses: sign-in required for an anonymous caller, FORBIDDEN with this message for anyone else. */
export function refuse(identity: Identity, forbiddenMessage: string): never {
  if (identity.role === 'ANONYMOUS' || !identity.subject) {
    throw signInRequired('Cần đăng nhập bằng tài khoản cán bộ để xem nội dung này.');
  }
  throw forbidden(forbiddenMessage);
}

/** The reach of the caller's agency as a scope; the caller must have an agency. */
export async function reachOf(identity: Identity): Promise<Scope & { kind: 'units' }> {
  const agencyId = identity.agencyId as string;
  return { kind: 'units', agencyId, unitIds: await agencyReach(agencyId) };
}

/** Records one may read (petitions, reports): staff their agency's reach, the central office all. */
export async function recordScope(identity: Identity): Promise<Scope> {
  if (identity.subject && identity.role === 'CENTRAL_OFFICE') return { kind: 'all' };
  if (identity.subject && identity.agencyId && AGENCY_STAFF.includes(identity.role)) return reachOf(identity);
  return refuse(identity, 'Chỉ cán bộ của cơ quan xử lý được xem phản ánh, kiến nghị và hồ sơ báo cáo.');
}

/** Statistics: leaders over their agency's reach, the central office over all. */
export async function statisticsScope(identity: Identity): Promise<Scope> {
  if (identity.subject && identity.role === 'CENTRAL_OFFICE') return { kind: 'all' };
  if (identity.subject && identity.agencyId && identity.role === 'LEADER') return reachOf(identity);
  return refuse(identity, 'Số liệu thống kê dành cho lãnh đạo cơ quan và Văn phòng Chính phủ.');
}

export function covers(scope: Scope, agencyId: string): boolean {
  return scope.kind === 'all' || scope.unitIds.includes(agencyId);
}

/** Of these agencies, the ones the scope covers: what a query over them may touch. */
export function narrow(scope: Scope, unitIds: readonly string[]): string[] {
  return scope.kind === 'all' ? [...unitIds] : unitIds.filter((id) => scope.unitIds.includes(id));
}

/** Refuses (FORBIDDEN) unless the scope covers the agency asked about. */
export function requireCovers(scope: Scope, agencyId: string): void {
  if (!covers(scope, agencyId)) {
    throw forbidden(`Cơ quan "${agencyId}" nằm ngoài phạm vi được phép xem của tài khoản này.`);
  }
}

/**
 * Urging (đôn đốc) an agency about overdue petitions or reports: the central office any agency, a leader
 * their agency's reach; the caller must have an agency (the urging names who sent it).
 */
export async function urgingScope(identity: Identity): Promise<Scope> {
  if (identity.subject && identity.agencyId) {
    if (identity.role === 'CENTRAL_OFFICE') return { kind: 'all' };
    if (identity.role === 'LEADER') return reachOf(identity);
  }
  return refuse(
    identity,
    'Chỉ Văn phòng Chính phủ và lãnh đạo cơ quan (trong phạm vi của mình) được đôn đốc.',
  );
}

/**
 * Acknowledging an urging addressed to an agency: officers and leaders whose agency's reach holds it (as
 * for handling its records: the agency itself, one above it, or its successor). Not the central office.
 */
export async function acknowledgingScope(identity: Identity): Promise<Scope & { kind: 'units' }> {
  if (identity.subject && identity.agencyId && AGENCY_STAFF.includes(identity.role)) return reachOf(identity);
  return refuse(identity, 'Chỉ cán bộ, lãnh đạo của cơ quan được đôn đốc được xác nhận văn bản đôn đốc.');
}
