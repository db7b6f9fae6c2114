import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOn, referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import { addDays, todayInVietnam } from '../kit/dates.ts';
import { workingDaysBetween } from '../kit/workingDays.ts';
import { clock } from '../subgraphs/petitions/clock.ts';
import { RATING_REFUSED_MESSAGE } from '../subgraphs/petitions/rating.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const agencies = referenceAgencies();

/** Unit sets written here from the reference data, independently of the agencies subgraph. */
function closure(id: string, units: boolean, predecessors: boolean): string[] {
  const found = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const current = queue.shift() as string;
    for (const agency of agencies) {
      const linked =
        (units && agency.parentId === current) || (predecessors && agency.successorId === current);
      if (linked && !found.has(agency.id)) {
        found.add(agency.id);
        queue.push(agency.id);
      }
    }
  }
  return [...found];
}

async function submit(overrides: Record<string, unknown> = {}) {
  const answer = await hub.query<Submitted>(SUBMIT, { input: petitionInput(overrides) });
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.submitPetition;
}

async function published(overrides: Record<string, unknown> = {}) {
  const { petition, trackingCode } = await submit(overrides);
  // An officer of the agency that handles it: only they may (petitions/access.ts). The same agency received
  // it, so its leader approves the answer (Art. 19).
  const agencyId = petition.handlingAgency.id;
  const handler = await hub.token({ subject: `can-bo.${agencyId}`, role: 'OFFICER', agencyId });
  const leader = await hub.token({ subject: `lanh-dao.${agencyId}`, role: 'LEADER', agencyId });
  let version = 1;
  for (const command of ['accept', 'classify', 'answer', 'publish'] as const) {
    const answer = await runCommand(
      hub,
      command === 'publish' ? leader : handler,
      command,
      petition.id,
      version,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    version += 1;
  }
  return { id: petition.id, trackingCode };
}

const LIST = `query List($filter: PetitionFilter, $first: Int, $after: String) {
  petitions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id receivedAt status handlingAgency { id } }
  }
}`;
interface ListAnswer {
  petitions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; receivedAt: string; status: string; handlingAgency: { id: string } }[];
  };
}

async function everyPage(filter: Record<string, unknown>) {
  const seen: ListAnswer['petitions']['nodes'] = [];
  let after: string | null = null;
  let total = 0;
  for (let pages = 0; pages < 50; pages += 1) {
    const answer: Awaited<ReturnType<Hub['query']>> & { data?: ListAnswer | null } =
      await hub.asCentralOffice<ListAnswer>(LIST, { filter, first: 100, after });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    total = answer.data.petitions.totalCount;
    seen.push(...answer.data.petitions.nodes);
    if (!answer.data.petitions.pageInfo.hasNextPage) break;
    after = answer.data.petitions.pageInfo.endCursor;
  }
  return { seen, total };
}

describe('Query.petitions: newest first, keyset cursors, filters', () => {
  it('an agency with its units, by status and period, equals the direct count, in order', async () => {
    const filter = {
      agencyId: 'tinh-01',
      status: ['PUBLISHED'],
      submittedFrom: '2026-05-01',
      submittedTo: '2026-08-31',
    };
    const { seen, total } = await everyPage(filter);
    const [{ n }] = await hub.db
      .petitions('petitions')
      .count({ n: '*' })
      .where((q) =>
        q.where('handling_agency_id', 'tinh-01').orWhere('handling_agency_id', 'like', 'tinh-01.%'),
      )
      .where('status', 'PUBLISHED')
      .where('received_at', '>=', '2026-05-01T00:00:00+07:00')
      .where('received_at', '<', '2026-09-01T00:00:00+07:00');
    expect(total).toBe(Number(n));
    expect(total).toBeGreaterThan(100);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((p) => p.id)).size).toBe(total);
    expect(seen.some((p) => p.handlingAgency.id !== 'tinh-01')).toBe(true);
    for (const p of seen)
      expect(p.handlingAgency.id === 'tinh-01' || p.handlingAgency.id.startsWith('tinh-01.')).toBe(true);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i - 1].receivedAt >= seen[i].receivedAt).toBe(true);
  });

  it('overdue and procedure filters equal the direct counts', async () => {
    const today = todayInVietnam();
    const overdue = await hub.asCentralOffice<ListAnswer>(LIST, {
      filter: { agencyId: 'tinh-79-2025', overdue: true },
      first: 1,
    });
    const dueEnd = `(due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours'`;
    const direct = await hub.db.petitions.raw(
      `select count(*) as n from petitions
       where (handling_agency_id = 'tinh-79-2025' or handling_agency_id like 'tinh-79-2025.%')
         and ((published_at is null and status <> 'REJECTED' and due_date < ?::date) or published_at >= ${dueEnd})`,
      [today],
    );
    expect(overdue.data?.petitions.totalCount).toBe(Number(direct.rows[0].n));
    expect(Number(direct.rows[0].n)).toBeGreaterThan(0);

    const { procedure_code: code } = await hub.db
      .petitions('petitions')
      .whereNotNull('procedure_code')
      .first('procedure_code');
    const byProcedure = await hub.asCentralOffice<ListAnswer>(LIST, {
      filter: { procedureCode: code },
      first: 1,
    });
    const [{ n }] = await hub.db.petitions('petitions').where('procedure_code', code).count({ n: '*' });
    expect(byProcedure.data?.petitions.totalCount).toBe(Number(n));
  });

  it('search ignores diacritics and case, and takes % literally', async () => {
    const { petition } = await submit({
      title: 'Đường làng ở xã Tân Phước bị ngập úng kéo dài',
      content: 'Mỗi mùa mưa, đường làng ngập sâu nửa mét.',
    });
    for (const search of ['duong lang o xa tan phuoc', 'NGẬP ÚNG KÉO DÀI', 'ngap sau nua met']) {
      const answer = await hub.asCentralOffice<ListAnswer>(LIST, { filter: { search } });
      expect(
        answer.data?.petitions.nodes.map((p) => p.id),
        search,
      ).toEqual([petition.id]);
    }
    // "ngap%" would find the petition above if % were a wildcard.
    const wildcard = await hub.asCentralOffice<ListAnswer>(LIST, { filter: { search: 'ngap%' }, first: 1 });
    expect(wildcard.data?.petitions.totalCount).toBe(0);
  });

  it('the agency side takes the same filters', async () => {
    const { petition } = await submit({
      targetAgencyId: 'tinh-01.stp',
      title: 'Lệ phí chứng thực bản sao quá cao',
    });
    const answer = await hub.asCentralOffice<{ agency: { petitions: { nodes: { id: string }[] } } }>(
      `{ agency(id: "tinh-01") { petitions(filter: { search: "le phi chung thuc", status: [RECEIVED] }) { nodes { id } } } }`,
    );
    expect(answer).toEqual({
      status: 200,
      data: { agency: { petitions: { nodes: [{ id: petition.id }] } } },
    });
  });

  it('a cursor from elsewhere and an inverted period are BAD_USER_INPUT', async () => {
    const bad = await hub.asCentralOffice(LIST, { after: 'bm9wZQ' });
    expect(bad.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const inverted = await hub.asCentralOffice(LIST, {
      filter: { submittedFrom: '2026-05-01', submittedTo: '2026-01-01' },
    });
    expect(inverted.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a citizen tracks a petition by its code', () => {
  it('sees status, dates, handling agency and the published answer, never personal data', async () => {
    const { trackingCode } = await published({ targetAgencyId: 'bo-vpcp' });
    const answer = await hub.query<{ petitionByTrackingCode: Record<string, unknown> }>(
      `query ($code: String!) { petitionByTrackingCode(trackingCode: $code) {
         trackingCode status receivedAt dueDate answeredAt publishedAt answer handlingAgency { id name }
         history { toStatus } } }`,
      { code: trackingCode.toLowerCase().replaceAll('-', ' ') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.petitionByTrackingCode).toMatchObject({
      trackingCode,
      status: 'PUBLISHED',
      answer: 'Cơ quan đã rà soát và sẽ sửa đổi quy định trong quý tới.',
      handlingAgency: { id: 'bo-vpcp', name: 'Văn phòng Chính phủ' },
      history: [
        { toStatus: 'RECEIVED' },
        { toStatus: 'ACCEPTED' },
        { toStatus: 'PROCESSING' },
        { toStatus: 'ANSWERED' },
        { toStatus: 'PUBLISHED' },
      ],
    });
    const text = JSON.stringify(answer);
    for (const personal of ['Nguyễn Thị Hoa', '0912', 'Hàng Bài', 'hoa.nguyen'])
      expect(text).not.toContain(personal);
  });

  it('an unknown code is NOT_FOUND', async () => {
    const answer = await hub.query('{ petitionByTrackingCode(trackingCode: "PA-2222-2222") { id } }');
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([
      ['NOT_FOUND', 'petitions'],
    ]);
  });
});

const RATE = `mutation ($code: String!, $phone: String!, $rating: Int!) {
  ratePetition(trackingCode: $code, phone: $phone, rating: $rating) { trackingCode rating }
}`;

describe('the petitioner rates a published answer', () => {
  it('with the tracking code and the phone given at submission, however it is written', async () => {
    const { trackingCode } = await published();
    const answer = await hub.query(RATE, { code: trackingCode, phone: '+84 912.345.678', rating: 4 });
    expect(answer).toEqual({ status: 200, data: { ratePetition: { trackingCode, rating: 4 } } });
  });

  it('a wrong phone, an unknown code and an unpublished answer get the same refusal, revealing nothing', async () => {
    const { trackingCode } = await published();
    const wrongPhone = await hub.query(RATE, { code: trackingCode, phone: '0987654321', rating: 1 });
    const unknown = await hub.query(RATE, { code: 'PA-2222-2222', phone: '0912345678', rating: 1 });
    for (const answer of [wrongPhone, unknown]) {
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['FORBIDDEN', RATING_REFUSED_MESSAGE],
      ]);
    }
    const row = await hub.db.petitions('petitions').where('tracking_code', trackingCode).first('rating');
    expect(row.rating).toBeNull();
  });

  it('only a published answer, and only 1 to 5', async () => {
    const { trackingCode } = await submit();
    const early = await hub.query(RATE, { code: trackingCode, phone: '0912345678', rating: 5 });
    expect(early.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', RATING_REFUSED_MESSAGE],
    ]);
    const outOfRange = await hub.query(RATE, { code: trackingCode, phone: '0912345678', rating: 6 });
    expect(outOfRange.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'rating'],
    ]);
  });
});

const STATS_FIELDS = `received accepted rejected transferredOut answered awaitingCheck published answeredOnTime
  publishedOnTime publishedLate inProgressOnTime overdueUnpublished overdue onTimeRate averageWorkingDaysToAnswer
  ratingCount averageRating`;

/** The whole PetitionStats, computed here from the petitions table with the test's own unit sets. */
async function expectedStats(units: string[], from: string, to: string) {
  const today = todayInVietnam();
  const range = [`${from}T00:00:00+07:00`, `${addDays(to, 1)}T00:00:00+07:00`];
  const dueEnd = `(due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours'`;
  const counts = (
    await hub.db.petitions.raw(
      `select count(*) as received,
         count(*) filter (where status in ('ACCEPTED', 'PROCESSING', 'ANSWERED', 'RETURNED', 'PUBLISHED')) as accepted,
         count(*) filter (where status = 'REJECTED') as rejected,
         count(*) filter (where status in ('ANSWERED', 'PUBLISHED')) as answered,
         count(*) filter (where status = 'PUBLISHED') as published,
         count(*) filter (where status = 'ANSWERED') as awaiting_check,
         count(*) filter (where status in ('ANSWERED', 'PUBLISHED') and answered_at < ${dueEnd}) as on_time,
         count(*) filter (where status = 'PUBLISHED' and published_at < ${dueEnd}) as published_on_time,
         count(*) filter (where status = 'PUBLISHED' and published_at >= ${dueEnd}) as published_late,
         count(*) filter (where status not in ('PUBLISHED', 'REJECTED') and due_date >= ?::date) as in_progress,
         count(*) filter (where status not in ('PUBLISHED', 'REJECTED') and due_date < ?::date) as overdue_unpublished,
         count(rating) as rating_count, sum(rating) as rating_sum
       from petitions where handling_agency_id = any(?::text[]) and received_at >= ? and received_at < ?`,
      [today, today, units, ...range],
    )
  ).rows[0];
  const transferred = (
    await hub.db.petitions.raw(
      `select count(distinct p.id) as n from petitions p join petition_events e on e.petition_id = p.id
       where e.to_status = 'TRANSFERRED' and e.actor_agency_id = any(?::text[])
         and not (e.target_agency_id = any(?::text[])) and p.received_at >= ? and p.received_at < ?`,
      [units, units, ...range],
    )
  ).rows[0];
  // Working days to the answer, counted here with the kit's calendar from the instants.
  const answeredRows = (
    await hub.db.petitions.raw(
      `select to_char(received_at + interval '7 hours', 'YYYY-MM-DD') as received_on,
              to_char(answered_at + interval '7 hours', 'YYYY-MM-DD') as answered_on
       from petitions where status in ('ANSWERED', 'PUBLISHED') and handling_agency_id = any(?::text[])
         and received_at >= ? and received_at < ?`,
      [units, ...range],
    )
  ).rows as { received_on: string; answered_on: string }[];
  const days = answeredRows.map((row) => workingDaysBetween(row.received_on, row.answered_on));
  const answered = Number(counts.answered);
  const published = Number(counts.published);
  const publishedOnTime = Number(counts.published_on_time);
  const publishedLate = Number(counts.published_late);
  const overdueUnpublished = Number(counts.overdue_unpublished);
  const ratingCount = Number(counts.rating_count);
  return {
    received: Number(counts.received),
    accepted: Number(counts.accepted),
    rejected: Number(counts.rejected),
    transferredOut: Number(transferred.n),
    answered,
    awaitingCheck: Number(counts.awaiting_check),
    published,
    answeredOnTime: Number(counts.on_time),
    publishedOnTime,
    publishedLate,
    inProgressOnTime: Number(counts.in_progress),
    overdueUnpublished,
    overdue: publishedLate + overdueUnpublished,
    onTimeRate: published + overdueUnpublished ? publishedOnTime / (published + overdueUnpublished) : null,
    averageWorkingDaysToAnswer: days.length ? days.reduce((a, b) => a + b, 0) / days.length : null,
    ratingCount,
    averageRating: ratingCount ? Number(counts.rating_sum) / ratingCount : null,
  };
}

function close(actual: Record<string, number | null>, expected: Record<string, number | null>) {
  for (const [key, value] of Object.entries(expected)) {
    if (value !== null && !Number.isInteger(value)) expect(actual[key], key).toBeCloseTo(value, 9);
    else expect(actual[key], key).toBe(value);
  }
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
}

describe('statistics for the central office equal a direct SQL count on the sample data', () => {
  const from = '2025-11-01';
  const to = '2026-10-31';
  const FLAGS = [
    { d: true, p: true, units: (id: string) => closure(id, true, true) },
    { d: true, p: false, units: (id: string) => closure(id, true, false) },
    { d: false, p: true, units: (id: string) => closure(id, false, true) },
    { d: false, p: false, units: (id: string) => [id] },
  ];

  for (const id of ['tinh-91-2025', 'tinh-01', 'bo-vpcp', 'bo-btc-2025']) {
    it(`${id}, with and without its units and predecessors`, async () => {
      // A rated answer, so the rating figures are alive too.
      const rated = await published({ targetAgencyId: id });
      await hub.query(RATE, { code: rated.trackingCode, phone: '0912345678', rating: 3 });
      const answer = await hub.asCentralOffice<
        Record<string, { petitionStats: Record<string, number | null> }>
      >(
        `query ($id: ID!, $from: Date!, $to: Date!) {
          ${FLAGS.map((f, i) => `s${i}: agency(id: $id) { petitionStats(from: $from, to: $to, includeDescendants: ${f.d}, includePredecessors: ${f.p}) { ${STATS_FIELDS} } }`).join('\n')}
        }`,
        { id, from, to },
      );
      expect(answer.errors).toBeUndefined();
      for (const [i, flag] of FLAGS.entries()) {
        const expected = await expectedStats(flag.units(id), from, to);
        close(answer.data?.[`s${i}`].petitionStats ?? {}, expected);
      }
      const all = answer.data?.s0.petitionStats as Record<string, number>;
      expect(all.received).toBeGreaterThan(0);
      expect(all.ratingCount).toBeGreaterThan(0);
    });
  }

  it('a petition Kiên Giang received before the merger counts for the new An Giang only with includePredecessors', async () => {
    // Other files on the shared hub may have filed June 2025 petitions too: the figures move by this one.
    const june = () =>
      hub.asCentralOffice<Record<string, { petitionStats: { received: number } }>>(
        `{ with: agency(id: "tinh-91-2025") { petitionStats(from: "2025-06-01", to: "2025-06-30") { received } }
           without: agency(id: "tinh-91-2025") {
             petitionStats(from: "2025-06-01", to: "2025-06-30", includePredecessors: false) { received } }
           kienGiang: agency(id: "tinh-91") { petitionStats(from: "2025-06-01", to: "2025-06-30") { received } } }`,
      );
    const before = await june();
    const received = (name: string) => before.data?.[name].petitionStats.received ?? Number.NaN;
    clock.set(new Date('2025-06-20T10:00:00+07:00'));
    try {
      const { petition } = await submit({ targetAgencyId: 'tinh-91' });
      expect(petition.handlingAgency).toEqual({ id: 'tinh-91' }); // it still existed that day
    } finally {
      clock.set(null);
    }
    expect(await june()).toEqual({
      status: 200,
      data: {
        with: { petitionStats: { received: received('with') + 1 } },
        without: { petitionStats: { received: 0 } },
        kienGiang: { petitionStats: { received: received('kienGiang') + 1 } },
      },
    });
  });

  it('34 provinces with all the figures in one petitions statement', async () => {
    const before = hub.db.petitions.sqlStats.statements;
    const answer = await hub.asCentralOffice<{
      agencies: { nodes: { petitionStats: { received: number } }[] };
    }>(
      `{ agencies(filter: { kind: PROVINCE, activeOn: "2026-01-01" }, first: 100) {
          nodes { petitionStats(from: "2025-11-01", to: "2026-10-31", includeDescendants: true) { ${STATS_FIELDS} } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.agencies.nodes).toHaveLength(34);
    expect(hub.db.petitions.sqlStats.statements - before).toBe(1);
    const provinces = agencies.filter((a) => a.kind === 'PROVINCE' && activeOn(a, '2026-01-01'));
    expect(provinces).toHaveLength(34);
  });

  it('counts petitions per procedure (AdministrativeProcedure.petitionCount) as the table does', async () => {
    const { procedure_code: code } = await hub.db
      .petitions('petitions')
      .whereNotNull('procedure_code')
      .first('procedure_code');
    const answer = await hub.asCentralOffice<{ procedure: { petitionCount: number } }>(
      'query ($code: String!) { procedure(code: $code) { petitionCount(from: "2026-01-01", to: "2026-06-30") } }',
      { code },
    );
    const [{ n }] = await hub.db
      .petitions('petitions')
      .where('procedure_code', code)
      .where('received_at', '>=', '2026-01-01T00:00:00+07:00')
      .where('received_at', '<', '2026-07-01T00:00:00+07:00')
      .count({ n: '*' });
    expect(answer.data?.procedure.petitionCount).toBe(Number(n));
  });
});
