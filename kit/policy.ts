import { agencyCoverage, agencyReach } from './agencyReach.ts';
import { forbidden, signInRequired } from './errors.ts';
import type { Identity, Role } from './identity.ts';

/**
 * Who may see and do what, in one place. Subgraphs ask these functions and put the answer into their
 * data-access queries (a scope is an argument of the query, not a filter after loading). README "Who may do
 * what" prints ACCESS_RULES; tests/access-control.test.ts proves each line through the gateway.
 *
 * "X's reach" is X, every unit under X and every agency X succeeded in the 2025 reorganization with their
 * units (kit/agencyReach.ts): an officer of the new An Giang handles what the old Kiên Giang left open.
 */
export const ACCESS_RULES: readonly { action: string; who: Partial<Record<Role, string>> }[] = [
  {
    action: 'Submit a petition; track one by its code; read published answers',
    who: { ANONYMOUS: 'yes', CITIZEN: 'yes', OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Read the procedure catalog, the agency directory and the reporting-regime catalog',
    who: { ANONYMOUS: 'yes', CITIZEN: 'yes', OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Read petitions (by id, lists, Agency.petitions, entity lookups)',
    who: { OFFICER: "X's reach", LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  {
    action: "Read a petitioner's personal data (Petition.petitioner), leaving an access record",
    who: {
      OFFICER: "in full where X handles or received it; masked elsewhere in X's reach",
      LEADER: "in full where X handles or received it; masked elsewhere in X's reach",
      CENTRAL_OFFICE: 'in full where X handles or received it; masked elsewhere',
    },
  },
  {
    action: "See which officer acted in a petition's history (PetitionEvent.actor; others see the agency)",
    who: { OFFICER: 'yes', LEADER: 'yes', CENTRAL_OFFICE: 'yes' },
  },
  {
    action: 'Handle petitions (accept, reject, transfer, classify, answer)',
    who: {
      OFFICER: "handled in X's reach",
      LEADER: "handled in X's reach",
      CENTRAL_OFFICE: 'handled in its reach',
    },
  },
  {
    action: 'Check an answer before publication: approve (publishes) or return for rework',
    who: {
      OFFICER: "received in X's reach; approve only if not also handled there",
      LEADER: "received in X's reach",
    },
  },
  {
    action:
      'Statistics: petition figures, petition counts by procedure, reporting compliance, overdue reports',
    who: { LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  {
    action: "Read one agency's reporting obligation with its report versions",
    who: { OFFICER: "X's reach", LEADER: "X's reach", CENTRAL_OFFICE: 'all' },
  },
  { action: "Submit X's reports", who: { OFFICER: 'X', LEADER: 'X' } },
  { action: 'Maintain procedures (X a ministry managing them)', who: { OFFICER: 'X', LEADER: 'X' } },
  {
    action: 'Procedure simplification plans: propose, approve',
    who: { OFFICER: 'propose for X', LEADER: 'propose for X', CENTRAL_OFFICE: 'approve' },
  },
  {
    action: 'Reporting simplification plans: propose',
    who: {
      OFFICER: 'X issues or receives the regime',
      LEADER: 'X issues or receives the regime',
      CENTRAL_OFFICE: 'yes',
    },
  },
];

/** Everything (the central office), or the agencies (units) of one agency's reach. */
export type Scope = { kind: 'all' } | { kind: 'units'; agencyId: string; unitIds: readonly string[] };

const HANDLERS: readonly Role[] = ['OFFICER', 'LEADER'];

function refuse(identity: Identity, forbiddenMessage: string): never {
  if (identity.role === 'ANONYMOUS' || !identity.subject) {
    throw signInRequired('Cần đăng nhập bằng tài khoản cán bộ để xem nội dung này.');
  }
  throw forbidden(forbiddenMessage);
}

async function reachOf(identity: Identity): Promise<Scope> {
  const agencyId = identity.agencyId as string;
  return { kind: 'units', agencyId, unitIds: await agencyReach(agencyId) };
}

/** Petitions and reporting records one may read: officers and leaders their agency's reach, the central office all. */
export async function recordScope(identity: Identity): Promise<Scope> {
  if (identity.subject && identity.role === 'CENTRAL_OFFICE') return { kind: 'all' };
  if (identity.subject && identity.agencyId && HANDLERS.includes(identity.role)) return reachOf(identity);
  return refuse(identity, 'Chỉ cán bộ của cơ quan xử lý được xem phản ánh, kiến nghị và hồ sơ báo cáo.');
}

/** Statistics: leaders over their agency's reach, the central office over all. */
export async function statisticsScope(identity: Identity): Promise<Scope> {
  if (identity.subject && identity.role === 'CENTRAL_OFFICE') return { kind: 'all' };
  if (identity.subject && identity.agencyId && identity.role === 'LEADER') return reachOf(identity);
  return refuse(identity, 'Số liệu thống kê dành cho lãnh đạo cơ quan và Văn phòng Chính phủ.');
}

/** Whether one acts for an agency (officer, leader, central office): commands, desk entry of petitions. */
export function actsForAgency(identity: Identity): boolean {
  return Boolean(
    identity.subject && identity.agencyId && [...HANDLERS, 'CENTRAL_OFFICE'].includes(identity.role),
  );
}

/** The agencies one acts for in commands: one's own agency's reach, the central office's included. */
export async function actingScope(identity: Identity): Promise<Scope & { kind: 'units' }> {
  if (actsForAgency(identity)) {
    return (await reachOf(identity)) as Scope & { kind: 'units' };
  }
  return refuse(identity, 'Thao tác này dành cho cán bộ của cơ quan xử lý.');
}

/**
 * Who checks answers before publication (Decree 20/2008 Art. 19): officers and leaders, for the petitions
 * their agency's reach received (the command checks that, and that only a leader approves an answer the
 * same reach handled). The central office monitors; it does not check answers.
 */
export async function reviewingScope(identity: Identity): Promise<Scope & { kind: 'units' }> {
  if (identity.subject && identity.agencyId && HANDLERS.includes(identity.role)) {
    return (await reachOf(identity)) as Scope & { kind: 'units' };
  }
  return refuse(
    identity,
    'Chỉ cán bộ, lãnh đạo của cơ quan tiếp nhận được kiểm tra câu trả lời trước khi công khai.',
  );
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

const ROLE_COLUMNS: readonly Role[] = ['ANONYMOUS', 'CITIZEN', 'OFFICER', 'LEADER', 'CENTRAL_OFFICE'];

/** ACCESS_RULES as table cells, header first (README "Who may do what"; a test keeps the two equal). */
export function accessRulesTable(): string[][] {
  return [
    ['Action', ...ROLE_COLUMNS],
    ...ACCESS_RULES.map(({ action, who }) => [action, ...ROLE_COLUMNS.map((role) => who[role] ?? '—')]),
  ];
}

/** The same as a Markdown table, to paste into the README. */
export function accessRulesMarkdown(): string {
  const [header, ...rows] = accessRulesTable();
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
