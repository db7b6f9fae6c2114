import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../subgraphs/petitions/clock.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';

/**
 * Decree 20/2008/NĐ-CP Art. 19 (Decision 31/2021/QĐ-TTg Art. 46): the receiving agency checks each answer
 * before publication. Art. 9: transfers to the competent agency, and what they do to the deadline.
 * Hà Nội (tinh-01) receives; the Ministry of Justice (bo-btp) handles what Hà Nội transfers to it.
 */
const HANOI = 'tinh-01';
const JUSTICE = 'bo-btp';
const ANGIANG = 'tinh-91-2025';
const TO_ANGIANG = { target: ANGIANG, reason: 'Thuộc thẩm quyền của Ủy ban nhân dân tỉnh An Giang.' };

let hub: Hub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  hub = await sharedHub();
  const accounts = {
    hanoiOfficer: { subject: 'canbo.hanoi', role: 'OFFICER', agencyId: HANOI },
    hanoiLeader: { subject: 'lanhdao.hanoi', role: 'LEADER', agencyId: HANOI },
    hanoiJusticeOfficer: { subject: 'canbo.stp.hanoi', role: 'OFFICER', agencyId: `${HANOI}.stp` },
    justiceOfficer: { subject: 'canbo.btp', role: 'OFFICER', agencyId: JUSTICE },
    justiceLeader: { subject: 'lanhdao.btp', role: 'LEADER', agencyId: JUSTICE },
    governmentOfficeOfficer: { subject: 'canbo.vpcp', role: 'OFFICER', agencyId: 'bo-vpcp' },
    centralOffice: { subject: 'vpcp.giam-sat', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' },
  } as const;
  for (const [name, claims] of Object.entries(accounts)) tokens[name] = await hub.token(claims);
});
afterAll(async () => {
  await hub?.close();
});
afterEach(() => clock.set(null));

const REVIEW = `mutation Review($id: ID!, $v: Int!, $decision: ReviewDecision!, $reason: String) {
  reviewPetitionAnswer(id: $id, expectedVersion: $v, decision: $decision, reason: $reason) {
    id status version publishedAt
  }
}`;
interface Reviewed {
  reviewPetitionAnswer: { id: string; status: string; version: number; publishedAt: string | null };
}
const review = (
  token: string,
  id: string,
  version: number,
  decision: 'APPROVE' | 'RETURN',
  reason?: string,
) => hub.query<Reviewed>(REVIEW, { id, v: version, decision, reason }, { token });

const PETITION = `query ($id: ID!) {
  petition(id: $id) {
    status version publishedAt dueDate transferDueDate overdue
    history {
      fromStatus toStatus actor actorAgency { id } reason targetAgency { id }
      reviewDecision dueDateBefore dueDateAfter transferLate
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
  dueDateBefore: string | null;
  dueDateAfter: string | null;
  transferLate: boolean | null;
}
interface Read {
  status: string;
  version: number;
  publishedAt: string | null;
  dueDate: string;
  transferDueDate: string;
  overdue: boolean;
  history: Event[];
}
async function read(id: string): Promise<Read> {
  const answer = await hub.asCentralOffice<{ petition: Read }>(PETITION, { id });
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.petition;
}

const codesOf = (answer: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.map((error) => [error.extensions?.code, error.message]);

async function submit(targetAgencyId: string | null = HANOI) {
  // About an official's conduct (Art. 5, category 1): transfer within 5 working days, publish within 20.
  const input = petitionInput({ targetAgencyId, category: 'CONDUCT' });
  const answer = await hub.query<Submitted>(SUBMIT, { input });
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitPetition.petition;
}

/** Runs officer commands in order from the petition's current version; returns the version reached. */
async function drive(
  id: string,
  version: number,
  steps: [string, Parameters<typeof runCommand>[2], object?][],
) {
  let current = version;
  for (const [token, command, extra] of steps) {
    const answer = await runCommand(
      hub,
      tokens[token],
      command,
      id,
      current,
      extra as Record<string, unknown>,
    );
    if (answer.errors) throw new Error(`${command}: ${JSON.stringify(answer.errors)}`);
    current += 1;
  }
  return current;
}

/** Received by Hà Nội, transferred to the Ministry of Justice, answered there: ANSWERED at version 5. */
async function answeredByJustice() {
  const petition = await submit(HANOI);
  const version = await drive(petition.id, 1, [
    ['hanoiOfficer', 'transfer', { target: JUSTICE }],
    ['justiceOfficer', 'accept'],
    ['justiceOfficer', 'classify'],
    ['justiceOfficer', 'answer'],
  ]);
  return { id: petition.id, version };
}

const SELF_APPROVAL =
  'Câu trả lời do cơ quan tiếp nhận kiểm tra trước khi công khai; cơ quan xử lý không được tự duyệt hay trả lại (Điều 19 Nghị định 20/2008/NĐ-CP).';
const OFFICER_OF_BOTH =
  'Cơ quan tiếp nhận cũng là cơ quan xử lý: chỉ lãnh đạo cơ quan được duyệt công khai câu trả lời (Điều 19 Nghị định 20/2008/NĐ-CP).';

describe('the receiving agency checks each answer before publication', () => {
  it('Art. 19: a handling agency cannot publish its own answer', async () => {
    const { id, version } = await answeredByJustice();
    const before = await read(id);
    for (const token of ['justiceOfficer', 'justiceLeader']) {
      const answer = await review(tokens[token], id, version, 'APPROVE');
      expect(answer.data).toBeNull();
      expect(codesOf(answer)).toEqual([['FORBIDDEN', SELF_APPROVAL]]);
    }
    expect(await read(id)).toEqual(before);
    expect(before).toMatchObject({ status: 'ANSWERED', version: 5, publishedAt: null });
  });

  it('Art. 19: the receiving agency approves, which publishes, and the history shows who checked', async () => {
    // Received and answered the day before the check, whatever day the suite runs.
    clock.set(new Date('2026-12-01T09:00:00+07:00'));
    const { id, version } = await answeredByJustice();
    clock.set(new Date('2026-12-02T10:15:00+07:00'));
    const answer = await review(tokens.hanoiOfficer, id, version, 'APPROVE', 'Đã kiểm tra căn cứ pháp lý.');
    expect(answer).toEqual({
      status: 200,
      data: {
        reviewPetitionAnswer: {
          id,
          status: 'PUBLISHED',
          version: 6,
          publishedAt: '2026-12-02T03:15:00.000Z',
        },
      },
    });
    const petition = await read(id);
    expect(petition.history.map((e) => [e.fromStatus, e.toStatus, e.actor, e.actorAgency.id])).toEqual([
      [null, 'RECEIVED', null, HANOI],
      ['RECEIVED', 'TRANSFERRED', 'canbo.hanoi', HANOI],
      ['TRANSFERRED', 'ACCEPTED', 'canbo.btp', JUSTICE],
      ['ACCEPTED', 'PROCESSING', 'canbo.btp', JUSTICE],
      ['PROCESSING', 'ANSWERED', 'canbo.btp', JUSTICE],
      ['ANSWERED', 'PUBLISHED', 'canbo.hanoi', HANOI],
    ]);
    expect(petition.history.at(-1)).toEqual({
      fromStatus: 'ANSWERED',
      toStatus: 'PUBLISHED',
      actor: 'canbo.hanoi',
      actorAgency: { id: HANOI },
      reason: 'Đã kiểm tra căn cứ pháp lý.',
      targetAgency: null,
      reviewDecision: 'APPROVE',
      dueDateBefore: null,
      dueDateAfter: null,
      transferLate: null,
    });
    // Only the check of an answer carries a decision.
    expect(petition.history.slice(0, -1).every((e) => e.reviewDecision === null)).toBe(true);
  });

  it('Art. 19: the receiving agency returns the answer for rework with a reason', async () => {
    const { id, version } = await answeredByJustice();
    const before = await read(id);
    for (const reason of [undefined, '   ']) {
      const refused = await review(tokens.hanoiOfficer, id, version, 'RETURN', reason);
      expect(refused.data).toBeNull();
      expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
        ['BAD_USER_INPUT', 'reason', 'Cần nhập lý do.'],
      ]);
    }
    expect(await read(id)).toEqual(before);

    const reason = 'Câu trả lời chưa nêu văn bản quy phạm pháp luật được áp dụng.';
    const returned = await review(tokens.hanoiOfficer, id, version, 'RETURN', reason);
    expect(returned.data).toEqual({
      reviewPetitionAnswer: { id, status: 'RETURNED', version: 6, publishedAt: null },
    });
    const petition = await read(id);
    expect(petition.history.at(-1)).toMatchObject({
      fromStatus: 'ANSWERED',
      toStatus: 'RETURNED',
      actor: 'canbo.hanoi',
      actorAgency: { id: HANOI },
      reason,
      reviewDecision: 'RETURN',
    });
    // The handling agency reworks it, and the receiving agency checks again.
    const reworked = await drive(id, 6, [['justiceOfficer', 'answer', { answer: 'Căn cứ Điều 5 ...' }]]);
    const approved = await review(tokens.hanoiOfficer, id, reworked, 'APPROVE');
    expect(approved.data?.reviewPetitionAnswer).toMatchObject({ status: 'PUBLISHED', version: 8 });
  });

  it('Art. 19: when receiver and handler are the same agency, only its leader approves', async () => {
    // Hà Nội receives it and hands it to its own Department of Justice: Hà Nội's reach covers both.
    const petition = await submit(HANOI);
    const version = await drive(petition.id, 1, [
      ['hanoiOfficer', 'transfer', { target: `${HANOI}.stp` }],
      ['hanoiJusticeOfficer', 'accept'],
      ['hanoiJusticeOfficer', 'classify'],
      ['hanoiJusticeOfficer', 'answer'],
    ]);
    const before = await read(petition.id);
    const refused = await review(tokens.hanoiOfficer, petition.id, version, 'APPROVE');
    expect(refused.data).toBeNull();
    expect(codesOf(refused)).toEqual([['FORBIDDEN', OFFICER_OF_BOTH]]);
    expect(await read(petition.id)).toEqual(before);

    const approved = await review(tokens.hanoiLeader, petition.id, version, 'APPROVE');
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.reviewPetitionAnswer).toMatchObject({ status: 'PUBLISHED', version: 6 });
    expect((await read(petition.id)).history.at(-1)).toMatchObject({
      actor: 'lanhdao.hanoi',
      actorAgency: { id: HANOI },
      reviewDecision: 'APPROVE',
    });
  });

  it('Art. 19: an officer of one agency that both received and handled it may still return it', async () => {
    const petition = await submit(HANOI);
    const version = await drive(petition.id, 1, [
      ['hanoiOfficer', 'accept'],
      ['hanoiOfficer', 'classify'],
      ['hanoiOfficer', 'answer'],
    ]);
    const returned = await review(tokens.hanoiOfficer, petition.id, version, 'RETURN', 'Thiếu căn cứ.');
    expect(returned.data?.reviewPetitionAnswer).toMatchObject({ status: 'RETURNED', version: 5 });
  });

  it('Art. 19: the Government Office checks answers to portal petitions that named no agency; its monitoring role does not', async () => {
    const petition = await submit(null);
    expect(petition.receivingAgency).toEqual({ id: 'bo-vpcp' });
    const version = await drive(petition.id, 1, [
      ['governmentOfficeOfficer', 'transfer', { target: JUSTICE }],
      ['justiceOfficer', 'accept'],
      ['justiceOfficer', 'classify'],
      ['justiceOfficer', 'answer'],
    ]);
    const refused = [
      [undefined, 'UNAUTHENTICATED'],
      [await hub.token({ subject: 'cong-dan-01', role: 'CITIZEN' }), 'FORBIDDEN'],
      [tokens.centralOffice, 'FORBIDDEN'],
      [tokens.hanoiLeader, 'FORBIDDEN'],
    ] as const;
    for (const [token, code] of refused) {
      const answer = await hub.query(REVIEW, { id: petition.id, v: version, decision: 'APPROVE' }, { token });
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    }
    const approved = await review(tokens.governmentOfficeOfficer, petition.id, version, 'APPROVE');
    expect(approved.data?.reviewPetitionAnswer).toMatchObject({ status: 'PUBLISHED', version: 6 });
  });

  it('Art. 19: a stale version is CONFLICT and a petition not answered is INVALID_TRANSITION; nothing changes', async () => {
    const { id, version } = await answeredByJustice();
    const before = await read(id);
    const stale = await review(tokens.hanoiOfficer, id, version - 1, 'APPROVE');
    expect(stale.data).toBeNull();
    expect(codesOf(stale)).toEqual([
      [
        'CONFLICT',
        'Phản ánh, kiến nghị đã được người khác cập nhật (hiện ở trạng thái "đã trả lời", phiên bản 5); hãy tải lại rồi thực hiện lại.',
      ],
    ]);
    expect(await read(id)).toEqual(before);

    const processing = await submit(HANOI);
    const at = await drive(processing.id, 1, [
      ['hanoiOfficer', 'accept'],
      ['hanoiOfficer', 'classify'],
    ]);
    const unanswered = await read(processing.id);
    for (const decision of ['APPROVE', 'RETURN'] as const) {
      const answer = await review(tokens.hanoiLeader, processing.id, at, decision, 'Lý do.');
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['INVALID_TRANSITION']);
    }
    expect(await read(processing.id)).toEqual(unanswered);
  });
});

describe('transfers and the deadline', () => {
  // Received Thu 26 Nov 2026: transfer by Thu 3 Dec (5 working days), publish by Thu 24 Dec (20).
  const RECEIVED_AT = new Date('2026-11-26T09:00:00+07:00');

  it('Art. 9: a transfer between units of one province keeps the due date', async () => {
    clock.set(RECEIVED_AT);
    const petition = await submit(HANOI);
    expect(petition).toMatchObject({ dueDate: '2026-12-24', transferDueDate: '2026-12-03' });

    // Mon 30 Nov: to Hà Nội's Department of Justice. Counted afresh, the due date would be 28 Dec.
    clock.set(new Date('2026-11-30T09:00:00+07:00'));
    await drive(petition.id, 1, [['hanoiOfficer', 'transfer', { target: `${HANOI}.stp` }]]);
    expect(await read(petition.id)).toMatchObject({ dueDate: '2026-12-24', overdue: false });

    // Fri 25 Dec, overdue: passing it on to another department of Hà Nội does not hide it.
    clock.set(new Date('2026-12-25T09:00:00+07:00'));
    expect((await read(petition.id)).overdue).toBe(true);
    await drive(petition.id, 2, [['hanoiJusticeOfficer', 'transfer', { target: `${HANOI}.syt` }]]);
    const after = await read(petition.id);
    expect(after).toMatchObject({ status: 'TRANSFERRED', dueDate: '2026-12-24', overdue: true });
    const overdueList = await hub.asCentralOffice<{ petitions: { nodes: { id: string }[] } }>(
      'query ($f: PetitionFilter) { petitions(filter: $f, first: 100) { nodes { id } } }',
      { f: { agencyId: HANOI, overdue: true, submittedFrom: '2026-11-26' } },
    );
    expect(overdueList.data?.petitions.nodes).toContainEqual({ id: petition.id });
    // Neither transfer changed the due date, and inside one province lateness is not judged.
    expect(
      after.history
        .slice(1)
        .map((e) => [e.targetAgency?.id, e.dueDateBefore, e.dueDateAfter, e.transferLate]),
    ).toEqual([
      [`${HANOI}.stp`, null, null, null],
      [`${HANOI}.syt`, null, null, null],
    ]);
  });

  it('Art. 9: a transfer to another province after the 5-working-day window is marked late and the new deadline follows the rule', async () => {
    clock.set(RECEIVED_AT);
    const late = await submit(HANOI);
    const onTime = await submit(HANOI);

    // Thu 3 Dec, the window's last day: on time; An Giang's 20 working days end Thu 31 Dec.
    clock.set(new Date('2026-12-03T16:00:00+07:00'));
    await drive(onTime.id, 1, [['hanoiOfficer', 'transfer', TO_ANGIANG]]);
    // Mon 7 Dec: late; 20 working days skip New Year's Day and end Tue 5 Jan 2027.
    clock.set(new Date('2026-12-07T09:00:00+07:00'));
    await drive(late.id, 1, [['hanoiOfficer', 'transfer', TO_ANGIANG]]);

    for (const [petition, dueDate, transferLate] of [
      [onTime, '2026-12-31', false],
      [late, '2027-01-05', true],
    ] as const) {
      const transferred = await read(petition.id);
      expect(transferred).toMatchObject({ dueDate, transferDueDate: '2026-12-03', overdue: false });
      expect(transferred.history[1]).toEqual({
        fromStatus: 'RECEIVED',
        toStatus: 'TRANSFERRED',
        actor: 'canbo.hanoi',
        actorAgency: { id: HANOI },
        reason: TO_ANGIANG.reason,
        targetAgency: { id: ANGIANG },
        reviewDecision: null,
        dueDateBefore: '2026-12-24',
        dueDateAfter: dueDate,
        transferLate,
      });
    }
    const stored = await hub.db
      .petitions('petition_events')
      .whereIn('petition_id', [onTime.id, late.id])
      .where('to_status', 'TRANSFERRED')
      .orderBy('at')
      .select('actor_agency_id', 'transfer_late');
    expect(stored).toEqual([
      { actor_agency_id: HANOI, transfer_late: false },
      { actor_agency_id: HANOI, transfer_late: true },
    ]);
  });
});
