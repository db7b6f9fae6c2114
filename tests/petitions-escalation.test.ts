import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import { clock } from '../subgraphs/petitions/clock.ts';
import { petitionStatsForAgencies } from '../subgraphs/petitions/petitionStats.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';

/**
 * Decree 20/2008/NĐ-CP Art. 17: a petition goes up to the Government when two or more agencies disagree,
 * when a matter already handled is submitted again, or when it is within the Government's competence. The
 * handling agency escalates it; the Government Office (bo-vpcp, the central office) assigns the agency to
 * handle it or answers it itself; the receiving agency then checks the answer before publication (Art. 19).
 * Hà Nội (tinh-01) receives and handles; the Ministry of Justice (bo-btp) is another agency involved.
 */
const HANOI = 'tinh-01';
const JUSTICE = 'bo-btp';
const GOVERNMENT_OFFICE = 'bo-vpcp';
const ART_17 = 'Điều 17 Nghị định 20/2008/NĐ-CP';

let hub: Hub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  hub = await sharedHub();
  const accounts = {
    hanoiOfficer: { subject: 'canbo.hanoi', role: 'OFFICER', agencyId: HANOI },
    hanoiLeader: { subject: 'lanhdao.hanoi', role: 'LEADER', agencyId: HANOI },
    justiceOfficer: { subject: 'canbo.btp', role: 'OFFICER', agencyId: JUSTICE },
    justiceLeader: { subject: 'lanhdao.btp', role: 'LEADER', agencyId: JUSTICE },
    angiangLeader: { subject: 'lanhdao.angiang', role: 'LEADER', agencyId: 'tinh-91-2025' },
    centralOffice: { subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: GOVERNMENT_OFFICE },
    citizen: { subject: 'cong-dan-17', role: 'CITIZEN' },
  } as const;
  for (const [name, claims] of Object.entries(accounts)) tokens[name] = await hub.token(claims);
});
afterAll(async () => {
  clock.set(null);
  await hub?.close();
});

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const codes = (answer: { errors?: Errors }) => answer.errors?.map((error) => error.extensions?.code);

const ESCALATION = `id ground reason agencies { id } escalatedAt escalatedBy escalatedByAgency { id } state
  decidedAt decidedBy assignedAgency { id } answer
  petition { id status version handlingAgency { id } }`;
interface Escalation {
  id: string;
  ground: string;
  reason: string;
  agencies: { id: string }[];
  escalatedAt: string;
  escalatedBy: string;
  escalatedByAgency: { id: string };
  state: string;
  decidedAt: string | null;
  decidedBy: string | null;
  assignedAgency: { id: string } | null;
  answer: string | null;
  petition: { id: string; status: string; version: number; handlingAgency: { id: string } };
}

const ESCALATE = `mutation Escalate($id: ID!, $v: Int!, $input: EscalatePetitionInput!) {
  escalatePetition(id: $id, expectedVersion: $v, input: $input) { ${ESCALATION} }
}`;
const escalate = (token: string | undefined, id: string, v: number, input: Record<string, unknown>) =>
  hub.query<{ escalatePetition: Escalation }>(ESCALATE, { id, v, input }, { token });

const ASSIGN = `mutation Assign($id: ID!, $agencyId: ID!, $note: String) {
  assignEscalatedPetition(escalationId: $id, agencyId: $agencyId, note: $note) { ${ESCALATION} }
}`;
const assign = (token: string | undefined, id: string, agencyId: string, note?: string) =>
  hub.query<{ assignEscalatedPetition: Escalation }>(ASSIGN, { id, agencyId, note }, { token });

const ANSWER = `mutation Answer($id: ID!, $answer: String!) {
  answerEscalatedPetition(escalationId: $id, answer: $answer) { ${ESCALATION} }
}`;
const answerItself = (token: string | undefined, id: string, answer: string) =>
  hub.query<{ answerEscalatedPetition: Escalation }>(ANSWER, { id, answer }, { token });

const PETITION = `query ($id: ID!) {
  petition(id: $id) {
    status version dueDate answeredAt handlingAgency { id } flaggedForEscalation
    escalation { id state ground }
    history {
      fromStatus toStatus actor actorAgency { id } reason targetAgency { id } reviewDecision
      escalationGround escalationState
    }
  }
}`;
interface Event {
  fromStatus: string | null;
  toStatus: string;
  actor: string | null;
  actorAgency: { id: string };
  reason: string | null;
  targetAgency: { id: string } | null;
  reviewDecision: string | null;
  escalationGround: string | null;
  escalationState: string | null;
}
interface Read {
  status: string;
  version: number;
  dueDate: string;
  answeredAt: string | null;
  handlingAgency: { id: string };
  flaggedForEscalation: boolean;
  escalation: { id: string; state: string; ground: string } | null;
  history: Event[];
}
async function read(id: string): Promise<Read> {
  const answer = await hub.asCentralOffice<{ petition: Read }>(PETITION, { id });
  if (!answer.data?.petition) throw new Error(JSON.stringify(answer.errors));
  return answer.data.petition;
}

async function submit(overrides: Record<string, unknown> = {}) {
  const answer = await hub.query<Submitted>(SUBMIT, {
    input: petitionInput({ targetAgencyId: HANOI, ...overrides }),
  });
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitPetition;
}

/** Runs commands in order from the petition's version; returns the version reached. */
async function drive(id: string, version: number, steps: [string, Parameters<typeof runCommand>[2]][]) {
  let current = version;
  for (const [token, command] of steps) {
    const answer = await runCommand(hub, tokens[token], command, id, current);
    if (answer.errors) throw new Error(`${command}: ${JSON.stringify(answer.errors)}`);
    current += 1;
  }
  return current;
}

/** A petition Hà Nội received and accepted: ACCEPTED at version 2. */
async function accepted() {
  const { petition } = await submit();
  return { id: petition.id, version: await drive(petition.id, 1, [['hanoiOfficer', 'accept']]) };
}

/** A petition Hà Nội accepted and escalated because Hà Nội and the Ministry of Justice disagree. */
async function escalatedByHanoi(
  reason = 'Bộ Tư pháp và Ủy ban nhân dân Thành phố Hà Nội có ý kiến khác nhau.',
) {
  const { id, version } = await accepted();
  const answer = await escalate(tokens.hanoiOfficer, id, version, {
    ground: 'AGENCIES_DISAGREE',
    reason,
    involvedAgencyIds: [JUSTICE],
  });
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return { petitionId: id, version: version + 1, escalation: answer.data.escalatePetition };
}

const escalatedEvent = (status: string, ground: string, label: string): Event => ({
  fromStatus: status,
  toStatus: status,
  actor: 'canbo.hanoi',
  actorAgency: { id: HANOI },
  reason: `Báo cáo Chính phủ: ${label} (${ART_17}).`,
  targetAgency: { id: GOVERNMENT_OFFICE },
  reviewDecision: null,
  escalationGround: ground,
  escalationState: 'PENDING',
});

describe('Decree 20/2008 Art. 17: the handling agency escalates a petition to the Government', () => {
  it('Decree 20/2008 Art. 17: agencies disagree — escalated with the agencies involved, the status kept', async () => {
    const { id, version } = await accepted();
    const before = await read(id);
    const answer = await escalate(tokens.hanoiOfficer, id, version, {
      ground: 'AGENCIES_DISAGREE',
      reason: '  Bộ Tư pháp cho rằng quy định vẫn phù hợp. \r\n',
      // The handling agency and a repeat are left out; Kiên Giang (dissolved in 2025) is An Giang now.
      involvedAgencyIds: [JUSTICE, HANOI, JUSTICE, 'tinh-91'],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.escalatePetition).toEqual({
      id: expect.any(String),
      ground: 'AGENCIES_DISAGREE',
      reason: 'Bộ Tư pháp cho rằng quy định vẫn phù hợp.',
      agencies: [{ id: HANOI }, { id: JUSTICE }, { id: 'tinh-91-2025' }],
      escalatedAt: expect.any(String),
      escalatedBy: 'canbo.hanoi',
      escalatedByAgency: { id: HANOI },
      state: 'PENDING',
      decidedAt: null,
      decidedBy: null,
      assignedAgency: null,
      answer: null,
      petition: { id, status: 'ACCEPTED', version: version + 1, handlingAgency: { id: HANOI } },
    });
    const after = await read(id);
    expect(after).toEqual({
      ...before,
      version: version + 1,
      escalation: { id: answer.data?.escalatePetition.id, state: 'PENDING', ground: 'AGENCIES_DISAGREE' },
      history: [
        ...before.history,
        escalatedEvent('ACCEPTED', 'AGENCIES_DISAGREE', 'các cơ quan có ý kiến khác nhau'),
      ],
    });
  });

  it('Decree 20/2008 Art. 17: a handled matter submitted again — escalated on the re-submission', async () => {
    const first = await submit();
    await drive(first.petition.id, 1, [['hanoiOfficer', 'reject']]);
    const again = await submit({ previousTrackingCode: first.trackingCode });
    const answer = await escalate(tokens.hanoiLeader, again.petition.id, 1, {
      ground: 'RESUBMITTED_AFTER_HANDLING',
      reason: '',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.escalatePetition).toMatchObject({
      ground: 'RESUBMITTED_AFTER_HANDLING',
      reason: '',
      agencies: [{ id: HANOI }],
      escalatedBy: 'lanhdao.hanoi',
      state: 'PENDING',
      petition: { status: 'RECEIVED', version: 2 },
    });
    const after = await read(again.petition.id);
    expect(after.flaggedForEscalation).toBe(true);
    expect(after.history.at(-1)).toEqual({
      ...escalatedEvent('RECEIVED', 'RESUBMITTED_AFTER_HANDLING', 'vụ việc đã được xử lý nay gửi lại'),
      actor: 'lanhdao.hanoi',
    });
  });

  it('Decree 20/2008 Art. 17: within the Government’s competence — escalated with the reason', async () => {
    const { petition } = await submit();
    const version = await drive(petition.id, 1, [
      ['hanoiOfficer', 'accept'],
      ['hanoiOfficer', 'classify'],
    ]);
    const answer = await escalate(tokens.hanoiOfficer, petition.id, version, {
      ground: 'GOVERNMENT_COMPETENCE',
      reason: 'Quy định do Chính phủ ban hành (Nghị định), chỉ Chính phủ sửa đổi được.',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.escalatePetition).toMatchObject({
      ground: 'GOVERNMENT_COMPETENCE',
      reason: 'Quy định do Chính phủ ban hành (Nghị định), chỉ Chính phủ sửa đổi được.',
      agencies: [{ id: HANOI }],
      state: 'PENDING',
      petition: { status: 'PROCESSING', version: version + 1 },
    });
    expect((await read(petition.id)).history.at(-1)).toEqual(
      escalatedEvent('PROCESSING', 'GOVERNMENT_COMPETENCE', 'vụ việc thuộc thẩm quyền của Chính phủ'),
    );
  });
});

describe('Decree 20/2008 Art. 17: an escalation without its ground is refused, and nothing is stored', () => {
  /** Escalates and expects one refusal; the petition stays as it was, with no escalation. */
  async function refused(id: string, version: number, input: Record<string, unknown>) {
    const before = await read(id);
    const answer = await escalate(tokens.hanoiOfficer, id, version, input);
    expect(answer.data).toBeNull();
    expect(await read(id)).toEqual(before);
    return answer.errors?.map((error) => ({ message: error.message, ...error.extensions }));
  }

  it('Art. 17: "agencies disagree" needs another agency in the directory', async () => {
    const { id, version } = await accepted();
    const notMet = {
      code: 'ESCALATION_GROUND_NOT_MET',
      serviceName: 'petitions',
      field: 'input.involvedAgencyIds',
      message: `Cần nêu ít nhất một cơ quan khác (ngoài cơ quan đang xử lý) có ý kiến khác nhau về vụ việc (${ART_17}).`,
    };
    const reason = 'Các cơ quan có ý kiến khác nhau.';
    expect(await refused(id, version, { ground: 'AGENCIES_DISAGREE', reason })).toEqual([notMet]);
    expect(
      await refused(id, version, { ground: 'AGENCIES_DISAGREE', reason, involvedAgencyIds: [HANOI] }),
    ).toEqual([notMet]);
    const unknown = await refused(id, version, {
      ground: 'AGENCIES_DISAGREE',
      reason,
      involvedAgencyIds: ['bo-khong-co'],
    });
    expect(unknown).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.involvedAgencyIds' }),
    ]);
  });

  it('Art. 17: "submitted again after handling" needs a re-submission of a handled matter', async () => {
    const earlier = await submit();
    // Linked to an earlier petition that is still being handled: not a handled matter submitted again.
    const linked = await submit({ previousTrackingCode: earlier.trackingCode });
    expect((await read(linked.petition.id)).flaggedForEscalation).toBe(false);
    expect(
      await refused(linked.petition.id, 1, { ground: 'RESUBMITTED_AFTER_HANDLING', reason: '' }),
    ).toEqual([
      {
        code: 'ESCALATION_GROUND_NOT_MET',
        serviceName: 'petitions',
        field: 'input.ground',
        message: `Phản ánh, kiến nghị này không phải là vụ việc đã được xử lý nay gửi lại (không dẫn chiếu phản ánh, kiến nghị trước đã được xử lý) (${ART_17}).`,
      },
    ]);
  });

  it('Art. 17: "within the Government’s competence" needs the reason', async () => {
    const { id, version } = await accepted();
    expect(await refused(id, version, { ground: 'GOVERNMENT_COMPETENCE', reason: ' \n\t ' })).toEqual([
      {
        code: 'ESCALATION_GROUND_NOT_MET',
        serviceName: 'petitions',
        field: 'input.reason',
        message: `Cần nêu lý do vụ việc thuộc thẩm quyền của Chính phủ (${ART_17}).`,
      },
    ]);
    expect(
      await refused(id, version, { ground: 'GOVERNMENT_COMPETENCE', reason: 'x'.repeat(2_001) }),
    ).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reason' })]);
  });

  it('Art. 17: a petition waiting for the Government Office is ALREADY_ESCALATED, and its agencies wait too', async () => {
    const { petitionId, version, escalation } = await escalatedByHanoi();
    const again = await escalate(tokens.hanoiOfficer, petitionId, version, {
      ground: 'GOVERNMENT_COMPETENCE',
      reason: 'Thuộc thẩm quyền của Chính phủ.',
    });
    expect(again.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'ALREADY_ESCALATED',
        `Phản ánh, kiến nghị đã được báo cáo Chính phủ và đang chờ Văn phòng Chính phủ quyết định (${ART_17}).`,
      ],
    ]);
    // The handling agency's own commands wait for the decision, which would otherwise undo them.
    const classify = await runCommand(hub, tokens.hanoiOfficer, 'classify', petitionId, version);
    expect(classify.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'INVALID_TRANSITION',
        `Phản ánh, kiến nghị đang chờ Văn phòng Chính phủ quyết định sau khi báo cáo Chính phủ (${ART_17}); chưa thể thao tác.`,
      ],
    ]);
    expect((await read(petitionId)).escalation?.id).toBe(escalation.id);
    expect((await read(petitionId)).version).toBe(version);
  });

  it('Art. 17: only an open petition the handling agency holds, at the version seen', async () => {
    const input = { ground: 'GOVERNMENT_COMPETENCE', reason: 'Thuộc thẩm quyền của Chính phủ.' };
    const rejected = await submit();
    await drive(rejected.petition.id, 1, [['hanoiOfficer', 'reject']]);
    const published = await submit();
    const publishedVersion = await drive(published.petition.id, 1, [
      ['hanoiOfficer', 'accept'],
      ['hanoiOfficer', 'classify'],
      ['hanoiOfficer', 'answer'],
      ['hanoiLeader', 'publish'],
    ]);
    const transferred = await submit();
    await drive(transferred.petition.id, 1, [['hanoiOfficer', 'transfer']]);
    const closed = [
      [rejected.petition.id, 2, '"không tiếp nhận"'],
      [published.petition.id, publishedVersion, '"đã công khai"'],
    ] as const;
    for (const [id, version, label] of closed) {
      const answer = await escalate(tokens.hanoiOfficer, id, version, input);
      expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        [
          'INVALID_TRANSITION',
          `Không thể báo cáo Chính phủ với phản ánh, kiến nghị đang ở trạng thái ${label}.`,
        ],
      ]);
    }
    // Transferred to the Ministry of Justice: it accepts it first, then may escalate; Hà Nội no longer may.
    expect(codes(await escalate(tokens.justiceOfficer, transferred.petition.id, 2, input))).toEqual([
      'INVALID_TRANSITION',
    ]);
    expect(codes(await escalate(tokens.hanoiOfficer, transferred.petition.id, 2, input))).toEqual([
      'FORBIDDEN',
    ]);
    const { id, version } = await accepted();
    expect(codes(await escalate(tokens.hanoiOfficer, id, version - 1, input))).toEqual(['CONFLICT']);
  });

  it('Art. 17: the handling agency’s officers and leaders escalate, nobody else', async () => {
    const { id, version } = await accepted();
    const input = { ground: 'GOVERNMENT_COMPETENCE', reason: 'Thuộc thẩm quyền của Chính phủ.' };
    expect(codes(await escalate(tokens.justiceOfficer, id, version, input))).toEqual(['FORBIDDEN']);
    expect(codes(await escalate(tokens.justiceLeader, id, version, input))).toEqual(['FORBIDDEN']);
    expect(codes(await escalate(tokens.centralOffice, id, version, input))).toEqual(['FORBIDDEN']);
    expect(codes(await escalate(tokens.citizen, id, version, input))).toEqual(['FORBIDDEN']);
    expect(codes(await escalate(undefined, id, version, input))).toEqual(['UNAUTHENTICATED']);
    const unknown = '00000000-0000-4000-8000-000000000017';
    expect(codes(await escalate(tokens.hanoiOfficer, unknown, 1, input))).toEqual(['NOT_FOUND']);
    expect(codes(await escalate(tokens.hanoiOfficer, 'khong-phai-ma', 1, input))).toEqual(['NOT_FOUND']);
    expect((await read(id)).escalation).toBeNull();
  });
});

const QUEUE = `query Queue($filter: EscalationFilter, $first: Int, $after: String) {
  escalations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id state ground }
  }
}`;
interface Queue {
  escalations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string } }[];
    nodes: { id: string; state: string; ground: string }[];
  } | null;
}

/** Every page of the queue as one caller sees it, `first` at a time. */
async function wholeQueue(token: string, filter: Record<string, unknown>, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const answer: Awaited<ReturnType<typeof hub.query<Queue>>> = await hub.query<Queue>(
      QUEUE,
      { filter, first, after },
      { token },
    );
    if (!answer.data?.escalations) throw new Error(JSON.stringify(answer.errors));
    const page = answer.data.escalations;
    totalCount = page.totalCount;
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

/** The queue from the rows: PENDING escalations oldest first, those touching `units` (null: all). */
async function pendingRows(units: ((agencyId: string) => boolean) | null, ground?: string) {
  const db = hub.db.petitions;
  const rows = (await db('escalations as e')
    .join('petitions as p', 'p.id', 'e.petition_id')
    .where('e.state', 'PENDING')
    .modify((q) => (ground ? q.where('e.ground', ground) : q))
    .orderBy([{ column: 'e.escalated_at' }, { column: 'e.id' }])
    .select(
      db.raw('e.id::text as id'),
      'e.assigned_agency_id',
      'p.handling_agency_id',
      db.raw(
        '(select array_agg(agency_id) from escalation_agencies a where a.escalation_id = e.id) as agencies',
      ),
    )) as { id: string; assigned_agency_id: string | null; handling_agency_id: string; agencies: string[] }[];
  return rows
    .filter(
      (row) =>
        !units ||
        [...row.agencies, row.assigned_agency_id, row.handling_agency_id].some((id) => id && units(id)),
    )
    .map((row) => row.id);
}

const inHanoi = (id: string) => id === HANOI || id.startsWith(`${HANOI}.`);
const inJustice = (id: string) => id === JUSTICE || id.startsWith(`${JUSTICE}.`);

describe('the Government Office’s queue (Art. 17)', () => {
  it('lists every pending escalation oldest first, page by page, as the rows say', async () => {
    const mine = [await escalatedByHanoi(), await escalatedByHanoi()].map((made) => made.escalation.id);
    const queue = await wholeQueue(
      tokens.centralOffice,
      { state: 'PENDING', ground: 'AGENCIES_DISAGREE' },
      2,
    );
    const rows = await pendingRows(null, 'AGENCIES_DISAGREE');
    expect(queue).toEqual({ ids: rows, totalCount: rows.length });
    expect(queue.ids.slice(-2)).toEqual(mine);
  });

  it('shows a leader only the escalations touching their agency’s reach', async () => {
    const { escalation } = await escalatedByHanoi();
    const own = await escalate(tokens.hanoiOfficer, (await accepted()).id, 2, {
      ground: 'GOVERNMENT_COMPETENCE',
      reason: 'Thuộc thẩm quyền của Chính phủ.',
    });
    const hanoi = await wholeQueue(tokens.hanoiLeader, { state: 'PENDING' }, 100);
    expect(hanoi).toEqual({ ids: await pendingRows(inHanoi), totalCount: hanoi.ids.length });
    expect(hanoi.ids).toEqual(expect.arrayContaining([escalation.id, own.data?.escalatePetition.id]));
    // The Ministry of Justice is involved in the first, not in the second.
    const justice = await wholeQueue(tokens.justiceLeader, { state: 'PENDING' }, 100);
    expect(justice.ids).toEqual(await pendingRows(inJustice));
    expect(justice.ids).toContain(escalation.id);
    expect(justice.ids).not.toContain(own.data?.escalatePetition.id);
  });

  it('is refused to officers, citizens and anonymous callers', async () => {
    const forbidden = await hub.query<Queue>(QUEUE, {}, { token: tokens.hanoiOfficer });
    expect({ data: forbidden.data, codes: codes(forbidden) }).toEqual({
      data: { escalations: null },
      codes: ['FORBIDDEN'],
    });
    expect(codes(await hub.query<Queue>(QUEUE, {}, { token: tokens.citizen }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.query<Queue>(QUEUE, {}))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the Government Office decides (Art. 17)', () => {
  it('Decree 20/2008 Art. 17: assigns the handling agency, which finds it in its inbox, accepted, its due date kept', async () => {
    const { petitionId, escalation } = await escalatedByHanoi();
    const before = await read(petitionId);
    const note = 'Giao Bộ Tư pháp chủ trì, phối hợp với Ủy ban nhân dân Thành phố Hà Nội.';
    const answer = await assign(tokens.centralOffice, escalation.id, JUSTICE, note);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.assignEscalatedPetition).toEqual({
      ...escalation,
      state: 'ASSIGNED',
      decidedAt: expect.any(String),
      decidedBy: 'vpcp.giam-sat',
      assignedAgency: { id: JUSTICE },
      petition: {
        id: petitionId,
        status: 'ACCEPTED',
        version: before.version + 1,
        handlingAgency: { id: JUSTICE },
      },
    });
    expect(await read(petitionId)).toEqual({
      ...before,
      version: before.version + 1,
      handlingAgency: { id: JUSTICE },
      escalation: { id: escalation.id, state: 'ASSIGNED', ground: 'AGENCIES_DISAGREE' },
      history: [
        ...before.history,
        {
          fromStatus: 'ACCEPTED',
          toStatus: 'ACCEPTED',
          actor: 'vpcp.giam-sat',
          actorAgency: { id: GOVERNMENT_OFFICE },
          reason: `Văn phòng Chính phủ giao Bộ Tư pháp xử lý (${ART_17}). ${note}`,
          targetAgency: { id: JUSTICE },
          reviewDecision: null,
          escalationGround: 'AGENCIES_DISAGREE',
          escalationState: 'ASSIGNED',
        },
      ],
    });
    const inbox = await hub.query<{ agency: { petitions: { nodes: { id: string }[] } } }>(
      `{ agency(id: "${JUSTICE}") { petitions(first: 100, filter: { status: [ACCEPTED] }) { nodes { id } } } }`,
      {},
      { token: tokens.justiceOfficer },
    );
    expect(inbox.data?.agency.petitions.nodes.map((node) => node.id)).toContain(petitionId);
    // The Ministry handles it as any other: classifies, answers; Hà Nội, which received it, publishes.
    await drive(petitionId, before.version + 1, [
      ['justiceOfficer', 'classify'],
      ['justiceOfficer', 'answer'],
      ['hanoiOfficer', 'publish'],
    ]);
    expect((await read(petitionId)).status).toBe('PUBLISHED');
    // Decided once.
    const again = await answerItself(tokens.centralOffice, escalation.id, 'Trả lời.');
    expect(codes(again)).toEqual(['INVALID_TRANSITION']);
  });

  it('Decree 20/2008 Art. 17 and Art. 19: answers itself; the receiving agency’s leader publishes the answer', async () => {
    const { petition, trackingCode } = await submit();
    const version = await drive(petition.id, 1, [
      ['hanoiOfficer', 'accept'],
      ['hanoiOfficer', 'classify'],
      ['hanoiOfficer', 'answer'],
    ]);
    const escalated = await escalate(tokens.hanoiLeader, petition.id, version, {
      ground: 'GOVERNMENT_COMPETENCE',
      reason: 'Cần Chính phủ sửa đổi Nghị định.',
    });
    const escalationId = escalated.data?.escalatePetition.id as string;
    const text = 'Chính phủ sẽ sửa đổi quy định này trong Nghị định sửa đổi năm 2027.';
    const answer = await answerItself(tokens.centralOffice, escalationId, `  ${text} `);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.answerEscalatedPetition).toMatchObject({
      state: 'ANSWERED',
      decidedBy: 'vpcp.giam-sat',
      assignedAgency: null,
      answer: text,
      petition: { status: 'ANSWERED', version: version + 2, handlingAgency: { id: GOVERNMENT_OFFICE } },
    });
    const answered = await read(petition.id);
    expect(answered.answeredAt).not.toBeNull();
    expect(answered.history.slice(-2)).toEqual([
      {
        ...escalatedEvent('ANSWERED', 'GOVERNMENT_COMPETENCE', 'vụ việc thuộc thẩm quyền của Chính phủ'),
        actor: 'lanhdao.hanoi',
      },
      {
        fromStatus: 'ANSWERED',
        toStatus: 'ANSWERED',
        actor: 'vpcp.giam-sat',
        actorAgency: { id: GOVERNMENT_OFFICE },
        reason: `Văn phòng Chính phủ trả lời (${ART_17}).`,
        targetAgency: null,
        reviewDecision: null,
        escalationGround: 'GOVERNMENT_COMPETENCE',
        escalationState: 'ANSWERED',
      },
    ]);
    // The Government Office does not publish its own answer; Hà Nội's leader checks and publishes it.
    expect(codes(await runCommand(hub, tokens.centralOffice, 'publish', petition.id, version + 2))).toEqual([
      'FORBIDDEN',
    ]);
    const published = await runCommand(hub, tokens.hanoiLeader, 'publish', petition.id, version + 2);
    expect(published.errors).toBeUndefined();
    // The citizen follows it by the code: the answer, the steps and their grounds, never the officers.
    const tracked = await hub.query<{
      petitionByTrackingCode: { status: string; answer: string; history: Event[] };
    }>(
      `query ($code: String!) { petitionByTrackingCode(trackingCode: $code) {
        status answer history { actor toStatus escalationGround escalationState }
      } }`,
      { code: trackingCode },
    );
    expect(tracked.errors).toBeUndefined();
    expect(tracked.data?.petitionByTrackingCode.status).toBe('PUBLISHED');
    expect(tracked.data?.petitionByTrackingCode.answer).toBe(text);
    expect(tracked.data?.petitionByTrackingCode.history.slice(-3)).toEqual([
      {
        actor: null,
        toStatus: 'ANSWERED',
        escalationGround: 'GOVERNMENT_COMPETENCE',
        escalationState: 'PENDING',
      },
      {
        actor: null,
        toStatus: 'ANSWERED',
        escalationGround: 'GOVERNMENT_COMPETENCE',
        escalationState: 'ANSWERED',
      },
      { actor: null, toStatus: 'PUBLISHED', escalationGround: null, escalationState: null },
    ]);
  });

  it('only the Government Office decides, on an escalation that exists, with an agency and an answer', async () => {
    const { escalation, petitionId } = await escalatedByHanoi();
    for (const token of [tokens.hanoiLeader, tokens.justiceLeader, tokens.hanoiOfficer, tokens.citizen]) {
      expect(codes(await assign(token, escalation.id, JUSTICE))).toEqual(['FORBIDDEN']);
      expect(codes(await answerItself(token, escalation.id, 'Trả lời.'))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await assign(undefined, escalation.id, JUSTICE))).toEqual(['UNAUTHENTICATED']);
    const unknown = '00000000-0000-4000-8000-000000000017';
    expect(codes(await assign(tokens.centralOffice, unknown, JUSTICE))).toEqual(['NOT_FOUND']);
    expect(codes(await assign(tokens.centralOffice, 'khong-phai-ma', JUSTICE))).toEqual(['NOT_FOUND']);
    const noAgency = await assign(tokens.centralOffice, escalation.id, 'bo-khong-co');
    expect(noAgency.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'agencyId'],
    ]);
    const empty = await answerItself(tokens.centralOffice, escalation.id, '   ');
    expect(empty.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ['BAD_USER_INPUT', 'answer', 'Cần nhập nội dung trả lời.'],
    ]);
    expect((await read(petitionId)).escalation?.state).toBe('PENDING');
  });
});

describe('who reads a petition’s escalation', () => {
  it('the agencies involved and the central office; others FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    const { petitionId, escalation } = await escalatedByHanoi();
    const query = `query ($id: ID!) { petition(id: $id) { escalation { id escalatedBy } } }`;
    for (const token of [tokens.hanoiOfficer, tokens.hanoiLeader, tokens.centralOffice]) {
      const answer = await hub.query(query, { id: petitionId }, { token });
      expect(answer).toMatchObject({
        data: { petition: { escalation: { id: escalation.id, escalatedBy: 'canbo.hanoi' } } },
      });
    }
    // An Giang handles nothing of it and is not involved.
    const code = (
      await hub.asCentralOffice<{ petition: { trackingCode: string } }>(
        'query ($id: ID!) { petition(id: $id) { trackingCode } }',
        { id: petitionId },
      )
    ).data?.petition.trackingCode;
    const byCode = `query ($code: String!) { petitionByTrackingCode(trackingCode: $code) { id escalation { id } } }`;
    const outsider = await hub.query(byCode, { code }, { token: tokens.angiangLeader });
    expect({ data: outsider.data, codes: codes(outsider) }).toEqual({
      data: { petitionByTrackingCode: { id: petitionId, escalation: null } },
      codes: ['FORBIDDEN'],
    });
    const anonymous = await hub.query(byCode, { code });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});

const today = () => todayInVietnam(clock.now());

describe('escalation statistics equal the rows (Art. 17)', () => {
  it('Query.escalationStats: escalations of the period by state and ground, for the central office and a leader’s reach', async () => {
    await escalatedByHanoi();
    const day = today();
    const STATS = `query ($from: Date!, $to: Date!) { escalationStats(from: $from, to: $to) {
      escalated pending assigned answered byGround { ground count } } }`;
    const db = hub.db.petitions;
    const rows = (await db('escalations')
      .where('escalated_at', '>=', `${day}T00:00:00+07:00`)
      .where('escalated_at', '<', `${day}T24:00:00+07:00`)
      .select(db.raw('id::text as id'), 'ground', 'state', 'assigned_agency_id', 'petition_id')) as {
      id: string;
      ground: string;
      state: string;
      assigned_agency_id: string | null;
      petition_id: string;
    }[];
    const figures = (kept: typeof rows) => ({
      escalated: kept.length,
      pending: kept.filter((row) => row.state === 'PENDING').length,
      assigned: kept.filter((row) => row.state === 'ASSIGNED').length,
      answered: kept.filter((row) => row.state === 'ANSWERED').length,
      byGround: ['AGENCIES_DISAGREE', 'RESUBMITTED_AFTER_HANDLING', 'GOVERNMENT_COMPETENCE'].map(
        (ground) => ({
          ground,
          count: kept.filter((row) => row.ground === ground).length,
        }),
      ),
    });
    const central = await hub.query(STATS, { from: day, to: day }, { token: tokens.centralOffice });
    expect(central.data).toEqual({ escalationStats: figures(rows) });
    expect(rows.length).toBeGreaterThan(0);

    const touching = new Set(
      (await db('escalation_agencies').select(db.raw('escalation_id::text as id'), 'agency_id'))
        .filter((row: { agency_id: string }) => inJustice(row.agency_id))
        .map((row: { id: string }) => row.id),
    );
    const handlers = new Map(
      (
        await db('petitions')
          .whereIn(
            'id',
            rows.map((row) => row.petition_id),
          )
          .select(db.raw('id::text as id'), 'handling_agency_id')
      ).map((row: { id: string; handling_agency_id: string }) => [row.id, row.handling_agency_id]),
    );
    const justiceRows = rows.filter(
      (row) =>
        touching.has(row.id) ||
        inJustice(row.assigned_agency_id ?? '') ||
        inJustice(handlers.get(row.petition_id) ?? ''),
    );
    const leader = await hub.query(STATS, { from: day, to: day }, { token: tokens.justiceLeader });
    expect(leader.data).toEqual({ escalationStats: figures(justiceRows) });

    expect(codes(await hub.query(STATS, { from: day, to: day }, { token: tokens.hanoiOfficer }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      (await hub.query(STATS, { from: day, to: '2000-01-01' }, { token: tokens.centralOffice })).errors?.map(
        (e) => e.extensions?.code,
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('PetitionStats.escalated: of those received, the escalated, by agency and by category', async () => {
    await escalatedByHanoi();
    const day = today();
    const answer = await hub.query<{
      agency: {
        petitionStats: { received: number; escalated: number };
        petitionStatsByCategory: { category: string; stats: { escalated: number } }[];
      };
    }>(
      `query ($from: Date!, $to: Date!) { agency(id: "${HANOI}") {
        petitionStats(from: $from, to: $to) { received escalated }
        petitionStatsByCategory(from: $from, to: $to) { category stats { escalated } }
      } }`,
      { from: day, to: day },
      { token: tokens.hanoiLeader },
    );
    expect(answer.errors).toBeUndefined();
    const db = hub.db.petitions;
    const received = db('petitions')
      .where('received_at', '>=', `${day}T00:00:00+07:00`)
      .where('received_at', '<', `${day}T24:00:00+07:00`)
      .where((q) => q.where('handling_agency_id', HANOI).orWhere('handling_agency_id', 'like', `${HANOI}.%`));
    const [{ n: all }] = await received.clone().count({ n: '*' });
    const escalatedRows = (await received
      .clone()
      .whereExists(db('escalations').whereRaw('escalations.petition_id = petitions.id'))
      .select('category')) as { category: string }[];
    const stats = answer.data?.agency;
    expect(stats?.petitionStats).toEqual({ received: Number(all), escalated: escalatedRows.length });
    expect(stats?.petitionStats.escalated).toBeGreaterThan(0);
    for (const { category, stats: figures } of stats?.petitionStatsByCategory ?? []) {
      expect(figures.escalated).toBe(escalatedRows.filter((row) => row.category === category).length);
    }
  });
});

describe('PetitionStats.escalated by field of procedures (Art. 17)', () => {
  it('a field’s escalated equals the escalated petitions naming its procedures', async () => {
    const first = await hub.query<{ procedures: { nodes: { code: string; field: { code: string } }[] } }>(
      '{ procedures(first: 1) { nodes { code field { code } } } }',
    );
    const procedure = first.data?.procedures.nodes[0] as { code: string; field: { code: string } };
    const listed = await hub.query<{ procedures: { nodes: { code: string }[] } }>(
      'query ($field: String) { procedures(first: 100, filter: { fieldCode: $field }) { nodes { code } } }',
      { field: procedure.field.code },
    );
    const codes = listed.data?.procedures.nodes.map((node) => node.code) ?? [];
    expect(codes).toContain(procedure.code);
    const { petition } = await submit({ procedureCode: procedure.code });
    const version = await drive(petition.id, 1, [['hanoiOfficer', 'accept']]);
    const escalated = await escalate(tokens.hanoiOfficer, petition.id, version, {
      ground: 'GOVERNMENT_COMPETENCE',
      reason: 'Thủ tục do Chính phủ quy định.',
    });
    expect(escalated.errors).toBeUndefined();
    const day = today();
    const answer = await hub.query<{
      fields: { nodes: { code: string; petitionStats: { escalated: number } }[] };
    }>(
      `query ($from: Date!, $to: Date!) { fields(first: 100) { nodes {
        code petitionStats(from: $from, to: $to, agencyId: "${HANOI}") { escalated } } } }`,
      { from: day, to: day },
      { token: tokens.hanoiLeader },
    );
    expect(answer.errors).toBeUndefined();
    const db = hub.db.petitions;
    const [{ n }] = await db('petitions')
      .where('received_at', '>=', `${day}T00:00:00+07:00`)
      .where('received_at', '<', `${day}T24:00:00+07:00`)
      .whereIn('procedure_code', codes)
      .where((q) => q.where('handling_agency_id', HANOI).orWhere('handling_agency_id', 'like', `${HANOI}.%`))
      .whereExists(db('escalations').whereRaw('escalations.petition_id = petitions.id'))
      .count({ n: '*' });
    const field = answer.data?.fields.nodes.find((node) => node.code === procedure.field.code);
    expect(field?.petitionStats.escalated).toBe(Number(n));
    expect(Number(n)).toBeGreaterThan(0);
  });
});

describe('the kept petition counts follow the Government Office’s decisions', () => {
  it('the statistics from the kept counts equal those from the petition rows after assignments and answers', async () => {
    const assigned = await escalatedByHanoi();
    expect((await assign(tokens.centralOffice, assigned.escalation.id, JUSTICE)).errors).toBeUndefined();
    const answered = await escalatedByHanoi();
    expect(
      (await answerItself(tokens.centralOffice, answered.escalation.id, 'Văn phòng Chính phủ trả lời.'))
        .errors,
    ).toBeUndefined();
    const db = hub.db.petitions;
    const handlers = (await db('petitions').distinct('handling_agency_id')).map(
      (row: { handling_agency_id: string }) => row.handling_agency_id,
    );
    const scopes = [HANOI, JUSTICE, GOVERNMENT_OFFICE].map((root) => ({
      id: root,
      unitIds: handlers.filter((id: string) => id === root || id.startsWith(`${root}.`)),
    }));
    const day = today();
    const parts = { transfers: false, lateTransfers: false };
    for (const from of [day, '2026-01-01']) {
      const counted = await petitionStatsForAgencies(db, scopes, from, day, day, parts);
      const rows = await petitionStatsForAgencies(db, scopes, from, day, day, { ...parts, source: 'rows' });
      expect(counted).toEqual(rows);
      expect(rows.get(GOVERNMENT_OFFICE)?.answered).toBeGreaterThan(0);
    }
  });
});

describe('probes: reach, enumeration, cost', () => {
  it('a leader cannot page into escalations outside their reach, nor forge a cursor or ask for huge pages', async () => {
    await escalatedByHanoi();
    const angiang = await wholeQueue(tokens.angiangLeader, {}, 1);
    const inAngiang = (id: string) => id.startsWith('tinh-91');
    const all = (await hub.db
      .petitions('escalations as e')
      .join('petitions as p', 'p.id', 'e.petition_id')
      .select(hub.db.petitions.raw('e.id::text as id'), 'p.handling_agency_id', 'e.assigned_agency_id')) as {
      id: string;
      handling_agency_id: string;
      assigned_agency_id: string | null;
    }[];
    const involved = new Set(
      (
        await hub.db
          .petitions('escalation_agencies')
          .select(hub.db.petitions.raw('escalation_id::text as id'), 'agency_id')
      )
        .filter((row: { agency_id: string }) => inAngiang(row.agency_id))
        .map((row: { id: string }) => row.id),
    );
    const allowed = all
      .filter(
        (row) =>
          involved.has(row.id) ||
          inAngiang(row.handling_agency_id) ||
          inAngiang(row.assigned_agency_id ?? ''),
      )
      .map((row) => row.id);
    expect(angiang.ids.sort()).toEqual(allowed.sort());
    expect(angiang.totalCount).toBe(allowed.length);

    const forged = Buffer.from(
      JSON.stringify(['agency-petitions', '2026-01-01T00:00:00.000000Z', 'x']),
    ).toString('base64url');
    const badCursor = await hub.query(QUEUE, { after: forged }, { token: tokens.centralOffice });
    expect(badCursor.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
    const huge = await hub.query(QUEUE, { first: 101 }, { token: tokens.centralOffice });
    expect(huge.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'first'],
    ]);
  });

  it('a queue page costs the same statements for 2 escalations as for 20, with their petitions and agencies', async () => {
    for (let i = 0; i < 20; i += 1) await escalatedByHanoi();
    const query = `query ($first: Int) { escalations(first: $first, filter: { state: PENDING }) {
      nodes { id agencies { id } escalatedByAgency { id } petition { id status escalation { id }
        history { toStatus escalationGround escalationState } } } } }`;
    const statementsFor = (first: number) =>
      hub.countStatements(async () => {
        const answer = await hub.query<{ escalations: { nodes: unknown[] } }>(
          query,
          { first },
          { token: tokens.centralOffice },
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.escalations.nodes).toHaveLength(first);
      });
    expect(await statementsFor(20)).toBe(await statementsFor(2));
  });

  it('PetitionStats.escalated is counted only when asked for, in one statement for many agencies', async () => {
    // Every province (a list: one batch), and each agency's figures per category.
    const query = (extra: string) => `{ agencies(first: 40, filter: { kind: PROVINCE }) { nodes {
      petitionStats(from: "2026-01-01", to: "2026-12-31") { received ${extra} }
      petitionStatsByCategory(from: "2026-01-01", to: "2026-12-31") { stats { received ${extra} } } } } }`;
    const count = (text: string) =>
      hub.countStatements(async () => {
        const answer = await hub.query(text, {}, { token: tokens.centralOffice });
        expect(answer.errors).toBeUndefined();
      });
    expect(await count(query('escalated'))).toBe((await count(query(''))) + 1);
  });
});
