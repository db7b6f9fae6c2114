import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import { clock } from '../subgraphs/petitions/clock.ts';
import { type GraphQLResponse, type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';
import { freshCentralOffice, withUrgingLimit } from './support/urging.ts';

/**
 * Urging (đôn đốc) about overdue petitions. Decree 20/2008: the Government Office guides, monitors,
 * summarizes and urges ministries and provinces so that answers come on time. Cao Bằng (tinh-04) is urged;
 * the central office is bo-vpcp; Hà Nội's leader (tinh-01) has no reach over Cao Bằng; the Ministry of
 * Justice (bo-btp) is another agency. Petitions received on 2 March 2026 were due at the end of March: they
 * are overdue today (the real day, December 2026 or later).
 */
const CAO_BANG = 'tinh-04';
const LONG_AGO = new Date('2026-03-02T09:00:00+07:00');
const MESSAGE = 'Đề nghị Ủy ban nhân dân tỉnh khẩn trương trả lời các phản ánh, kiến nghị đã quá hạn.';

let hub: Hub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  hub = await sharedHub();
  const accounts = {
    central: { subject: 'vpcp.doncdoc', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' },
    caoBangLeader: { subject: 'lanhdao.caobang', role: 'LEADER', agencyId: CAO_BANG },
    caoBangOfficer: { subject: 'canbo.caobang', role: 'OFFICER', agencyId: CAO_BANG },
    hanoiLeader: { subject: 'lanhdao.hanoi', role: 'LEADER', agencyId: 'tinh-01' },
    justiceOfficer: { subject: 'canbo.btp', role: 'OFFICER', agencyId: 'bo-btp' },
  } as const;
  for (const [name, claims] of Object.entries(accounts)) tokens[name] = await hub.token(claims);
});
afterAll(async () => {
  await hub?.close();
});
afterEach(() => clock.set(null));

const URGE = `mutation Urge($input: UrgePetitionsInput!) {
  urgePetitions(input: $input) {
    id agency { id } urgedBy urgedByAgency { id } message expectedBy petitionCount
    petitions { id } acknowledgedAt acknowledgedBy urgedAt
  }
}`;

const ACKNOWLEDGE = `mutation Ack($id: ID!) {
  acknowledgeUrging(id: $id) { id acknowledgedAt acknowledgedBy }
}`;

interface Urging {
  id: string;
  agency: { id: string };
  urgedBy: string;
  urgedByAgency: { id: string };
  message: string;
  expectedBy: string;
  petitionCount: number;
  petitions: { id: string }[];
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  urgedAt: string;
}

/** A petition to Cao Bằng received in March: past its due date now, not answered. */
async function overduePetition(): Promise<string> {
  clock.set(LONG_AGO);
  const answer = await hub.query<Submitted>(SUBMIT, {
    input: petitionInput({ targetAgencyId: CAO_BANG }),
  });
  clock.set(null);
  expect(answer.errors).toBeUndefined();
  return answer.data?.submitPetition.petition.id as string;
}

/** A petition to Cao Bằng received today: within its deadline. */
async function freshPetition(): Promise<string> {
  const answer = await hub.query<Submitted>(SUBMIT, { input: petitionInput({ targetAgencyId: CAO_BANG }) });
  expect(answer.errors).toBeUndefined();
  return answer.data?.submitPetition.petition.id as string;
}

const today = () => todayInVietnam();
const nextMonth = () => todayInVietnam(new Date(Date.now() + 30 * 86_400_000));

function urge(token: string | undefined, input: Record<string, unknown>) {
  return hub.query<{ urgePetitions: Urging }>(
    URGE,
    { input: { agencyId: CAO_BANG, message: MESSAGE, expectedBy: nextMonth(), ...input } },
    { token },
  );
}

async function urgingRows(): Promise<number> {
  const result = await hub.db.petitions.raw('select count(*)::int as n from urgings');
  return Number(result.rows[0].n);
}

/** Cao Bằng's own petitions overdue and unanswered now, counted from the rows (not through the API). */
async function overdueOf(agencyId: string): Promise<string[]> {
  const result = await hub.db.petitions.raw(
    `select id::text as id from petitions
     where handling_agency_id = ? and published_at is null and status <> 'REJECTED' and due_date < ?::date
     order by id`,
    [agencyId, today()],
  );
  return (result.rows as { id: string }[]).map((row) => row.id);
}

const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions?.code;

describe('the central office urges an agency about overdue petitions (Decree 20/2008, the Government Office urges)', () => {
  it('urges one overdue petition: who, when, what, by when, and which petition are recorded', async () => {
    const petition = await overduePetition();
    const before = Date.now();
    const answer = await urge(tokens.central, { petitionIds: [petition] });
    expect(answer.errors).toBeUndefined();
    const urging = answer.data?.urgePetitions as Urging;
    expect(urging).toEqual({
      id: expect.any(String),
      agency: { id: CAO_BANG },
      urgedBy: 'vpcp.doncdoc',
      urgedByAgency: { id: 'bo-vpcp' },
      message: MESSAGE,
      expectedBy: nextMonth(),
      petitionCount: 1,
      petitions: [{ id: petition }],
      acknowledgedAt: null,
      acknowledgedBy: null,
      urgedAt: expect.any(String),
    });
    expect(Date.parse(urging.urgedAt)).toBeGreaterThanOrEqual(before - 1000);
    const links = await hub.db.petitions('urged_petitions').where('urging_id', urging.id);
    expect(links.map((link) => link.petition_id)).toEqual([petition]);
  });

  it('urges all of an agency’s overdue petitions at once: exactly those the rows say are overdue', async () => {
    const mine = [await overduePetition(), await overduePetition()];
    await freshPetition();
    const expected = await overdueOf(CAO_BANG);
    expect(expected).toEqual(expect.arrayContaining(mine));
    const answer = await urge(tokens.central, {});
    expect(answer.errors).toBeUndefined();
    const urging = answer.data?.urgePetitions as Urging;
    expect(urging.petitionCount).toBe(expected.length);
    expect(urging.petitions.map(({ id }) => id).sort()).toEqual(expected);
  });

  it('refuses to urge a petition that is not overdue (NOT_OVERDUE) and stores nothing', async () => {
    const overdue = await overduePetition();
    const fresh = await freshPetition();
    const before = await urgingRows();
    const answer = await urge(tokens.central, { petitionIds: [overdue, fresh] });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toEqual({
      code: 'NOT_OVERDUE',
      field: 'input.petitionIds',
      petitionIds: [fresh],
      serviceName: 'petitions',
    });
    expect(await urgingRows()).toBe(before);
  });

  it('refuses to urge all when the agency has nothing overdue (NOTHING_OVERDUE) and stores nothing', async () => {
    const units = await hub.db.agencies('agencies').where('id', 'like', `${CAO_BANG}.%`).pluck('id');
    const overdue = new Set(
      (
        await hub.db.petitions.raw(
          `select distinct handling_agency_id from petitions
           where published_at is null and status <> 'REJECTED' and due_date < ?::date`,
          [today()],
        )
      ).rows.map((row: { handling_agency_id: string }) => row.handling_agency_id),
    );
    const calm = units.find((id: string) => !overdue.has(id)) as string;
    expect(calm).toBeDefined();
    const before = await urgingRows();
    const answer = await urge(tokens.central, { agencyId: calm });
    expect(codeOf(answer)).toBe('NOTHING_OVERDUE');
    expect(await urgingRows()).toBe(before);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, unknown ones with NOT_FOUND', async () => {
    const petition = await overduePetition();
    const hanoi = (await overdueOf('tinh-01'))[0];
    const yesterday = todayInVietnam(new Date(Date.now() - 86_400_000));
    const before = await urgingRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ petitionIds: [petition], message: '   ' }, 'BAD_USER_INPUT', 'input.message'],
      [{ petitionIds: [petition], expectedBy: yesterday }, 'BAD_USER_INPUT', 'input.expectedBy'],
      [{ petitionIds: [] }, 'BAD_USER_INPUT', 'input.petitionIds'],
      [{ petitionIds: [petition, hanoi] }, 'BAD_USER_INPUT', 'input.petitionIds'],
      [{ petitionIds: [randomUUID()] }, 'NOT_FOUND', 'input.petitionIds'],
      [{ agencyId: 'khong-co-co-quan-nay' }, 'NOT_FOUND', 'input.agencyId'],
    ];
    for (const [input, code, field] of cases) {
      const answer = await urge(tokens.central, input);
      expect({ input, extensions: answer.errors?.[0]?.extensions }).toMatchObject({
        input,
        extensions: { code, field },
      });
    }
    expect(await urgingRows()).toBe(before);
  });
});

describe('who may urge: the central office nationally, a leader within reach, nobody else', () => {
  it('a leader urges an agency in their reach', async () => {
    const petition = await overduePetition();
    const answer = await urge(tokens.caoBangLeader, { petitionIds: [petition] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.urgePetitions).toMatchObject({
      urgedBy: 'lanhdao.caobang',
      urgedByAgency: { id: CAO_BANG },
      petitionCount: 1,
    });
  });

  it('a leader outside the reach, an officer and an anonymous caller are refused, and nothing is stored', async () => {
    const petition = await overduePetition();
    const before = await urgingRows();
    expect(codeOf(await urge(tokens.hanoiLeader, { petitionIds: [petition] }))).toBe('FORBIDDEN');
    expect(codeOf(await urge(tokens.hanoiLeader, {}))).toBe('FORBIDDEN');
    expect(codeOf(await urge(tokens.caoBangOfficer, { petitionIds: [petition] }))).toBe('FORBIDDEN');
    expect(codeOf(await urge(undefined, { petitionIds: [petition] }))).toBe('UNAUTHENTICATED');
    expect(await urgingRows()).toBe(before);
  });
});

const AGENCY_URGINGS = `query Urgings($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {
  agency(id: $id) {
    urgings(acknowledged: $acknowledged, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id message petitionCount acknowledgedAt acknowledgedBy }
    }
  }
}`;

const PETITION_URGINGS = `query PetitionUrgings($id: ID!) {
  petition(id: $id) { id urgings { id message expectedBy urgedBy } }
}`;

describe('the urged agency sees and acknowledges its urgings; another agency cannot', () => {
  it('Cao Bằng’s officer reads Agency.urgings and Petition.urgings, acknowledges once, and a second time is ALREADY_ACKNOWLEDGED', async () => {
    const petition = await overduePetition();
    const first = (await urge(tokens.central, { petitionIds: [petition], message: 'Lần 1.' })).data
      ?.urgePetitions as Urging;
    const second = (await urge(tokens.central, { petitionIds: [petition], message: 'Lần 2.' })).data
      ?.urgePetitions as Urging;

    const seen = await hub.query(PETITION_URGINGS, { id: petition }, { token: tokens.caoBangOfficer });
    expect(seen).toMatchObject({
      status: 200,
      data: {
        petition: {
          id: petition,
          urgings: [
            { id: second.id, message: 'Lần 2.', expectedBy: nextMonth(), urgedBy: 'vpcp.doncdoc' },
            { id: first.id, message: 'Lần 1.', expectedBy: nextMonth(), urgedBy: 'vpcp.doncdoc' },
          ],
        },
      },
    });
    expect(seen.errors).toBeUndefined();

    const waiting = await hub.query<{
      agency: { urgings: { totalCount: number; nodes: { id: string }[] } };
    }>(AGENCY_URGINGS, { id: CAO_BANG, acknowledged: false, first: 2 }, { token: tokens.caoBangOfficer });
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data?.agency.urgings.nodes.map(({ id }) => id)).toEqual([second.id, first.id]);
    const unacknowledged = await hub.db
      .petitions('urgings')
      .where('agency_id', CAO_BANG)
      .whereNull('acknowledged_at')
      .count({ n: '*' });
    expect(waiting.data?.agency.urgings.totalCount).toBe(Number(unacknowledged[0].n));

    const acknowledged = await hub.query(ACKNOWLEDGE, { id: first.id }, { token: tokens.caoBangOfficer });
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data).toEqual({
      acknowledgeUrging: {
        id: first.id,
        acknowledgedAt: expect.any(String),
        acknowledgedBy: 'canbo.caobang',
      },
    });
    const again = await hub.query(ACKNOWLEDGE, { id: first.id }, { token: tokens.caoBangLeader });
    expect(codeOf(again)).toBe('ALREADY_ACKNOWLEDGED');
    const row = await hub.db.petitions('urgings').where('id', first.id).first();
    expect(row.acknowledged_by).toBe('canbo.caobang');

    const done = await hub.query<{ agency: { urgings: { nodes: { id: string }[] } } }>(
      AGENCY_URGINGS,
      { id: CAO_BANG, acknowledged: true, first: 100 },
      { token: tokens.caoBangOfficer },
    );
    expect(done.data?.agency.urgings.nodes.map(({ id }) => id)).toContain(first.id);
    expect(done.data?.agency.urgings.nodes.map(({ id }) => id)).not.toContain(second.id);
  });

  it('pages Agency.urgings newest first with keyset cursors, every urging once', async () => {
    const petition = await overduePetition();
    for (const n of [1, 2, 3])
      await urge(tokens.central, { petitionIds: [petition], message: `Trang ${n}.` });
    const all = await hub.db
      .petitions('urgings')
      .where('agency_id', CAO_BANG)
      .orderBy([
        { column: 'urged_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .pluck('id');
    const seen: string[] = [];
    let after: string | null = null;
    type Page = {
      agency: { urgings: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    };
    do {
      const page: GraphQLResponse<Page> = await hub.query<Page>(
        AGENCY_URGINGS,
        { id: CAO_BANG, first: 2, after },
        { token: tokens.central },
      );
      expect(page.errors).toBeUndefined();
      const urgings: Page['agency']['urgings'] | undefined = page.data?.agency.urgings;
      seen.push(...(urgings?.nodes.map(({ id }) => id) ?? []));
      after = urgings?.pageInfo.hasNextPage ? urgings.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('an officer of another agency can neither see nor acknowledge Cao Bằng’s urgings', async () => {
    const petition = await overduePetition();
    const urging = (await urge(tokens.central, { petitionIds: [petition] })).data?.urgePetitions as Urging;
    const list = await hub.query(AGENCY_URGINGS, { id: CAO_BANG }, { token: tokens.justiceOfficer });
    expect(list.data).toEqual({ agency: { urgings: null } });
    expect(codeOf(list)).toBe('FORBIDDEN');
    const onPetition = await hub.query(PETITION_URGINGS, { id: petition }, { token: tokens.justiceOfficer });
    expect(onPetition.data).toEqual({ petition: null });
    expect(codeOf(onPetition)).toBe('FORBIDDEN');
    const ack = await hub.query(ACKNOWLEDGE, { id: urging.id }, { token: tokens.justiceOfficer });
    expect(codeOf(ack)).toBe('FORBIDDEN');
    // The central office monitors; it does not acknowledge for the agency.
    expect(codeOf(await hub.query(ACKNOWLEDGE, { id: urging.id }, { token: tokens.central }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await hub.query(ACKNOWLEDGE, { id: urging.id }))).toBe('UNAUTHENTICATED');
    const row = await hub.db.petitions('urgings').where('id', urging.id).first();
    expect(row.acknowledged_at).toBeNull();
  });

  it('the tracking code shows no urgings: they are handling data', async () => {
    const petition = await overduePetition();
    await urge(tokens.central, { petitionIds: [petition] });
    const code = await hub.db.petitions('petitions').where('id', petition).first('tracking_code');
    const answer = await hub.query(
      'query Track($code: String!) { petitionByTrackingCode(trackingCode: $code) { id urgings { id } } }',
      { code: code.tracking_code },
    );
    expect(answer.data).toEqual({ petitionByTrackingCode: null });
    expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });
});

const STATS = `query Stats($id: ID!, $from: Date!, $to: Date!) {
  agency(id: $id) {
    petitionStats(from: $from, to: $to) { received urged resolvedAfterUrging }
    petitionStatsByCategory(from: $from, to: $to) { category stats { urged resolvedAfterUrging } }
  }
}`;

describe('whether urging works: PetitionStats.urged and resolvedAfterUrging (the Government Office summarizes)', () => {
  it('equal a count from the raw rows after an urged petition is answered and published', async () => {
    const petition = await overduePetition();
    await urge(tokens.central, { petitionIds: [petition] });
    // Cao Bằng answers; its leader checks and publishes (Art. 19).
    let version = 1;
    for (const command of ['accept', 'classify', 'answer'] as const) {
      const done = await runCommand(hub, tokens.caoBangOfficer, command, petition, version);
      expect(done.errors).toBeUndefined();
      version += 1;
    }
    const published = await runCommand(hub, tokens.caoBangLeader, 'publish', petition, version);
    expect(published.errors).toBeUndefined();

    const from = '2026-01-01';
    const to = today();
    const counted = await hub.db.petitions.raw(
      `select count(*)::int as urged,
         count(*) filter (where p.published_at > f.first_at)::int as resolved
       from petitions p
       join (select up.petition_id, min(u.urged_at) as first_at from urged_petitions up
             join urgings u on u.id = up.urging_id group by 1) f on f.petition_id = p.id
       where p.handling_agency_id in (select id from unnest(?::text[]) as a(id))
         and p.received_at >= ?::timestamptz and p.received_at < ?::timestamptz`,
      [
        await hub.db
          .agencies('agencies')
          .where('id', CAO_BANG)
          .orWhere('id', 'like', `${CAO_BANG}.%`)
          .pluck('id'),
        `${from}T00:00:00+07:00`,
        `${to}T24:00:00+07:00`,
      ],
    );
    const expected = counted.rows[0];
    expect(expected.resolved).toBeGreaterThanOrEqual(1);
    const answer = await hub.query<{
      agency: {
        petitionStats: { urged: number; resolvedAfterUrging: number };
        petitionStatsByCategory: { stats: { urged: number; resolvedAfterUrging: number } }[];
      };
    }>(STATS, { id: CAO_BANG, from, to }, { token: tokens.central });
    expect(answer.errors).toBeUndefined();
    const stats = answer.data?.agency.petitionStats;
    expect(stats).toMatchObject({ urged: expected.urged, resolvedAfterUrging: expected.resolved });
    const categories = answer.data?.agency.petitionStatsByCategory ?? [];
    expect(categories.reduce((sum, { stats }) => sum + stats.urged, 0)).toBe(expected.urged);
    expect(categories.reduce((sum, { stats }) => sum + stats.resolvedAfterUrging, 0)).toBe(expected.resolved);
  });

  it('costs one statement more only when asked for', async () => {
    const ask = (fields: string) =>
      hub.query(
        `query S($from: Date!, $to: Date!) { agency(id: "${CAO_BANG}") { petitionStats(from: $from, to: $to) { ${fields} } } }`,
        { from: '2026-01-01', to: today() },
        { token: tokens.central },
      );
    const without = await hub.countStatements(() => ask('received'));
    const withUrged = await hub.countStatements(() => ask('received urged resolvedAfterUrging'));
    expect(withUrged - without).toBe(1);
  });
});

async function urgingsBy(subject: string): Promise<number> {
  const result = await hub.db.petitions.raw('select count(*)::int as n from urgings where urged_by = ?', [
    subject,
  ]);
  return Number(result.rows[0].n);
}

describe('attacker probes on urging', () => {
  it('an unknown or malformed urging id is NOT_FOUND, never a server error', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', "'; drop table urgings; --"]) {
      const answer = await hub.query(ACKNOWLEDGE, { id }, { token: tokens.caoBangOfficer });
      expect({ id, code: codeOf(answer) }).toEqual({ id, code: 'NOT_FOUND' });
    }
  });

  it('naming more than 500 petitions is refused before any petition is read', async () => {
    const ids = Array.from({ length: 501 }, () => randomUUID());
    let answer: Awaited<ReturnType<typeof urge>> | undefined;
    const statements = await hub.countStatements(async () => {
      answer = await urge(tokens.central, { petitionIds: ids });
    });
    expect(answer && codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(statements).toBe(0);
  });

  it('a page over 100 urgings is BAD_USER_INPUT; many agencies’ urgings are one statement', async () => {
    const big = await hub.query(AGENCY_URGINGS, { id: CAO_BANG, first: 101 }, { token: tokens.central });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    const query = '{ agencies(first: 50) { nodes { id urgings(first: 5) { nodes { id } } } } }';
    const before = hub.db.petitions.sqlStats.statements;
    const answer = await hub.query(query, {}, { token: tokens.central });
    expect(answer.errors).toBeUndefined();
    // Fifty agencies' pages are read by the petitions subgraph in one statement.
    expect(hub.db.petitions.sqlStats.statements - before).toBe(1);
  });
  it('one account urges at most URGINGS_PER_HOUR times in a rolling hour: the next is RATE_LIMITED until the oldest leaves, and stores nothing', async () => {
    const petition = await overduePetition();
    const flooder = await freshCentralOffice(hub);
    const other = await freshCentralOffice(hub);
    await withUrgingLimit(3, async () => {
      for (let i = 0; i < 3; i++)
        expect((await urge(flooder.token, { petitionIds: [petition] })).errors).toBeUndefined();
      const refusedAt = Date.now();
      const refused = await urge(flooder.token, { petitionIds: [petition] });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /^Tài khoản này đã gửi 3 văn bản đôn đốc trong một giờ\. Vui lòng thử lại sau \d+ phút\.$/,
        ),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), serviceName: 'petitions' },
      });
      const retryAfter = refused.errors?.[0]?.extensions?.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(3_500);
      expect(retryAfter).toBeLessThanOrEqual(3_600);
      expect(await urgingsBy(flooder.subject)).toBe(3);
      // Another account is not held back by the flooder.
      expect((await urge(other.token, { petitionIds: [petition] })).errors).toBeUndefined();
      // Once the oldest urging has left the hour, the account may urge again.
      clock.set(new Date(refusedAt + retryAfter * 1000));
      expect((await urge(flooder.token, { petitionIds: [petition] })).errors).toBeUndefined();
      expect(await urgingsBy(flooder.subject)).toBe(4);
    });
  });

  it('concurrent urgings by one account over the limit store exactly the limit', async () => {
    const petition = await overduePetition();
    const flooder = await freshCentralOffice(hub);
    await withUrgingLimit(3, async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => urge(flooder.token, { petitionIds: [petition] })),
      );
      const codes = answers.map((answer) => codeOf(answer) ?? 'OK').sort();
      expect(codes).toEqual([
        'OK',
        'OK',
        'OK',
        'RATE_LIMITED',
        'RATE_LIMITED',
        'RATE_LIMITED',
        'RATE_LIMITED',
        'RATE_LIMITED',
      ]);
      expect(await urgingsBy(flooder.subject)).toBe(3);
    });
  });
});
