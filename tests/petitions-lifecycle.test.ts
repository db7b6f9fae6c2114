import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clock } from '../subgraphs/petitions/clock.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import {
  type CommandName,
  fieldOf,
  petitionInput,
  runCommand,
  SUBMIT,
  type Submitted,
} from './support/petitionCommands.ts';

let hub: Hub;
let officer: string;
let leader: string;
let citizen: string;
let justiceOfficer: string;
beforeAll(async () => {
  hub = await sharedHub();
  officer = await hub.token({ subject: 'can-bo-01', role: 'OFFICER', agencyId: 'tinh-01' });
  // Hà Nội both receives and handles these petitions: its leader approves the answers (Art. 19).
  leader = await hub.token({ subject: 'lanh-dao-01', role: 'LEADER', agencyId: 'tinh-01' });
  citizen = await hub.token({ subject: 'cong-dan-01', role: 'CITIZEN' });
  // A transferred petition (to bo-btp, the Ministry of Justice) is theirs to handle.
  justiceOfficer = await hub.token({ subject: 'can-bo.btp', role: 'OFFICER', agencyId: 'bo-btp' });
});
afterAll(async () => {
  await hub?.close();
});
afterEach(() => clock.set(null));

async function submit(overrides: Record<string, unknown> = {}, key?: string) {
  const answer = await hub.query<Submitted>(SUBMIT, { input: petitionInput(overrides), key });
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitPetition;
}

const HISTORY = `query History($code: String!) {
  petitionByTrackingCode(trackingCode: $code) {
    status version answer answeredAt publishedAt flaggedForEscalation
    history { fromStatus toStatus actor actorAgency { id } reason targetAgency { id } requestedAgency { id } }
  }
}`;
interface Tracked {
  petitionByTrackingCode: {
    status: string;
    version: number;
    answer: string | null;
    answeredAt: string | null;
    publishedAt: string | null;
    flaggedForEscalation: boolean;
    history: {
      fromStatus: string | null;
      toStatus: string;
      actor: string | null;
      actorAgency: { id: string };
      reason: string | null;
      targetAgency: { id: string } | null;
      requestedAgency: { id: string } | null;
    }[];
  };
}
/** Tracks a petition by its code: anonymously, or as an officer (who also sees which officer acted). */
const track = async (code: string, token?: string) =>
  (await hub.query<Tracked>(HISTORY, { code }, { token })).data
    ?.petitionByTrackingCode as Tracked['petitionByTrackingCode'];

async function countRows() {
  const [petitions] = await hub.db.petitions('petitions').count({ n: '*' });
  const [events] = await hub.db.petitions('petition_events').count({ n: '*' });
  const [keys] = await hub.db.petitions('petition_submissions').count({ n: '*' });
  return { petitions: Number(petitions.n), events: Number(events.n), keys: Number(keys.n) };
}

describe('a citizen submits a petition without an account', () => {
  it('gets a tracking code easy to read aloud, and the petition is received with one event', async () => {
    const result = await submit();
    expect(result.trackingCode).toMatch(/^PA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(result.replayed).toBe(false);
    expect(result.petition).toMatchObject({
      status: 'RECEIVED',
      version: 1,
      handlingAgency: { id: 'tinh-01' },
      receivingAgency: { id: 'tinh-01' },
    });
    expect((await track(result.trackingCode)).history).toEqual([
      {
        fromStatus: null,
        toStatus: 'RECEIVED',
        actor: null,
        actorAgency: { id: 'tinh-01' },
        reason: null,
        targetAgency: null,
        requestedAgency: null,
      },
    ]);
  });

  it('goes to the Government Office when no agency is named', async () => {
    const result = await submit({ targetAgencyId: null });
    expect(result.petition.handlingAgency).toEqual({ id: 'bo-vpcp' });
  });

  it('tracking codes are unique and not sequential', async () => {
    const codes = await Promise.all(Array.from({ length: 10 }, () => submit().then((r) => r.trackingCode)));
    expect(new Set(codes).size).toBe(10);
    const [{ n }] = await hub.db.petitions('petitions').count({ n: '*' }).whereIn('tracking_code', codes);
    expect(Number(n)).toBe(10);
  });

  it('addressed to Kiên Giang after 2025-07-01, goes to the new An Giang, and the history says so', async () => {
    const result = await submit({ targetAgencyId: 'tinh-91' });
    expect(result.petition.handlingAgency).toEqual({ id: 'tinh-91-2025' });
    expect(result.petition.receivingAgency).toEqual({ id: 'tinh-91-2025' });
    const [received] = (await track(result.trackingCode)).history;
    expect(received).toMatchObject({ toStatus: 'RECEIVED', requestedAgency: { id: 'tinh-91' } });
    expect(received.reason).toContain('Kiên Giang');
    expect(received.reason).toContain('An Giang');
    const row = await hub.db.petitions('petitions').where('tracking_code', result.trackingCode).first();
    expect(row.handling_agency_ancestors).toEqual(['cp']);
  });
});

describe('bad input, as a new user would type it, gets a clear error and stores nothing', () => {
  async function refused(overrides: Record<string, unknown>) {
    const before = await countRows();
    const answer = await hub.query(SUBMIT, { input: petitionInput(overrides) });
    expect(await countRows()).toEqual(before);
    expect(answer.data ?? null).toBeNull();
    return answer.errors ?? [];
  }

  it('a missing phone number', async () => {
    const errors = await refused({
      petitioner: { type: 'INDIVIDUAL', fullName: 'Trần Văn An', address: 'Cần Thơ' },
    });
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ['BAD_USER_INPUT', 'input.petitioner.phone', 'Cần nhập số điện thoại để cơ quan liên hệ khi cần.'],
    ]);
  });

  it('every missing field at once, each named', async () => {
    const errors = await refused({ petitioner: { type: 'ORGANIZATION' }, title: '  ', content: '' });
    // The gateway lets out `code` and `field` (the first field at fault); the message lists every problem.
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'input.petitioner.organizationName',
        'Cần nhập tên tổ chức. Cần nhập địa chỉ. Cần nhập số điện thoại để cơ quan liên hệ khi cần. ' +
          'Cần nhập tiêu đề. Cần nhập nội dung.',
      ],
    ]);
  });

  it('a 200 KB content', async () => {
    const errors = await refused({ content: 'Nội dung rất dài. '.repeat(11_400) });
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.content'],
    ]);
    expect(errors[0].message).toMatch(/vượt quá giới hạn 10000 ký tự/);
  });

  it('an unknown category', async () => {
    const errors = await refused({ category: 'KHIEU_NAI' });
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toContain('KHIEU_NAI');
  });

  it('an unknown agency', async () => {
    const errors = await refused({ targetAgencyId: 'tinh-999' });
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      [
        'BAD_USER_INPUT',
        'input.targetAgencyId',
        'Không có cơ quan hành chính nào có mã định danh "tinh-999".',
      ],
    ]);
  });

  it('an attachment of a type not accepted, and a phone that is not one', async () => {
    const errors = await refused({
      petitioner: { type: 'INDIVIDUAL', fullName: 'Lê Văn Bình', address: 'Huế', phone: 'gọi tôi' },
      attachments: [{ name: 'virus.exe', type: 'application/x-msdownload', size: 1000 }],
    });
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.petitioner.phone'],
    ]);
    expect(errors[0].message).toBe(
      'Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678). ' +
        'Tệp "virus.exe" có định dạng không được chấp nhận; chỉ nhận PDF, DOC, DOCX, XLS, XLSX, ODT, JPEG, PNG.',
    );
  });

  it('script tags in the title are kept as plain text, never interpreted', async () => {
    const title = '<script>alert("xss")</script> Phản ánh về <b>lệ phí</b>';
    const result = await submit({ title });
    const row = await hub.db.petitions('petitions').where('id', result.petition.id).first('title');
    expect(row.title).toBe(title);
    const answer = await hub.asCentralOffice<{ petition: { title: string } }>(
      'query ($id: ID!) { petition(id: $id) { title } }',
      { id: result.petition.id },
    );
    expect(answer).toEqual({ status: 200, data: { petition: { title } } });
  });

  it('decomposed (non-NFC) Vietnamese is stored and returned in NFC', async () => {
    const title = 'Phản ánh việc chậm trễ cấp Giấy chứng nhận quyền sử dụng đất';
    const decomposed = title.normalize('NFD');
    expect(decomposed).not.toBe(title);
    const result = await submit({
      title: decomposed,
      content: `  ${decomposed}\r\n`,
      petitioner: { ...(petitionInput().petitioner as object), fullName: 'Nguyễn Văn Đức'.normalize('NFD') },
    });
    const row = await hub.db.petitions('petitions').where('id', result.petition.id).first();
    expect(row.title).toBe(title);
    expect(row.content).toBe(title);
    expect(row.petitioner_name).toBe('Nguyễn Văn Đức');
    expect(row.petitioner_phone).toBe('0912345678');
  });
});

describe('idempotent submission', () => {
  it('the same key with the same payload returns the first result, even with the text decomposed', async () => {
    const first = await submit({}, 'key-same-payload-0001');
    const again = await submit(
      { title: String(petitionInput().title).normalize('NFD') },
      'key-same-payload-0001',
    );
    expect(again).toEqual({ ...first, replayed: true });
  });

  it('the same key with another payload is IDEMPOTENCY_KEY_REUSED, and nothing is stored', async () => {
    await submit({}, 'key-other-payload-0001');
    const before = await countRows();
    const answer = await hub.query(SUBMIT, {
      input: petitionInput({ title: 'Một phản ánh khác hẳn' }),
      key: 'key-other-payload-0001',
    });
    expect(answer.data).toBeNull();
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([
      ['IDEMPOTENCY_KEY_REUSED', 'petitions'],
    ]);
    expect(await countRows()).toEqual(before);
  });

  it('twenty concurrent retries with one key create exactly one petition', async () => {
    const before = await countRows();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        submit({ title: 'Gửi lại nhiều lần vì mạng chập chờn' }, 'key-retry-storm-0001'),
      ),
    );
    expect(new Set(results.map((r) => r.trackingCode)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await countRows()).toEqual({
      petitions: before.petitions + 1,
      events: before.events + 1,
      keys: before.keys + 1,
    });
  });

  it('refuses a key that is not one', async () => {
    const answer = await hub.query(SUBMIT, { input: petitionInput(), key: 'x' });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'idempotencyKey'],
    ]);
  });
});

/** Drives a fresh petition through commands, returning its id, code and version. */
async function petitionAt(steps: [CommandName, Record<string, unknown>?][], overrides = {}) {
  const submitted = await submit(overrides);
  let version = submitted.petition.version;
  for (const [command, extra] of steps) {
    const token = command === 'publish' ? leader : officer;
    const answer = await runCommand(hub, token, command, submitted.petition.id, version, extra);
    const result = answer.data?.[fieldOf(command)];
    if (!result) throw new Error(`${command}: ${JSON.stringify(answer.errors)}`);
    version = result.version;
  }
  return { id: submitted.petition.id, code: submitted.trackingCode, version };
}

describe('the lifecycle, as officers run it', () => {
  it('received → accepted → not enough basis → enough basis → answered → returned → answered → published', async () => {
    const { id, code } = await petitionAt([]);
    const steps: [CommandName, Record<string, unknown>, string][] = [
      ['accept', {}, 'ACCEPTED'],
      ['classify', { basis: 'NOT_ENOUGH_BASIS' }, 'PROCESSING'],
      ['classify', { basis: 'ENOUGH_BASIS' }, 'PROCESSING'],
      ['answer', { answer: 'Bản trả lời thứ nhất.' }, 'ANSWERED'],
      ['return', {}, 'RETURNED'],
      ['answer', { answer: 'Bản trả lời đã bổ sung căn cứ pháp lý.' }, 'ANSWERED'],
      ['publish', {}, 'PUBLISHED'],
    ];
    for (const [i, [command, extra, status]] of steps.entries()) {
      const token = command === 'publish' ? leader : officer;
      const answer = await runCommand(hub, token, command, id, i + 1, extra);
      expect(answer).toEqual({ status: 200, data: { [fieldOf(command)]: { id, status, version: i + 2 } } });
    }
    const tracked = await track(code, officer);
    expect(tracked).toMatchObject({
      status: 'PUBLISHED',
      version: 8,
      answer: 'Bản trả lời đã bổ sung căn cứ pháp lý.',
      flaggedForEscalation: false,
    });
    expect(tracked.history.map((e) => [e.fromStatus, e.toStatus, e.actor, e.actorAgency.id])).toEqual([
      [null, 'RECEIVED', null, 'tinh-01'],
      ['RECEIVED', 'ACCEPTED', 'can-bo-01', 'tinh-01'],
      ['ACCEPTED', 'PROCESSING', 'can-bo-01', 'tinh-01'],
      ['PROCESSING', 'PROCESSING', 'can-bo-01', 'tinh-01'],
      ['PROCESSING', 'ANSWERED', 'can-bo-01', 'tinh-01'],
      ['ANSWERED', 'RETURNED', 'can-bo-01', 'tinh-01'],
      ['RETURNED', 'ANSWERED', 'can-bo-01', 'tinh-01'],
      ['ANSWERED', 'PUBLISHED', 'lanh-dao-01', 'tinh-01'],
    ]);
    expect(tracked.history[2].reason).toBe('Chưa đủ căn cứ xử lý, tiếp tục thu thập thông tin.');
    expect(tracked.history[5].reason).toBe('Câu trả lời chưa nêu căn cứ pháp lý.');
  });

  it('a rejected petition records the reason and owes no answer', async () => {
    const { code } = await petitionAt([
      ['reject', { reason: 'Đây là đơn khiếu nại, không thuộc phạm vi PAKN.' }],
    ]);
    const tracked = await track(code);
    expect(tracked.status).toBe('REJECTED');
    expect(tracked.history[1]).toMatchObject({
      toStatus: 'REJECTED',
      reason: 'Đây là đơn khiếu nại, không thuộc phạm vi PAKN.',
    });
  });

  it('a transfer to a dissolved agency reaches its successor, and the event names both', async () => {
    const { id, code } = await petitionAt([]);
    const answer = await runCommand(hub, officer, 'transfer', id, 1, { target: 'tinh-91.stp' });
    expect(answer.errors).toBeUndefined();
    const tracked = await track(code);
    expect(tracked.history[1]).toMatchObject({
      toStatus: 'TRANSFERRED',
      targetAgency: { id: 'tinh-91-2025.stp' },
      requestedAgency: { id: 'tinh-91.stp' },
    });
    const row = await hub.db.petitions('petitions').where('id', id).first();
    expect(row.handling_agency_id).toBe('tinh-91-2025.stp');
    expect(row.handling_agency_ancestors).toEqual(['tinh-91-2025', 'cp']);
  });

  it('a transfer to an unknown agency is BAD_USER_INPUT on targetAgencyId and changes nothing', async () => {
    const { id } = await petitionAt([]);
    const answer = await runCommand(hub, officer, 'transfer', id, 1, { target: 'bo-khong-co' });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'targetAgencyId'],
    ]);
    expect(await hub.db.petitions('petitions').where('id', id).first('status', 'version')).toEqual({
      status: 'RECEIVED',
      version: 1,
    });
  });

  it('re-submitting a handled matter links the earlier petition and flags it for escalation', async () => {
    const earlier = await petitionAt([['accept'], ['classify'], ['answer'], ['publish']]);
    const again = await submit({ previousTrackingCode: earlier.code.toLowerCase() });
    const answer = await hub.asCentralOffice<{ petition: Record<string, unknown> }>(
      'query ($id: ID!) { petition(id: $id) { flaggedForEscalation previousPetition { trackingCode } } }',
      { id: again.petition.id },
    );
    expect(answer.data?.petition).toEqual({
      flaggedForEscalation: true,
      previousPetition: { trackingCode: earlier.code },
    });
    expect((await track(again.trackingCode)).history[0].reason).toContain('Điều 17');
  });

  it('officer commands need an officer: anonymous callers are UNAUTHENTICATED, citizens FORBIDDEN', async () => {
    const { id } = await petitionAt([]);
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [citizen, 'FORBIDDEN'],
    ] as const) {
      const answer = await runCommand(hub, token, 'accept', id, 1);
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    }
    expect(await hub.db.petitions('petition_events').where('petition_id', id).count({ n: '*' })).toEqual([
      { n: 1 },
    ]);
  });
});

/** What the issue allows from each status; every other command must be refused. */
const ALLOWED: Record<string, CommandName[]> = {
  RECEIVED: ['accept', 'reject', 'transfer'],
  TRANSFERRED: ['accept', 'reject', 'transfer'],
  REJECTED: [],
  ACCEPTED: ['classify'],
  'PROCESSING (not enough basis)': ['classify'],
  'PROCESSING (enough basis)': ['classify', 'answer'],
  ANSWERED: ['return', 'publish'],
  RETURNED: ['answer'],
  PUBLISHED: [],
};
const REACH: Record<string, [CommandName, Record<string, unknown>?][]> = {
  RECEIVED: [],
  TRANSFERRED: [['transfer']],
  REJECTED: [['reject']],
  ACCEPTED: [['accept']],
  'PROCESSING (not enough basis)': [['accept'], ['classify', { basis: 'NOT_ENOUGH_BASIS' }]],
  'PROCESSING (enough basis)': [['accept'], ['classify']],
  ANSWERED: [['accept'], ['classify'], ['answer']],
  RETURNED: [['accept'], ['classify'], ['answer'], ['return']],
  PUBLISHED: [['accept'], ['classify'], ['answer'], ['publish']],
};
const ALL: CommandName[] = ['accept', 'reject', 'transfer', 'classify', 'answer', 'return', 'publish'];

describe('every illegal transition is INVALID_TRANSITION and changes nothing', () => {
  for (const [state, allowed] of Object.entries(ALLOWED)) {
    const illegal = ALL.filter((command) => !allowed.includes(command));
    it(`from ${state}: ${illegal.join(', ') || 'none'}`, async () => {
      const { id, version } = await petitionAt(REACH[state]);
      const before = await hub.db.petitions('petitions').where('id', id).first();
      const events = await hub.db.petitions('petition_events').where('petition_id', id).orderBy('id');
      for (const command of illegal) {
        const actor = state === 'TRANSFERRED' ? justiceOfficer : officer;
        const answer = await runCommand(hub, actor, command, id, version);
        expect(answer.data, command).toBeNull();
        expect(
          answer.errors?.map((e) => e.extensions?.code),
          command,
        ).toEqual(['INVALID_TRANSITION']);
      }
      expect(await hub.db.petitions('petitions').where('id', id).first()).toEqual(before);
      expect(await hub.db.petitions('petition_events').where('petition_id', id).orderBy('id')).toEqual(
        events,
      );
    });
  }
});

describe('concurrent officers: exactly one wins, the others get CONFLICT', () => {
  it('a stale version is CONFLICT and changes nothing', async () => {
    const { id } = await petitionAt([['accept']]);
    const answer = await runCommand(hub, officer, 'classify', id, 1);
    expect(answer.data).toBeNull();
    expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'CONFLICT',
        'Phản ánh, kiến nghị đã được người khác cập nhật (hiện ở trạng thái "đã tiếp nhận xử lý", phiên bản 2); hãy tải lại rồi thực hiện lại.',
      ],
    ]);
    expect(await hub.db.petitions('petitions').where('id', id).first('status', 'version')).toEqual({
      status: 'ACCEPTED',
      version: 2,
    });
  });

  it('twenty different commands at once on one received petition', async () => {
    const { id } = await petitionAt([]);
    const commands: CommandName[] = Array.from({ length: 20 }, (_, i) =>
      i % 3 === 0 ? 'reject' : i % 3 === 1 ? 'accept' : 'transfer',
    );
    const answers = await Promise.all(commands.map((command) => runCommand(hub, officer, command, id, 1)));
    const winners = answers.filter((answer) => !answer.errors);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const row = await hub.db.petitions('petitions').where('id', id).first('status', 'version');
    const won = Object.values(winners[0].data ?? {})[0];
    expect(row).toEqual({ status: won.status, version: 2 });
    const events = await hub.db.petitions('petition_events').where('petition_id', id).orderBy('id');
    expect(events.map((e) => [e.from_status, e.to_status])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', won.status],
    ]);
  });

  it('twenty officers answering one petition: one answer stands', async () => {
    const { id, version } = await petitionAt([['accept'], ['classify']]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        runCommand(hub, officer, 'answer', id, version, { answer: `Trả lời số ${i}` }),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    const events = await hub.db
      .petitions('petition_events')
      .where({ petition_id: id, to_status: 'ANSWERED' });
    expect(events).toHaveLength(1);
  });
});

describe('deadlines in working days, across Tết and weekends', () => {
  const DEADLINES = 'query ($id: ID!) { petition(id: $id) { dueDate transferDueDate overdue } }';

  it('received on the Friday before Tết 2026: transfer by 27 Feb, publish by 20 Mar', async () => {
    // Tết 2026: Mon 16 – Fri 20 Feb off; the clock starts on Mon 23 Feb.
    clock.set(new Date('2026-02-13T09:30:00+07:00'));
    // A conduct petition: the 2017 rule (a regulation's has 15 days since 2025, tests/petition-deadlines.test.ts).
    const result = await submit({ category: 'CONDUCT' });
    expect(result.petition).toMatchObject({ transferDueDate: '2026-02-27', dueDate: '2026-03-20' });

    // Transferred on Wed 25 Feb: the competent agency has 20 working days from then, to 25 Mar.
    clock.set(new Date('2026-02-25T10:00:00+07:00'));
    const moved = await runCommand(hub, officer, 'transfer', result.petition.id, 1, { target: 'bo-btp' });
    expect(moved.errors).toBeUndefined();
    let answer = await hub.asCentralOffice<{ petition: Record<string, unknown> }>(DEADLINES, {
      id: result.petition.id,
    });
    expect(answer.data?.petition).toEqual({
      dueDate: '2026-03-25',
      transferDueDate: '2026-02-27',
      overdue: false,
    });

    // Not answered by then: overdue the day after.
    clock.set(new Date('2026-03-26T08:00:00+07:00'));
    answer = await hub.asCentralOffice(DEADLINES, { id: result.petition.id });
    expect(answer.data?.petition.overdue).toBe(true);
  });

  it('received online on a Saturday: the weekend does not count', async () => {
    clock.set(new Date('2026-03-07T22:15:00+07:00'));
    const result = await submit({ category: 'CONDUCT' });
    // Mon 9 – Fri 13 Mar are the 5 working days; 20 end on Fri 3 Apr.
    expect(result.petition).toMatchObject({ transferDueDate: '2026-03-13', dueDate: '2026-04-03' });
  });

  it('received late on 31 Dec 2025 (Vietnam), a UTC instant on the 31st: New Year’s Day does not count', async () => {
    clock.set(new Date('2025-12-31T16:30:00Z')); // 23:30 in Vietnam, still 31 Dec
    const result = await submit({ category: 'CONDUCT' });
    // 1 Jan off; Fri 2, Mon 5 – Thu 8 Jan.
    expect(result.petition.transferDueDate).toBe('2026-01-08');
  });

  it('Art. 19: the due date is for publication: published after it is overdue, on it is not, answered but unpublished is overdue the day after', async () => {
    clock.set(new Date('2026-03-02T09:00:00+07:00'));
    const steps: [CommandName, Record<string, unknown>?][] = [['accept'], ['classify'], ['answer']];
    const late = await petitionAt(steps);
    const onTime = await petitionAt(steps);
    const unpublished = await petitionAt(steps);
    const due = (await hub.asCentralOffice<{ petition: { dueDate: string } }>(DEADLINES, { id: late.id }))
      .data?.petition.dueDate as string;
    // Published at 16:59 on the due date, and at 08:00 the day after (Vietnam time).
    clock.set(new Date(`${due}T16:59:00+07:00`));
    await runCommand(hub, leader, 'publish', onTime.id, onTime.version);
    clock.set(new Date(Date.parse(`${due}T08:00:00+07:00`) + 86_400_000));
    await runCommand(hub, leader, 'publish', late.id, late.version);
    const read = async (id: string) =>
      (await hub.asCentralOffice<{ petition: { overdue: boolean } }>(DEADLINES, { id })).data?.petition
        .overdue;
    expect(await read(onTime.id)).toBe(false);
    // Answered well before the due date, but published a day late: late.
    expect(await read(late.id)).toBe(true);
    expect(await read(unpublished.id)).toBe(true);
  });
});
