import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import { reportingClock } from '../subgraphs/reporting/clock.ts';
import { type GraphQLResponse, type Hub, sharedHub } from './support/hub.ts';
import { freshCentralOffice, withUrgingLimit } from './support/urging.ts';

/**
 * Urging (đôn đốc) about overdue reports. Decree 09/2019: reporting regimes of state administrative
 * agencies; the Government Office monitors and urges ministries and provinces. Cao Bằng (tinh-04) owes the
 * monthly socio-economic report; the central office is bo-vpcp; Hà Nội's leader (tinh-01) has no reach over
 * Cao Bằng; the Ministry of Justice (bo-btp) is another agency. The sample history ends on 2026-10-31, so
 * its unreported obligations due before then are OVERDUE today.
 */
const CAO_BANG = 'tinh-04';
const MONTHLY = 'VPCP-KTXH-THANG';
const MESSAGE = 'Đề nghị Ủy ban nhân dân tỉnh gửi ngay các báo cáo kinh tế - xã hội đã quá hạn.';

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

const URGE = `mutation Urge($input: UrgeReportsInput!) {
  urgeReports(input: $input) {
    id agency { id } urgedBy urgedByAgency { id } message expectedBy obligationCount
    obligations { id status } acknowledgedAt acknowledgedBy
  }
}`;

const ACKNOWLEDGE = `mutation Ack($id: ID!) {
  acknowledgeReportingUrging(id: $id) { id acknowledgedAt acknowledgedBy }
}`;

interface Urging {
  id: string;
  obligationCount: number;
  obligations: { id: string; status: string }[];
}

const today = () => todayInVietnam();
const nextMonth = () => todayInVietnam(new Date(Date.now() + 30 * 86_400_000));
const codeOf = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0]?.extensions?.code;

function urge(token: string | undefined, input: Record<string, unknown>) {
  return hub.query<{ urgeReports: Urging }>(
    URGE,
    { input: { agencyId: CAO_BANG, message: MESSAGE, expectedBy: nextMonth(), ...input } },
    { token },
  );
}

/** An agency's own obligations OVERDUE now (nothing submitted, due before today), from the rows. */
async function overdueOf(agencyId: string, regime?: string): Promise<string[]> {
  const result = await hub.db.reporting.raw(
    `select o.id::text as id from reporting_obligations o
     where o.agency_id = ? and (?::text is null or o.regime_code = ?) and o.due_date < ?::date
       and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)
     order by o.id`,
    [agencyId, regime ?? null, regime ?? null, today()],
  );
  return (result.rows as { id: string }[]).map((row) => row.id);
}

/** An obligation of Cao Bằng with a report submitted: not OVERDUE. */
async function submittedOne(): Promise<string> {
  const result = await hub.db.reporting.raw(
    `select o.id::text as id from reporting_obligations o
     where o.agency_id = ? and exists (select 1 from reporting_submissions s where s.obligation_id = o.id)
     order by o.id limit 1`,
    [CAO_BANG],
  );
  return result.rows[0].id;
}

async function urgingRows(): Promise<number> {
  const result = await hub.db.reporting.raw('select count(*)::int as n from reporting_urgings');
  return Number(result.rows[0].n);
}

describe('the central office urges an agency about overdue reports (Decree 09/2019)', () => {
  it('urges one OVERDUE obligation: who, when, what, by when and which obligation are recorded', async () => {
    const [obligation] = await overdueOf(CAO_BANG, MONTHLY);
    const answer = await urge(tokens.central, { obligationIds: [obligation] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.urgeReports).toEqual({
      id: expect.any(String),
      agency: { id: CAO_BANG },
      urgedBy: 'vpcp.doncdoc',
      urgedByAgency: { id: 'bo-vpcp' },
      message: MESSAGE,
      expectedBy: nextMonth(),
      obligationCount: 1,
      obligations: [{ id: obligation, status: 'OVERDUE' }],
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
  });

  it('urges all of an agency’s OVERDUE obligations at once: exactly those the rows say', async () => {
    const expected = await overdueOf(CAO_BANG);
    const answer = await urge(tokens.central, {});
    expect(answer.errors).toBeUndefined();
    const urging = answer.data?.urgeReports as Urging;
    expect(urging.obligationCount).toBe(expected.length);
    expect(urging.obligations.map(({ id }) => id)).toEqual(expected);
    expect(new Set(urging.obligations.map(({ status }) => status))).toEqual(new Set(['OVERDUE']));
  });

  it('refuses a submitted report (NOT_OVERDUE) and stores nothing', async () => {
    const [overdue] = await overdueOf(CAO_BANG);
    const submitted = await submittedOne();
    const before = await urgingRows();
    const answer = await urge(tokens.central, { obligationIds: [overdue, submitted] });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toEqual({
      code: 'NOT_OVERDUE',
      field: 'input.obligationIds',
      obligationIds: [submitted],
      serviceName: 'reporting',
    });
    expect(await urgingRows()).toBe(before);
  });

  it('refuses to urge all when the agency owes nothing overdue (NOTHING_OVERDUE) and stores nothing', async () => {
    const owing = new Set(
      (
        await hub.db.reporting.raw(
          `select distinct agency_id from reporting_obligations o where o.due_date < ?::date
           and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)`,
          [today()],
        )
      ).rows.map((row: { agency_id: string }) => row.agency_id),
    );
    const ids = await hub.db.agencies('agencies').where('id', 'like', `${CAO_BANG}%`).pluck('id');
    const calm = ids.find((id: string) => !owing.has(id)) as string;
    expect(calm).toBeDefined();
    const before = await urgingRows();
    expect(codeOf(await urge(tokens.central, { agencyId: calm }))).toBe('NOTHING_OVERDUE');
    expect(await urgingRows()).toBe(before);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, unknown ones with NOT_FOUND', async () => {
    const [obligation] = await overdueOf(CAO_BANG);
    const [hanoi] = await overdueOf('tinh-01');
    const yesterday = todayInVietnam(new Date(Date.now() - 86_400_000));
    const before = await urgingRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ obligationIds: [obligation], message: ' ' }, 'BAD_USER_INPUT', 'input.message'],
      [{ obligationIds: [obligation], expectedBy: yesterday }, 'BAD_USER_INPUT', 'input.expectedBy'],
      [{ obligationIds: [] }, 'BAD_USER_INPUT', 'input.obligationIds'],
      [{ obligationIds: [obligation, hanoi] }, 'BAD_USER_INPUT', 'input.obligationIds'],
      [{ obligationIds: ['999999999999'] }, 'NOT_FOUND', 'input.obligationIds'],
      [{ obligationIds: ['abc'] }, 'NOT_FOUND', 'input.obligationIds'],
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

describe('who may urge about reports: the central office nationally, a leader within reach, nobody else', () => {
  it('a leader urges their own agency; one outside the reach, an officer and the anonymous are refused', async () => {
    const [obligation] = await overdueOf(CAO_BANG);
    const ok = await urge(tokens.caoBangLeader, { obligationIds: [obligation] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.urgeReports.obligationCount).toBe(1);
    const before = await urgingRows();
    expect(codeOf(await urge(tokens.hanoiLeader, { obligationIds: [obligation] }))).toBe('FORBIDDEN');
    expect(codeOf(await urge(tokens.caoBangOfficer, { obligationIds: [obligation] }))).toBe('FORBIDDEN');
    expect(codeOf(await urge(undefined, { obligationIds: [obligation] }))).toBe('UNAUTHENTICATED');
    expect(await urgingRows()).toBe(before);
  });
});

const AGENCY_URGINGS = `query Urgings($id: ID!, $acknowledged: Boolean, $first: Int, $after: String) {
  agency(id: $id) {
    reportingUrgings(acknowledged: $acknowledged, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id message acknowledgedBy }
    }
  }
}`;

const OBLIGATION_URGINGS = `query O($regime: String!, $agency: ID!, $period: String!) {
  reportingObligation(regimeCode: $regime, agencyId: $agency, period: $period) { id urgings { id message } }
}`;

async function keyOf(obligationId: string) {
  const row = await hub.db.reporting('reporting_obligations').where('id', Number(obligationId)).first();
  return { regime: row.regime_code, agency: row.agency_id, period: row.period_label };
}

describe('the urged agency sees and acknowledges its urgings about reports; another agency cannot', () => {
  it('Cao Bằng’s officer reads them, acknowledges once; a second time is ALREADY_ACKNOWLEDGED', async () => {
    const [obligation] = await overdueOf(CAO_BANG, MONTHLY);
    const first = (await urge(tokens.central, { obligationIds: [obligation], message: 'Lần 1.' })).data
      ?.urgeReports as Urging;
    const second = (await urge(tokens.central, { obligationIds: [obligation], message: 'Lần 2.' })).data
      ?.urgeReports as Urging;
    const seen = await hub.query(OBLIGATION_URGINGS, await keyOf(obligation), {
      token: tokens.caoBangOfficer,
    });
    expect(seen.errors).toBeUndefined();
    // Newest first: the two just sent lead the obligation's urgings (earlier tests urged it too).
    expect(seen.data).toMatchObject({ reportingObligation: { id: obligation } });
    const urgings = (seen.data as { reportingObligation: { urgings: { id: string }[] } }).reportingObligation
      .urgings;
    expect(urgings.slice(0, 2).map(({ id }) => id)).toEqual([second.id, first.id]);

    type Page = { agency: { reportingUrgings: { totalCount: number; nodes: { id: string }[] } } };
    const waiting: GraphQLResponse<Page> = await hub.query<Page>(
      AGENCY_URGINGS,
      { id: CAO_BANG, acknowledged: false, first: 2 },
      { token: tokens.caoBangOfficer },
    );
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data?.agency.reportingUrgings.nodes.map(({ id }) => id)).toEqual([second.id, first.id]);
    const pending = await hub.db
      .reporting('reporting_urgings')
      .where('agency_id', CAO_BANG)
      .whereNull('acknowledged_at')
      .count({ n: '*' });
    expect(waiting.data?.agency.reportingUrgings.totalCount).toBe(Number(pending[0].n));

    const ack = await hub.query(ACKNOWLEDGE, { id: first.id }, { token: tokens.caoBangOfficer });
    expect(ack.data).toEqual({
      acknowledgeReportingUrging: {
        id: first.id,
        acknowledgedAt: expect.any(String),
        acknowledgedBy: 'canbo.caobang',
      },
    });
    expect(codeOf(await hub.query(ACKNOWLEDGE, { id: first.id }, { token: tokens.caoBangLeader }))).toBe(
      'ALREADY_ACKNOWLEDGED',
    );
  });

  it('an officer of another agency can neither see nor acknowledge them', async () => {
    const [obligation] = await overdueOf(CAO_BANG);
    const urging = (await urge(tokens.central, { obligationIds: [obligation] })).data?.urgeReports as Urging;
    const list = await hub.query(AGENCY_URGINGS, { id: CAO_BANG }, { token: tokens.justiceOfficer });
    expect(list.data).toEqual({ agency: { reportingUrgings: null } });
    expect(codeOf(list)).toBe('FORBIDDEN');
    const onObligation = await hub.query(OBLIGATION_URGINGS, await keyOf(obligation), {
      token: tokens.justiceOfficer,
    });
    expect(onObligation.data).toEqual({ reportingObligation: null });
    expect(codeOf(onObligation)).toBe('FORBIDDEN');
    expect(codeOf(await hub.query(ACKNOWLEDGE, { id: urging.id }, { token: tokens.justiceOfficer }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await hub.query(ACKNOWLEDGE, { id: urging.id }, { token: tokens.central }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await hub.query(ACKNOWLEDGE, { id: urging.id }))).toBe('UNAUTHENTICATED');
    const row = await hub.db.reporting('reporting_urgings').where('id', urging.id).first();
    expect(row.acknowledged_at).toBeNull();
  });
});

const SUBMIT = `mutation Submit($input: SubmitReportInput!) { submitReport(input: $input) { version late } }`;
const GOOD_VALUES = [
  { indicator: 'tang_truong_iip', number: 108.5 },
  { indicator: 'tong_muc_ban_le', number: 12_345.6 },
  { indicator: 'thu_ngan_sach', number: 2_100.25 },
  { indicator: 'doanh_nghiep_moi', number: 312 },
  { indicator: 'danh_gia_chung', text: 'Kinh tế tiếp tục phục hồi.' },
];

describe('whether urging works: ReportingCompliance.urged and resolvedAfterUrging (Decree 09/2019)', () => {
  it('equal a count from the raw rows after an urged report is submitted', async () => {
    const [obligation] = await overdueOf(CAO_BANG, MONTHLY);
    await urge(tokens.central, { obligationIds: [obligation] });
    const { regime, agency, period } = await keyOf(obligation);
    const sent = await hub.query(
      SUBMIT,
      { input: { regimeCode: regime, agencyId: agency, period, values: GOOD_VALUES } },
      { token: tokens.caoBangOfficer },
    );
    expect(sent.errors).toBeUndefined();

    const range = { from: '2020-01-01', to: today() };
    const units = await hub.db
      .agencies('agencies')
      .where('id', CAO_BANG)
      .orWhere('id', 'like', `${CAO_BANG}.%`)
      .pluck('id');
    const counted = await hub.db.reporting.raw(
      `select count(*)::int as urged, count(*) filter (where o.first_submitted_at > f.first_at)::int as resolved
       from reporting_obligations o
       join (select uo.obligation_id, min(u.urged_at) as first_at from urged_obligations uo
             join reporting_urgings u on u.id = uo.urging_id group by 1) f on f.obligation_id = o.id
       where o.agency_id = any(?::text[]) and o.due_date between ?::date and ?::date`,
      [units, range.from, range.to],
    );
    const expected = counted.rows[0];
    expect(expected.resolved).toBeGreaterThanOrEqual(1);
    const answer = await hub.query<{
      agency: { reportingCompliance: { urged: number; resolvedAfterUrging: number } };
      reportingRegime: { complianceByAgency: { nodes: { agency: { id: string } }[] } };
    }>(
      `query C($id: ID!, $from: Date!, $to: Date!) {
        agency(id: $id) { reportingCompliance(from: $from, to: $to) { due urged resolvedAfterUrging } }
      }`,
      { id: CAO_BANG, ...range },
      { token: tokens.central },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.agency.reportingCompliance).toMatchObject({
      urged: expected.urged,
      resolvedAfterUrging: expected.resolved,
    });
  });

  it('one agency under one regime, and the regime as a whole, count the same way', async () => {
    const range = { from: '2020-01-01', to: today() };
    const answer = await hub.query<{
      reportingRegime: {
        compliance: { urged: number };
        complianceByAgency: { nodes: { agency: { id: string }; compliance: { urged: number } }[] };
      };
    }>(
      `query R($code: String!, $from: Date!, $to: Date!) {
        reportingRegime(code: $code) {
          compliance(from: $from, to: $to) { urged resolvedAfterUrging }
          complianceByAgency(from: $from, to: $to, first: 100) { nodes { agency { id } compliance { urged } } }
        }
      }`,
      { code: MONTHLY, ...range },
      { token: tokens.central },
    );
    expect(answer.errors).toBeUndefined();
    const urgedOf = async (agency: string | null) =>
      Number(
        (
          await hub.db.reporting.raw(
            `select count(distinct o.id)::int as n from reporting_obligations o
             join urged_obligations uo on uo.obligation_id = o.id
             where o.regime_code = ? and (?::text is null or o.agency_id = ?) and o.due_date between ?::date and ?::date`,
            [MONTHLY, agency, agency, range.from, range.to],
          )
        ).rows[0].n,
      );
    expect(answer.data?.reportingRegime.compliance.urged).toBe(await urgedOf(null));
    const caoBang = answer.data?.reportingRegime.complianceByAgency.nodes.find(
      (node) => node.agency.id === CAO_BANG,
    );
    expect(caoBang?.compliance.urged).toBe(await urgedOf(CAO_BANG));
    expect(caoBang?.compliance.urged).toBeGreaterThan(0);
  });
});

async function urgingsBy(subject: string): Promise<number> {
  const result = await hub.db.reporting.raw(
    'select count(*)::int as n from reporting_urgings where urged_by = ?',
    [subject],
  );
  return Number(result.rows[0].n);
}

describe('attacker probes on urging about reports', () => {
  it('an unknown or malformed urging id is NOT_FOUND, never a server error', async () => {
    for (const id of [randomUUID(), '42', "1' or '1'='1"]) {
      const answer = await hub.query(ACKNOWLEDGE, { id }, { token: tokens.caoBangOfficer });
      expect({ id, code: codeOf(answer) }).toEqual({ id, code: 'NOT_FOUND' });
    }
  });

  it('naming more than 500 obligations is refused before anything is read', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => String(i + 1));
    const before = hub.db.reporting.sqlStats.statements;
    expect(codeOf(await urge(tokens.central, { obligationIds: ids }))).toBe('BAD_USER_INPUT');
    expect(hub.db.reporting.sqlStats.statements - before).toBe(0);
  });

  it('fifty agencies’ urgings are one statement; the compliance figures cost one more only when asked', async () => {
    const before = hub.db.reporting.sqlStats.statements;
    const answer = await hub.query(
      '{ agencies(first: 50) { nodes { id reportingUrgings(first: 5) { nodes { id } } } } }',
      {},
      { token: tokens.central },
    );
    expect(answer.errors).toBeUndefined();
    expect(hub.db.reporting.sqlStats.statements - before).toBe(1);

    const ask = async (fields: string) => {
      const start = hub.db.reporting.sqlStats.statements;
      const result = await hub.query(
        `{ agencies(first: 50) { nodes { reportingCompliance(from: "2025-01-01", to: "2025-12-31") { ${fields} } } } }`,
        {},
        { token: tokens.central },
      );
      expect(result.errors).toBeUndefined();
      return hub.db.reporting.sqlStats.statements - start;
    };
    expect((await ask('due urged resolvedAfterUrging')) - (await ask('due'))).toBe(1);
  });
  it('one account urges at most URGINGS_PER_HOUR times in a rolling hour: the next is RATE_LIMITED until the oldest leaves, and stores nothing', async () => {
    const [obligation] = await overdueOf(CAO_BANG, MONTHLY);
    const flooder = await freshCentralOffice(hub);
    const other = await freshCentralOffice(hub);
    await withUrgingLimit(3, async () => {
      for (let i = 0; i < 3; i++) {
        expect((await urge(flooder.token, { obligationIds: [obligation] })).errors).toBeUndefined();
      }
      const refusedAt = Date.now();
      const refused = await urge(flooder.token, { obligationIds: [obligation] });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(
          /^Tài khoản này đã gửi 3 văn bản đôn đốc trong một giờ\. Vui lòng thử lại sau \d+ phút\.$/,
        ),
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), serviceName: 'reporting' },
      });
      const retryAfter = refused.errors?.[0]?.extensions?.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThan(3_500);
      expect(retryAfter).toBeLessThanOrEqual(3_600);
      expect(await urgingsBy(flooder.subject)).toBe(3);
      // Another account is not held back by the flooder.
      expect((await urge(other.token, { obligationIds: [obligation] })).errors).toBeUndefined();
      // Once the oldest urging has left the hour, the account may urge again.
      reportingClock.set(new Date(refusedAt + retryAfter * 1000));
      try {
        expect((await urge(flooder.token, { obligationIds: [obligation] })).errors).toBeUndefined();
      } finally {
        reportingClock.set(null);
      }
      expect(await urgingsBy(flooder.subject)).toBe(4);
    });
  });

  it('concurrent urgings by one account over the limit store exactly the limit', async () => {
    const [obligation] = await overdueOf(CAO_BANG, MONTHLY);
    const flooder = await freshCentralOffice(hub);
    await withUrgingLimit(3, async () => {
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => urge(flooder.token, { obligationIds: [obligation] })),
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
