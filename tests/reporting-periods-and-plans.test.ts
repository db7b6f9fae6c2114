import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schedule } from '../subgraphs/reporting/periods.ts';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

type Period = { label: string; name: string; cutOffStart: string; cutOffEnd: string; dueDate: string };

async function periods(code: string, from: string, to: string): Promise<Period[]> {
  const answer = await hub.query<{ reportingRegime: { periods: Period[] } }>(
    `query($code: String!, $from: Date!, $to: Date!) {
      reportingRegime(code: $code) { periods(from: $from, to: $to) { label name cutOffStart cutOffEnd dueDate } } }`,
    { code, from, to },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data?.reportingRegime.periods ?? [];
}

/**
 * Expected dates are worked out by hand from the calendar: 2025-01-01 is a Wednesday, 2026-01-01 a Thursday;
 * Tết 2025 is 27–31 January (announced), Tết 2026 16–20 February (projected); 1 January is a holiday.
 */
describe('periods and due dates of every frequency, through the gateway', () => {
  it('monthly (3 working days): across the year end and Tết 2026', async () => {
    expect(await periods('VPCP-KTXH-THANG', '2025-12-01', '2026-02-28')).toEqual([
      // 14 Dec 2025 is a Sunday: Mon 15, Tue 16, Wed 17.
      {
        label: '2025-12',
        name: 'Tháng 12/2025',
        cutOffStart: '2025-11-15',
        cutOffEnd: '2025-12-14',
        dueDate: '2025-12-17',
      },
      // The January window opens in the previous year. 14 Jan 2026 is a Wednesday: Thu 15, Fri 16, Mon 19.
      {
        label: '2026-01',
        name: 'Tháng 01/2026',
        cutOffStart: '2025-12-15',
        cutOffEnd: '2026-01-14',
        dueDate: '2026-01-19',
      },
      // 14 Feb 2026 is a Saturday; Tết is Mon 16 – Fri 20: Mon 23, Tue 24, Wed 25.
      {
        label: '2026-02',
        name: 'Tháng 02/2026',
        cutOffStart: '2026-01-15',
        cutOffEnd: '2026-02-14',
        dueDate: '2026-02-25',
      },
    ]);
  });

  it('quarterly (5 working days), only while the regime is in force', async () => {
    // BTC-DTC-QUY came into force on 2025-03-01 with the merged Ministry of Finance: no 2024 periods.
    expect(await periods('BTC-DTC-QUY', '2024-10-01', '2026-03-31')).toEqual([
      // 14 Mar 2025 is a Friday: Mon 17 … Fri 21.
      {
        label: '2025-Q1',
        name: 'Quý I/2025',
        cutOffStart: '2024-12-15',
        cutOffEnd: '2025-03-14',
        dueDate: '2025-03-21',
      },
      // 14 Jun 2025 is a Saturday: Mon 16 … Fri 20.
      {
        label: '2025-Q2',
        name: 'Quý II/2025',
        cutOffStart: '2025-03-15',
        cutOffEnd: '2025-06-14',
        dueDate: '2025-06-20',
      },
      // 14 Sep 2025 is a Sunday: Mon 15 … Fri 19.
      {
        label: '2025-Q3',
        name: 'Quý III/2025',
        cutOffStart: '2025-06-15',
        cutOffEnd: '2025-09-14',
        dueDate: '2025-09-19',
      },
      // 14 Dec 2025 is a Sunday: Mon 15 … Fri 19.
      {
        label: '2025-Q4',
        name: 'Quý IV/2025',
        cutOffStart: '2025-09-15',
        cutOffEnd: '2025-12-14',
        dueDate: '2025-12-19',
      },
      // 14 Mar 2026 is a Saturday: Mon 16 … Fri 20.
      {
        label: '2026-Q1',
        name: 'Quý I/2026',
        cutOffStart: '2025-12-15',
        cutOffEnd: '2026-03-14',
        dueDate: '2026-03-20',
      },
    ]);
    // The regime it superseded stops with the fourth quarter of 2024 (in force until 2025-02-28).
    expect(
      (await periods('BKHDT-DTC-QUY', '2024-10-01', '2026-03-31')).map((p) => [p.label, p.dueDate]),
    ).toEqual([['2024-Q4', '2024-12-20']]);
  });

  it('6-monthly (5 working days): the 6-month and the annual report of each year', async () => {
    expect(await periods('VPCP-KSTTHC', '2025-06-01', '2026-12-31')).toEqual([
      // 14 Jun 2025 is a Saturday: Mon 16 … Fri 20.
      {
        label: '2025-H1',
        name: '6 tháng đầu năm 2025',
        cutOffStart: '2024-12-15',
        cutOffEnd: '2025-06-14',
        dueDate: '2025-06-20',
      },
      {
        label: '2025',
        name: 'Năm 2025',
        cutOffStart: '2024-12-15',
        cutOffEnd: '2025-12-14',
        dueDate: '2025-12-19',
      },
      // 14 Jun 2026 is a Sunday: Mon 15 … Fri 19.
      {
        label: '2026-H1',
        name: '6 tháng đầu năm 2026',
        cutOffStart: '2025-12-15',
        cutOffEnd: '2026-06-14',
        dueDate: '2026-06-19',
      },
      // 14 Dec 2026 is a Monday: Tue 15 … Fri 18, Mon 21.
      {
        label: '2026',
        name: 'Năm 2026',
        cutOffStart: '2025-12-15',
        cutOffEnd: '2026-12-14',
        dueDate: '2026-12-21',
      },
    ]);
  });

  it('9-monthly (5 working days): the window opens on 15 December of the previous year', async () => {
    expect(await periods('VPCP-KTXH-9T', '2024-01-01', '2025-12-31')).toEqual([
      // 14 Sep 2024 is a Saturday; Mon 16 … Fri 20 (2–3 September are before the cut-off).
      {
        label: '2024-9M',
        name: '9 tháng năm 2024',
        cutOffStart: '2023-12-15',
        cutOffEnd: '2024-09-14',
        dueDate: '2024-09-20',
      },
      {
        label: '2025-9M',
        name: '9 tháng năm 2025',
        cutOffStart: '2024-12-15',
        cutOffEnd: '2025-09-14',
        dueDate: '2025-09-19',
      },
    ]);
  });

  it('annual (15 and 20 working days): the due date crosses the year end and New Year’s Day', async () => {
    // 14 Dec 2025 (Sunday) + 15: Dec 15–19, 22–26, 29–31 = 13; 1 Jan is a holiday; Fri 2 Jan, Mon 5 Jan.
    expect(await periods('BTC-THTK', '2024-01-01', '2025-12-31')).toEqual([
      {
        label: '2025',
        name: 'Năm 2025',
        cutOffStart: '2024-12-15',
        cutOffEnd: '2025-12-14',
        dueDate: '2026-01-05',
      },
    ]);
    // + 20: Jan 6, 7, 8, 9, 12.
    expect((await periods('BTC-TSC', '2025-01-01', '2025-12-31')).map((p) => p.dueDate)).toEqual([
      '2026-01-12',
    ]);
    // 14 Dec 2024 is a Saturday; + 10: Dec 16–20, 23–27.
    expect((await periods('VPCP-RSCDBC', '2024-01-01', '2024-12-31')).map((p) => p.dueDate)).toEqual([
      '2024-12-27',
    ]);
  });

  it('thematic and ad hoc regimes have no periods', async () => {
    expect(await periods('VPCP-PCDP', '2024-01-01', '2027-12-31')).toEqual([]);
    expect(await periods('BNNMT-THIENTAI', '2024-01-01', '2027-12-31')).toEqual([]);
  });

  it('refuses a date outside the working-day calendar (2000–2100) and a reversed range', async () => {
    const beyond = await hub.query(
      '{ reportingRegime(code: "VPCP-KTXH-THANG") { periods(from: "2100-10-01", to: "2101-03-31") { label } } }',
    );
    expect(beyond.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.path])).toEqual([
      ['BAD_USER_INPUT', 'to', ['reportingRegime', 'periods']],
    ]);
    const reversed = await hub.query(
      '{ reportingRegime(code: "VPCP-KTXH-THANG") { periods(from: "2026-01-01", to: "2025-01-01") { label } } }',
    );
    expect(reversed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('due dates around holidays for every frequency, with longer deadlines (the same calendar)', () => {
  const due = (frequency: Parameters<typeof schedule>[0], days: number, from: string, to: string) =>
    schedule(frequency, days, from, to).map((p) => [p.label, p.dueDate]);

  it('monthly: 10 working days after 14 Jan 2025 skip Tết 2025', () => {
    // Tue 14 Jan: 15, 16, 17, 20, 21, 22, 23, 24 = 8; Tết 27–31; Mon 3 Feb = 9, Tue 4 Feb = 10.
    expect(due('MONTHLY', 10, '2025-01-01', '2025-01-31')).toEqual([['2025-01', '2025-02-04']]);
  });

  it('quarterly: 14 working days after the fourth quarter run into New Year’s Day', () => {
    // Sun 14 Dec 2025: Dec 15–19, 22–26, 29, 30, 31 = 13; 1 Jan holiday; Fri 2 Jan = 14.
    // Sat 14 Mar 2026: Mar 16–20, 23–27, 30, 31, Apr 1, Apr 2 = 14.
    expect(due('QUARTERLY', 14, '2025-12-01', '2026-03-31')).toEqual([
      ['2025-Q4', '2026-01-02'],
      ['2026-Q1', '2026-04-02'],
    ]);
  });

  it('6-monthly: 14 working days after the 6-month and annual cut-offs', () => {
    // Sat 14 Jun 2025: Jun 16–20, 23–27, 30, Jul 1, 2, 3 = 14; the annual report as the quarter above.
    expect(due('SEMIANNUAL', 14, '2025-01-01', '2025-12-31')).toEqual([
      ['2025-H1', '2025-07-03'],
      ['2025', '2026-01-02'],
    ]);
  });

  it('9-monthly and annual: a zero-day deadline on a weekend moves to the next working day', () => {
    // Sat 14 Sep 2024 → Mon 16 Sep; Sat 14 Dec 2024 → Mon 16 Dec.
    expect(due('NINE_MONTHS', 0, '2024-01-01', '2024-12-31')).toEqual([['2024-9M', '2024-09-16']]);
    expect(due('ANNUAL', 0, '2024-01-01', '2024-12-31')).toEqual([['2024', '2024-12-16']]);
    // Sun 14 Dec 2025 + 13 = Wed 31 Dec; + 14 skips 1 Jan 2026.
    expect(due('ANNUAL', 13, '2025-01-01', '2025-12-31')).toEqual([['2025', '2025-12-31']]);
  });
});

describe('simplification plans and their compliance cost (reporting/complianceCost.ts)', () => {
  const PLAN = `id regime { code } year action mergeInto { code } newFrequency removedIndicators reportingAgencies hourValueVnd
    before { reportsPerYear hoursPerReport otherCostsPerReportVnd costPerReportVnd costPerYearVnd }
    after { reportsPerYear hoursPerReport otherCostsPerReportVnd costPerReportVnd costPerYearVnd }
    saving { beforeVnd afterVnd savingVnd percentCut } proposedByAgency { id }`;
  const PROPOSE = `mutation($input: ReportingSimplificationPlanInput!) { proposeReportingSimplification(input: $input) { ${PLAN} } }`;
  const central = () => hub.token({ subject: 'vpcp.rscdbc', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
  const planCount = async () =>
    Number(
      (await hub.db.reporting.raw('select count(*)::int as n from reporting_simplification_plans')).rows[0].n,
    );

  it('computes a frequency cut by hand: 34 Departments of Justice, 6-monthly → annual', async () => {
    const answer = await hub.query(
      PROPOSE,
      {
        input: {
          regimeCode: 'BTP-HOTICH',
          year: 2027,
          action: 'REDUCE_FREQUENCY',
          newFrequency: 'ANNUAL',
          reportingAgencies: 34,
          hoursPerReportBefore: 20,
          hoursPerReportAfter: 24,
          hourValueVnd: 62_500,
          otherCostsPerReportBeforeVnd: 50_000,
          otherCostsPerReportAfterVnd: 50_000,
          description: 'Giảm tần suất báo cáo hộ tịch từ 6 tháng xuống hằng năm.',
        },
      },
      { token: await central() },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      proposeReportingSimplification: {
        id: expect.any(String),
        regime: { code: 'BTP-HOTICH' },
        year: 2027,
        action: 'REDUCE_FREQUENCY',
        mergeInto: null,
        newFrequency: 'ANNUAL',
        removedIndicators: [],
        reportingAgencies: 34,
        hourValueVnd: 62_500,
        // 34 × 2 reports; 20 h × 62,500 + 50,000 = 1,300,000 a report; × 68 = 88,400,000.
        before: {
          reportsPerYear: 68,
          hoursPerReport: 20,
          otherCostsPerReportVnd: 50_000,
          costPerReportVnd: 1_300_000,
          costPerYearVnd: 88_400_000,
        },
        // 34 × 1 report; 24 h × 62,500 + 50,000 = 1,550,000; × 34 = 52,700,000.
        after: {
          reportsPerYear: 34,
          hoursPerReport: 24,
          otherCostsPerReportVnd: 50_000,
          costPerReportVnd: 1_550_000,
          costPerYearVnd: 52_700_000,
        },
        // 35,700,000 / 88,400,000 = 40.38 %.
        saving: { beforeVnd: 88_400_000, afterVnd: 52_700_000, savingVnd: 35_700_000, percentCut: 40.38 },
        proposedByAgency: { id: 'bo-vpcp' },
      },
    });
  });

  it('sums a year’s plans nationally: the frequency cut above and an abolition', async () => {
    const answer = await hub.query(
      PROPOSE,
      {
        input: {
          regimeCode: 'BGDDT-TKNH',
          year: 2027,
          action: 'ABOLISH',
          reportingAgencies: 34,
          hoursPerReportBefore: 8,
          hoursPerReportAfter: 8,
          hourValueVnd: 62_500,
          description: 'Bãi bỏ: số liệu đã có trong cơ sở dữ liệu ngành giáo dục.',
        },
      },
      { token: await central() },
    );
    expect(answer.errors).toBeUndefined();
    // 34 × 8 h × 62,500 = 17,000,000 before, 0 after.
    expect(answer.data).toMatchObject({
      proposeReportingSimplification: {
        after: { reportsPerYear: 0, costPerYearVnd: 0 },
        saving: { beforeVnd: 17_000_000, afterVnd: 0, savingVnd: 17_000_000, percentCut: 100 },
      },
    });
    const totals = await hub.query(
      '{ reportingSimplificationTotals(year: 2027) { year plans beforeVnd afterVnd savingVnd percentCut } }',
    );
    // 88,400,000 + 17,000,000 = 105,400,000 before; 52,700,000 after; saving 52,700,000 = 50 %.
    expect(totals).toEqual({
      status: 200,
      data: {
        reportingSimplificationTotals: {
          year: 2027,
          plans: 2,
          beforeVnd: 105_400_000,
          afterVnd: 52_700_000,
          savingVnd: 52_700_000,
          percentCut: 50,
        },
      },
    });
  });

  it('costs the sample plans of 2025 and a merge of 2026 as worked out by hand', async () => {
    const totals = await hub.query(
      '{ reportingSimplificationTotals(year: 2025) { plans beforeVnd afterVnd savingVnd percentCut } }',
    );
    // TTCP-TCDKNTC 57 × 4 × 24 h = 342,000,000 → 57 × 2 × 28 h = 199,500,000;
    // BTP-PHAPCHE 22 × (16 h + 150,000) = 25,300,000 → 22 × 12 h = 16,500,000;
    // BTC-THTK 57 × (40 h + 100,000) = 148,200,000 → 57 × (32 h + 100,000) = 119,700,000 (an hour: 62,500).
    expect(totals.data).toEqual({
      reportingSimplificationTotals: {
        plans: 3,
        beforeVnd: 515_500_000,
        afterVnd: 335_700_000,
        savingVnd: 179_800_000,
        percentCut: 34.88,
      },
    });
    const merge = await hub.query<{ reportingRegime: { simplificationPlans: unknown[] } }>(
      `{ reportingRegime(code: "VPCP-KTXH-9T") { simplificationPlans { action mergeInto { code }
        before { reportsPerYear costPerYearVnd } after { reportsPerYear costPerYearVnd } saving { savingVnd percentCut } } } }`,
    );
    // 34 × 1 × 40 h = 85,000,000 → the content adds 1 h to 34 × 12 monthly reports = 25,500,000.
    expect(merge.data?.reportingRegime.simplificationPlans).toEqual([
      {
        action: 'MERGE_INTO',
        mergeInto: { code: 'VPCP-KTXH-THANG' },
        before: { reportsPerYear: 34, costPerYearVnd: 85_000_000 },
        after: { reportsPerYear: 408, costPerYearVnd: 25_500_000 },
        saving: { savingVnd: 59_500_000, percentCut: 70 },
      },
    ]);
  });

  it('lists the plans with keyset cursors', async () => {
    const first = await hub.query<{
      reportingSimplificationPlans: {
        totalCount: number;
        nodes: { id: string }[];
        pageInfo: { endCursor: string };
      };
    }>(
      '{ reportingSimplificationPlans(filter: { year: 2026 }, first: 2) { totalCount nodes { id } pageInfo { endCursor } } }',
    );
    expect(first.data?.reportingSimplificationPlans).toMatchObject({
      totalCount: 3,
      nodes: [{ id: '4' }, { id: '5' }],
    });
    const next = await hub.query(
      `query($after: String) { reportingSimplificationPlans(filter: { year: 2026 }, first: 2, after: $after) { nodes { id } } }`,
      { after: first.data?.reportingSimplificationPlans.pageInfo.endCursor },
    );
    expect(next.data).toEqual({ reportingSimplificationPlans: { nodes: [{ id: '6' }] } });
  });

  it('refuses incoherent plans and outsiders, storing nothing', async () => {
    const base = {
      regimeCode: 'BYT-ATTP',
      year: 2027,
      reportingAgencies: 34,
      hoursPerReportBefore: 10,
      hoursPerReportAfter: 8,
      hourValueVnd: 62_500,
      description: 'Phương án thử.',
    };
    const cases: [Record<string, unknown>, string | undefined, string][] = [
      [{ action: 'MERGE_INTO' }, await central(), 'BAD_USER_INPUT'],
      [{ action: 'MERGE_INTO', mergeInto: 'KHONG-CO' }, await central(), 'NOT_FOUND'],
      [{ action: 'REDUCE_FREQUENCY', newFrequency: 'QUARTERLY' }, await central(), 'BAD_USER_INPUT'],
      [
        { action: 'REDUCE_INDICATORS', removedIndicators: ['khong_co'] },
        await central(),
        'UNKNOWN_INDICATOR',
      ],
      [{ action: 'ABOLISH', hourValueVnd: -1 }, await central(), 'BAD_USER_INPUT'],
      [
        { action: 'ABOLISH' },
        await hub.token({ subject: 'x', role: 'OFFICER', agencyId: 'tinh-01' }),
        'FORBIDDEN',
      ],
      [{ action: 'ABOLISH' }, undefined, 'UNAUTHENTICATED'],
    ];
    const before = await planCount();
    for (const [input, token, code] of cases) {
      const answer = await hub.query(PROPOSE, { input: { ...base, ...input } }, { token });
      expect([answer.data, answer.errors?.map((e) => e.extensions?.code)]).toEqual([null, [code]]);
    }
    expect(await planCount()).toBe(before);
    // The receiving ministry may propose for its own regime.
    const own = await hub.query(
      PROPOSE,
      { input: { ...base, action: 'MOVE_TO_ELECTRONIC' } },
      { token: await hub.token({ subject: 'byt.vp', role: 'OFFICER', agencyId: 'bo-byt' }) },
    );
    expect(own.errors).toBeUndefined();
  });
});
