import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const SUBMIT = `mutation Submit($input: SubmitReportInput!) {
  submitReport(input: $input) {
    version late submittedBy submittedByAgency { id name } note
    values { indicator number text boolean }
    obligation { agency { id } period { label } dueDate status }
  }
}`;

const OBLIGATION = `query Obligation($regime: String!, $agency: ID!, $period: String!) {
  reportingObligation(regimeCode: $regime, agencyId: $agency, period: $period) {
    status daysOverdue
    submissions { version late values { indicator number text } }
    latestSubmission { version }
  }
}`;

/** The monthly socio-economic report: tang_truong_iip (PERCENT), tong_muc_ban_le, thu_ngan_sach (DECIMAL),
 * doanh_nghiep_moi (INTEGER), danh_gia_chung (TEXT), all required. */
const MONTHLY = 'VPCP-KTXH-THANG';
const goodValues = [
  { indicator: 'tang_truong_iip', number: 108.5 },
  { indicator: 'tong_muc_ban_le', number: 12_345.6 },
  { indicator: 'thu_ngan_sach', number: 2_100.25 },
  { indicator: 'doanh_nghiep_moi', number: 312 },
  { indicator: 'danh_gia_chung', text: 'Kinh tế tiếp tục phục hồi; thu ngân sách đạt khá.' },
];

/** An obligation of the sample with no report yet, due in the past (the sample ends on 2026-10-31). */
async function unreported(
  regime: string,
  agencyPrefix: string,
): Promise<{ agency: string; period: string; due: string }> {
  const result = await hub.db.reporting.raw(
    `select o.agency_id, o.period_label, o.due_date::text as due from reporting_obligations o
     where o.regime_code = ? and o.agency_id like ? and o.due_date < ?::date
       and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)
     order by o.id limit 1`,
    [regime, `${agencyPrefix}%`, todayInVietnam()],
  );
  const row = result.rows[0];
  return { agency: row.agency_id, period: row.period_label, due: row.due };
}

async function submissionCount(): Promise<number> {
  const result = await hub.db.reporting.raw('select count(*)::int as n from reporting_submissions');
  return Number(result.rows[0].n);
}

async function officer(agencyId: string, role: 'OFFICER' | 'LEADER' = 'OFFICER') {
  return hub.token({ subject: `canbo.${agencyId}`, role, agencyId });
}

describe('an officer sends a report for the agency’s obligation', () => {
  it('accepts a late monthly report, marks it late and records who sent it', async () => {
    const { agency, period, due } = await unreported(MONTHLY, 'tinh-');
    const answer = await hub.query(
      SUBMIT,
      { input: { regimeCode: MONTHLY, agencyId: agency, period, values: goodValues } },
      { token: await officer(agency) },
    );
    expect(answer).toMatchObject({
      status: 200,
      data: {
        submitReport: {
          version: 1,
          late: true,
          submittedBy: `canbo.${agency}`,
          submittedByAgency: { id: agency },
          note: null,
          values: [
            { indicator: 'tang_truong_iip', number: 108.5, text: null, boolean: null },
            { indicator: 'tong_muc_ban_le', number: 12_345.6, text: null, boolean: null },
            { indicator: 'thu_ngan_sach', number: 2_100.25, text: null, boolean: null },
            { indicator: 'doanh_nghiep_moi', number: 312, text: null, boolean: null },
            {
              indicator: 'danh_gia_chung',
              number: null,
              text: 'Kinh tế tiếp tục phục hồi; thu ngân sách đạt khá.',
              boolean: null,
            },
          ],
          obligation: {
            agency: { id: agency },
            period: { label: period },
            dueDate: due,
            status: 'SUBMITTED_LATE',
          },
        },
      },
    });
    expect(answer.errors).toBeUndefined();
  });

  it('marks a report sent by its due date on time (an obligation due in the future)', async () => {
    // The sample ends on 2026-10-31; the December 2027 obligation is planned here as the next planning run would.
    const inserted = await hub.db.reporting.raw(
      `insert into reporting_obligations (regime_code, agency_id, period_label, period_start, period_end, due_date)
       values (?, 'tinh-01', '2027-12', '2027-11-15', '2027-12-14', '2027-12-17') returning id`,
      [MONTHLY],
    );
    expect(inserted.rows).toHaveLength(1);
    const answer = await hub.query(
      SUBMIT,
      { input: { regimeCode: MONTHLY, agencyId: 'tinh-01', period: '2027-12', values: goodValues } },
      { token: await officer('tinh-01', 'LEADER') },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({
      submitReport: {
        version: 1,
        late: false,
        obligation: { status: 'SUBMITTED_ON_TIME', dueDate: '2027-12-17' },
      },
    });
  });

  it('keeps every version: a correction is version 2 and the first report stays', async () => {
    const { agency, period } = await unreported(MONTHLY, 'tinh-0');
    const token = await officer(agency);
    const first = await hub.query(
      SUBMIT,
      { input: { regimeCode: MONTHLY, agencyId: agency, period, values: goodValues } },
      { token },
    );
    expect(first.errors).toBeUndefined();
    const corrected = goodValues.map((value) =>
      value.indicator === 'doanh_nghiep_moi' ? { ...value, number: 298 } : value,
    );
    const second = await hub.query(
      SUBMIT,
      {
        input: {
          regimeCode: MONTHLY,
          agencyId: agency,
          period,
          values: corrected,
          correction: true,
          note: 'Điều chỉnh số doanh nghiệp thành lập mới theo số liệu của Sở Tài chính.',
        },
      },
      { token },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data).toMatchObject({
      submitReport: {
        version: 2,
        note: 'Điều chỉnh số doanh nghiệp thành lập mới theo số liệu của Sở Tài chính.',
      },
    });
    const read = await hub.query<{
      reportingObligation: {
        submissions: { version: number; values: { indicator: string; number: number | null }[] }[];
      };
    }>(OBLIGATION, { regime: MONTHLY, agency, period }, { token });
    expect(read.errors).toBeUndefined();
    const versions = read.data?.reportingObligation.submissions ?? [];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions.map((v) => v.values.find((x) => x.indicator === 'doanh_nghiep_moi')?.number)).toEqual([
      312, 298,
    ]);
    expect(read.data?.reportingObligation).toMatchObject({
      status: 'SUBMITTED_LATE',
      daysOverdue: null,
      latestSubmission: { version: 2 },
    });
  });

  it('lets two simultaneous first reports of the same obligation make one version 1, refusing the other', async () => {
    const { agency, period } = await unreported(MONTHLY, 'tinh-1');
    const token = await officer(agency);
    const input = { regimeCode: MONTHLY, agencyId: agency, period, values: goodValues };
    const answers = await Promise.all([
      hub.query(SUBMIT, { input }, { token }),
      hub.query(SUBMIT, { input }, { token }),
      hub.query(SUBMIT, { input }, { token }),
    ]);
    const accepted = answers.filter((answer) => !answer.errors);
    const refused = answers.filter((answer) => answer.errors);
    expect(accepted).toHaveLength(1);
    expect(refused.map((answer) => answer.errors?.[0].extensions?.code)).toEqual([
      'ALREADY_SUBMITTED',
      'ALREADY_SUBMITTED',
    ]);
    const rows = await hub.db.reporting.raw(
      `select s.version from reporting_submissions s join reporting_obligations o on o.id = s.obligation_id
       where o.regime_code = ? and o.agency_id = ? and o.period_label = ?`,
      [MONTHLY, agency, period],
    );
    expect(rows.rows.map((row: { version: number }) => Number(row.version))).toEqual([1]);
  });
});

describe('refusals: a stable code, and nothing stored', () => {
  let target: { agency: string; period: string };
  beforeAll(async () => {
    target = await unreported(MONTHLY, 'tinh-2');
  });

  async function refused(input: Record<string, unknown>, token: string | undefined) {
    const before = await submissionCount();
    const answer = await hub.query(
      SUBMIT,
      {
        input: {
          regimeCode: MONTHLY,
          agencyId: target.agency,
          period: target.period,
          values: goodValues,
          ...input,
        },
      },
      { token },
    );
    expect(await submissionCount()).toBe(before);
    if (answer.data !== null) console.log(JSON.stringify(answer));
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    const [error] = answer.errors ?? [];
    expect(error.path).toEqual(['submitReport']);
    expect(typeof error.message).toBe('string');
    return { code: error.extensions?.code, field: error.extensions?.field };
  }

  it('refuses an anonymous caller, a citizen, and an officer of another agency', async () => {
    expect(await refused({}, undefined)).toEqual({ code: 'UNAUTHENTICATED', field: undefined });
    const citizen = await hub.token({ subject: 'cong.dan', role: 'CITIZEN' });
    expect(await refused({}, citizen)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(await refused({}, await officer('tinh-01.stp'))).toEqual({ code: 'FORBIDDEN', field: 'agencyId' });
    const central = await hub.token({ subject: 'vpcp.kstthc', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
    expect(await refused({}, central)).toEqual({ code: 'FORBIDDEN', field: undefined });
  });

  it('refuses an unknown indicator, a wrong value type and a missing required value', async () => {
    const token = await officer(target.agency);
    expect(await refused({ values: [...goodValues, { indicator: 'so_ca_mac', number: 3 }] }, token)).toEqual({
      code: 'UNKNOWN_INDICATOR',
      field: 'values[5].indicator',
    });
    const wrong = (indicator: string, value: Record<string, unknown>) =>
      goodValues.map((v) => (v.indicator === indicator ? { indicator, ...value } : v));
    expect(await refused({ values: wrong('doanh_nghiep_moi', { number: 31.5 }) }, token)).toEqual({
      code: 'INVALID_VALUE',
      field: 'values[3]',
    });
    expect(await refused({ values: wrong('tong_muc_ban_le', { text: 'mười hai nghìn' }) }, token)).toEqual({
      code: 'INVALID_VALUE',
      field: 'values[1]',
    });
    expect(await refused({ values: wrong('danh_gia_chung', { boolean: true }) }, token)).toEqual({
      code: 'INVALID_VALUE',
      field: 'values[4]',
    });
    expect(await refused({ values: wrong('tang_truong_iip', { number: 1, text: 'một' }) }, token)).toEqual({
      code: 'INVALID_VALUE',
      field: 'values[0]',
    });
    expect(await refused({ values: goodValues.slice(1) }, token)).toEqual({
      code: 'REQUIRED_VALUE_MISSING',
      field: 'values',
    });
  });

  it('refuses a period the regime does not have or was not in force for, and one the agency does not owe', async () => {
    const token = await officer(target.agency);
    expect(await refused({ period: '2025-Q1' }, token)).toEqual({
      code: 'PERIOD_OUT_OF_RANGE',
      field: 'period',
    });
    expect(await refused({ period: '2025-13' }, token)).toEqual({
      code: 'PERIOD_OUT_OF_RANGE',
      field: 'period',
    });
    // BTC-DTC-QUY is in force from 2025-03-01: the fourth quarter of 2024 is outside it.
    expect(await refused({ regimeCode: 'BTC-DTC-QUY', period: '2024-Q4', values: [] }, token)).toEqual({
      code: 'PERIOD_OUT_OF_RANGE',
      field: 'period',
    });
    // The sample holds obligations from 2024 on; 2023 is owed by no one here.
    expect(await refused({ period: '2023-12' }, token)).toEqual({ code: 'NOT_OBLIGED', field: 'period' });
    expect(await refused({ regimeCode: 'KHONG-CO' }, token)).toEqual({
      code: 'NOT_FOUND',
      field: 'regimeCode',
    });
  });

  it('refuses a second report without correction: true, and a correction of nothing', async () => {
    const token = await officer(target.agency);
    expect(await refused({ correction: true }, token)).toEqual({
      code: 'NOTHING_TO_CORRECT',
      field: 'correction',
    });
    const first = await hub.query(
      SUBMIT,
      { input: { regimeCode: MONTHLY, agencyId: target.agency, period: target.period, values: goodValues } },
      { token },
    );
    expect(first.errors).toBeUndefined();
    expect(await refused({}, token)).toEqual({ code: 'ALREADY_SUBMITTED', field: 'correction' });
    // A refused correction (a bad value) stores no version 2 either.
    expect(
      await refused({ correction: true, values: [{ indicator: 'tang_truong_iip', number: 101 }] }, token),
    ).toEqual({ code: 'REQUIRED_VALUE_MISSING', field: 'values' });
  });
});

describe('obligations across the 2025 reorganization, as a reporting officer meets them', () => {
  it('has Kiên Giang owe June 2025 but not July, and the new An Giang owe July but not June', async () => {
    // An officer of the new An Giang answers for what Kiên Giang left open: both are in their reach.
    const token = await officer('tinh-91-2025');
    const owes = async (agency: string, period: string) => {
      const answer = await hub.query<{ reportingObligation: { status: string } }>(
        OBLIGATION,
        { regime: MONTHLY, agency, period },
        { token },
      );
      return answer.errors ? answer.errors[0].extensions?.code : 'OWES';
    };
    expect(await owes('tinh-91', '2025-06')).toBe('OWES');
    expect(await owes('tinh-91', '2025-07')).toBe('NOT_FOUND');
    expect(await owes('tinh-91-2025', '2025-07')).toBe('OWES');
    expect(await owes('tinh-91-2025', '2025-06')).toBe('NOT_FOUND');
    // The 6-monthly report: Kiên Giang owes the 6-month report 2025, the new An Giang the annual report 2025.
    const semiannual = async (agency: string, period: string) => {
      const answer = await hub.query(OBLIGATION, { regime: 'VPCP-KSTTHC', agency, period }, { token });
      return answer.errors ? answer.errors[0].extensions?.code : 'OWES';
    };
    expect(await semiannual('tinh-91', '2025-H1')).toBe('OWES');
    expect(await semiannual('tinh-91', '2025')).toBe('NOT_FOUND');
    expect(await semiannual('tinh-91-2025', '2025')).toBe('OWES');
    expect(await semiannual('tinh-91-2025', '2025-H1')).toBe('NOT_FOUND');
  });

  it('refuses a report from a dissolved province for a period after its end', async () => {
    const before = await submissionCount();
    const answer = await hub.query(
      SUBMIT,
      { input: { regimeCode: MONTHLY, agencyId: 'tinh-91', period: '2025-08', values: goodValues } },
      { token: await officer('tinh-91') },
    );
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_OBLIGED']);
    expect(await submissionCount()).toBe(before);
  });

  it('holds no obligation of a dissolved province after its end, nor of its successor before its start', async () => {
    const result = await hub.db.reporting.raw(
      `select
         count(*) filter (where agency_id in ('tinh-91', 'tinh-89') and period_end > '2025-06-30')::int as after_end,
         count(*) filter (where agency_id = 'tinh-91-2025' and period_end < '2025-07-01')::int as before_start,
         count(*) filter (where agency_id = 'tinh-91-2025')::int as successor
       from reporting_obligations`,
    );
    expect(result.rows[0]).toMatchObject({ after_end: 0, before_start: 0 });
    expect(Number(result.rows[0].successor)).toBeGreaterThan(0);
  });
});

describe('the first submission each obligation keeps for the compliance counts', () => {
  it('equals the earliest of its submissions for every obligation, corrections and new reports included', async () => {
    // The reports and corrections the tests above sent are in the submissions now.
    const drift = await hub.db.reporting.raw(
      `select o.id, o.first_submitted_at, s.first
       from reporting_obligations o
       left join (select obligation_id, min(submitted_at) as first from reporting_submissions group by 1) s
         on s.obligation_id = o.id
       where o.first_submitted_at is distinct from s.first
       limit 5`,
    );
    expect(drift.rows).toEqual([]);
    const kept = await hub.db.reporting.raw(
      'select count(*)::int as n from reporting_obligations where first_submitted_at is not null',
    );
    expect(kept.rows[0].n).toBeGreaterThan(0);
  });
});
