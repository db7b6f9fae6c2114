import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complianceCost as procedureCost } from '../subgraphs/procedures/plans/complianceCost.ts';
import { reportingClock } from '../subgraphs/reporting/clock.ts';
import { planObligationsUntil } from '../subgraphs/reporting/obligationPlanner.ts';
import { type GraphQLResponse, type Hub, sharedHub } from './support/hub.ts';

/**
 * Decree 09/2019/NĐ-CP Art. 27–28: simplification plans for reporting regimes go draft → submitted →
 * approved → implemented, and implementing one changes the regime from a day on. Obligations of periods whose
 * cut-off (Art. 12) opened before that day, and their reports, never change; later ones follow the new regime.
 * The reporting clock is fixed in 2027 so that the regimes these tests create have a past and a future; the
 * obligation planner (which runs daily) is called for the tests' regimes only.
 */
let hub: Hub;
const RUN = Date.now().toString(36).toUpperCase();
const MINISTRIES = 14;
const JUSTICE = 'bo-btp';
const HEALTH = 'bo-byt';

beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  reportingClock.set(null);
  await hub?.close();
});

/** The day in Vietnam the reporting subgraph counts in (10:00 there). */
const on = (day: string) => reportingClock.set(new Date(`${day}T03:00:00Z`));
const plan = (code: string, until: string) =>
  planObligationsUntil(hub.db.reporting, until, { regimeCodes: [code] });

const token = (role: string, agencyId?: string) =>
  hub.token({ subject: `can-bo.${role.toLowerCase()}.${agencyId ?? 'none'}`, role, agencyId } as never);
const central = () => hub.token({ subject: 'vpcp.cai-cach', role: 'CENTRAL_OFFICE', agencyId: 'bo-vpcp' });
const officer = (agencyId: string) => token('OFFICER', agencyId);

async function as<T = Record<string, unknown>>(
  who: Promise<string> | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return hub.query<T>(query, variables, who ? { token: await who } : {});
}

const code = (answer: GraphQLResponse) => answer.errors?.[0]?.extensions?.code;

const INDICATORS = [
  { code: 'SO_BAO_CAO', name: 'Số báo cáo', unit: 'báo cáo', dataType: 'INTEGER' },
  { code: 'SO_CHI_TIEU', name: 'Số chỉ tiêu', unit: 'chỉ tiêu', dataType: 'INTEGER', required: false },
  { code: 'GHI_CHU', name: 'Ghi chú', dataType: 'TEXT', required: false },
];

const CREATE = `mutation($input: NewReportingRegimeInput!) { createReportingRegime(input: $input) { code status } }`;

/** A monthly regime the 14 ministries report under to the Government Office, from 2027-01-15. */
async function createRegime(suffix: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const regimeCode = `T${RUN}-${suffix}`;
  const answer = await as(central(), CREATE, {
    input: {
      code: regimeCode,
      name: `Báo cáo thử nghiệm ${suffix}`,
      content: 'Tình hình thực hiện nhiệm vụ được giao.',
      frequency: 'MONTHLY',
      reportingSubjects: ['MINISTRY'],
      receivingAgencyId: 'bo-vpcp',
      issuingAgencyId: 'bo-vpcp',
      sendingMethods: ['EMAIL', 'POST'],
      deadlineWorkingDays: 5,
      legalBasis: 'Nghị định 09/2019/NĐ-CP',
      dataCutOffRule: 'Từ ngày 15 tháng trước đến ngày 14 tháng báo cáo.',
      outlineTemplate: 'I. Kết quả\nII. Kiến nghị',
      effectiveFrom: '2027-01-15',
      indicators: INDICATORS,
      ...overrides,
    },
  });
  expect(answer.errors).toBeUndefined();
  return regimeCode;
}

const PLAN_FIELDS = `id status createdAt submittedAt approvedAt implementedAt effectiveFrom
  before { reportsPerYear costPerReportVnd costPerYearVnd } after { reportsPerYear costPerReportVnd costPerYearVnd }
  saving { beforeVnd afterVnd savingVnd percentCut }`;

async function propose(regimeCode: string, input: Record<string, unknown>, who = officer('bo-vpcp')) {
  const answer = await as<{ proposeReportingSimplification: { id: string; status: string } }>(
    who,
    `mutation($input: ReportingSimplificationPlanInput!) { proposeReportingSimplification(input: $input) { ${PLAN_FIELDS} } }`,
    {
      input: {
        regimeCode,
        // A review year no other test sums (the shared hub keeps every plan).
        year: 2029,
        reportingAgencies: MINISTRIES,
        hoursPerReportBefore: 4,
        hoursPerReportAfter: 5,
        hourValueVnd: 62_500,
        otherCostsPerReportBeforeVnd: 20_000,
        otherCostsPerReportAfterVnd: 0,
        description: 'Phương án thử nghiệm.',
        ...input,
      },
    },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data?.proposeReportingSimplification as Record<string, unknown> & {
    id: string;
    status: string;
  };
}

const MOVE = (name: string, extra = '') =>
  `mutation($id: ID!${extra ? ', $effectiveFrom: Date!' : ''}) { ${name}(id: $id${extra}) { ${PLAN_FIELDS} } }`;
const submit = (id: string, who: Promise<string> | null = officer('bo-vpcp')) =>
  as<{ submitReportingSimplificationPlan: Record<string, unknown> }>(
    who,
    MOVE('submitReportingSimplificationPlan'),
    { id },
  );
const approve = (id: string, who: Promise<string> | null = central()) =>
  as<{ approveReportingSimplificationPlan: Record<string, unknown> }>(
    who,
    MOVE('approveReportingSimplificationPlan'),
    { id },
  );
const implement = (id: string, effectiveFrom: string, who: Promise<string> | null = central()) =>
  as<{ implementReportingSimplificationPlan: Record<string, unknown> }>(
    who,
    MOVE('implementReportingSimplificationPlan', ', effectiveFrom: $effectiveFrom'),
    { id, effectiveFrom },
  );

/** Proposes, submits, approves and implements a plan; returns its id. */
async function carryOut(regimeCode: string, input: Record<string, unknown>, effectiveFrom: string) {
  const { id, before, after, saving } = await propose(regimeCode, input);
  expect((await submit(id)).errors).toBeUndefined();
  expect((await approve(id)).errors).toBeUndefined();
  const done = await implement(id, effectiveFrom);
  expect(done.errors).toBeUndefined();
  // The plan's costs are those of the regime it was made for: implementing it changes the regime, not them.
  expect(done.data?.implementReportingSimplificationPlan).toMatchObject({
    status: 'IMPLEMENTED',
    effectiveFrom,
    before,
    after,
    saving,
  });
  return id;
}

const REPORT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { version late values { indicator number text } } }`;
const report = (
  regimeCode: string,
  period: string,
  values: object[],
  correction = false,
  agencyId = JUSTICE,
) =>
  as<{ submitReport: { version: number } }>(officer(agencyId), REPORT, {
    input: { regimeCode, agencyId, period, values, correction },
  });

const OBLIGATION = `query($code: String!, $agency: ID!, $period: String!) {
  reportingObligation(regimeCode: $code, agencyId: $agency, period: $period) {
    period { label name cutOffStart cutOffEnd dueDate } dueDate status
    submissions { version late note values { indicator number text } } } }`;
async function obligation(regimeCode: string, period: string, agency = JUSTICE) {
  const answer = await as<{ reportingObligation: unknown }>(central(), OBLIGATION, {
    code: regimeCode,
    agency,
    period,
  });
  return answer.errors ? code(answer) : answer.data?.reportingObligation;
}

/** The periods an agency owes under a regime, as planned in the store, in order. */
async function owed(regimeCode: string, agency = JUSTICE): Promise<string[]> {
  const rows: { period_label: string }[] = await hub.db
    .reporting('reporting_obligations')
    .where({ regime_code: regimeCode, agency_id: agency })
    .orderBy('period_end')
    .select('period_label');
  return rows.map((row) => row.period_label);
}

/** How many agencies owe each period of a regime. */
async function owedCounts(regimeCode: string): Promise<Record<string, number>> {
  const rows: { period_label: string; n: number }[] = await hub.db
    .reporting('reporting_obligations')
    .where({ regime_code: regimeCode })
    .groupBy('period_label')
    .orderBy('period_label')
    .select('period_label', hub.db.reporting.raw('count(*)::int as n'));
  return Object.fromEntries(rows.map((row) => [row.period_label, Number(row.n)]));
}

const REGIME = `query($code: String!, $from: Date!, $to: Date!) { reportingRegime(code: $code) {
  code status frequency sendingMethods effectiveTo mergedInto { code }
  indicators { code }
  versions { effectiveFrom frequency sendingMethods deadlineWorkingDays indicators { code } }
  periods(from: $from, to: $to) { label }
  history { by byAgency { id } kind effectiveFrom reason plan { id status } changes { field before after } } } }`;
async function regime(regimeCode: string, from = '2027-01-01', to = '2027-12-31') {
  const answer = await as<{ reportingRegime: Record<string, unknown> & { periods: { label: string }[] } }>(
    null,
    REGIME,
    { code: regimeCode, from, to },
  );
  expect(answer.errors).toBeUndefined();
  return answer.data?.reportingRegime as Record<string, unknown> & { periods: { label: string }[] };
}

describe('the lifecycle of a reporting simplification plan (Decree 09/2019 Art. 28)', () => {
  it('draft → submitted → approved → implemented, each move by its own role and in order only', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('LIFE');
    on('2027-02-20');
    const draft = await propose(regimeCode, { action: 'REDUCE_FREQUENCY', newFrequency: 'QUARTERLY' });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      submittedAt: null,
      approvedAt: null,
      implementedAt: null,
    });
    expect(draft.createdAt).toEqual(expect.any(String));

    // Out of order.
    expect(code(await approve(draft.id))).toBe('INVALID_TRANSITION');
    expect(code(await implement(draft.id, '2027-03-15'))).toBe('INVALID_TRANSITION');
    // Submit: the proposing agency (or the central office), nobody else.
    expect(code(await submit(draft.id, officer(HEALTH)))).toBe('FORBIDDEN');
    expect(code(await submit(draft.id, hub.token({ subject: 'cong.dan', role: 'CITIZEN' })))).toBe(
      'FORBIDDEN',
    );
    expect(code(await submit(draft.id, null))).toBe('UNAUTHENTICATED');
    const submitted = await submit(draft.id);
    expect(submitted.data?.submitReportingSimplificationPlan).toMatchObject({
      status: 'SUBMITTED',
      approvedAt: null,
    });
    expect(code(await submit(draft.id))).toBe('INVALID_TRANSITION');
    // Approve and implement: the central office only.
    expect(code(await approve(draft.id, token('LEADER', 'bo-vpcp')))).toBe('FORBIDDEN');
    expect(code(await implement(draft.id, '2027-03-15'))).toBe('INVALID_TRANSITION');
    const approved = await approve(draft.id);
    expect(approved.data?.approveReportingSimplificationPlan).toMatchObject({
      status: 'APPROVED',
      implementedAt: null,
    });
    expect(code(await implement(draft.id, '2027-03-15', officer('bo-vpcp')))).toBe('FORBIDDEN');
    expect(code(await implement(draft.id, '2027-02-19'))).toBe('BAD_USER_INPUT'); // yesterday
    // Quarterly windows open on 15 Dec, 15 Mar, 15 Jun, 15 Sep: 1 April would leave data unreported.
    expect(code(await implement(draft.id, '2027-04-01'))).toBe('BAD_USER_INPUT');

    // Two central officers implement at once: the plan is applied once.
    const [a, b] = await Promise.all([implement(draft.id, '2027-03-15'), implement(draft.id, '2027-03-15')]);
    expect([code(a), code(b)].sort()).toEqual(['INVALID_TRANSITION', undefined]);
    const after = await as<{ reportingSimplificationPlan: Record<string, unknown> }>(
      null,
      `query($id: ID!) { reportingSimplificationPlan(id: $id) { ${PLAN_FIELDS} } }`,
      { id: draft.id },
    );
    expect(after.data?.reportingSimplificationPlan).toMatchObject({
      status: 'IMPLEMENTED',
      effectiveFrom: '2027-03-15',
    });
    const history = (await regime(regimeCode)).history as { kind: string; plan: { id: string } | null }[];
    expect(history.map((entry) => [entry.kind, entry.plan?.id ?? null])).toEqual([
      ['CREATED', null],
      ['AMENDED', draft.id],
    ]);
    const listed = await as<{ reportingSimplificationPlans: { nodes: { id: string }[] } }>(
      null,
      `query($f: ReportingSimplificationPlanFilter) { reportingSimplificationPlans(filter: $f, first: 100) { nodes { id } } }`,
      { f: { regimeCode, status: 'IMPLEMENTED' } },
    );
    expect(listed.data?.reportingSimplificationPlans.nodes).toEqual([{ id: draft.id }]);
  });

  it('computes the cost as procedures’ plans do (kit calculation): 14 ministries, monthly → quarterly', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('COST');
    const proposed = await propose(regimeCode, { action: 'REDUCE_FREQUENCY', newFrequency: 'QUARTERLY' });
    // By hand: before 14 × 12 = 168 reports × (4 h × 62,500 + 20,000) = 168 × 270,000 = 45,360,000;
    // after 14 × 4 = 56 reports × (5 h × 62,500) = 56 × 312,500 = 17,500,000; saving 27,860,000 = 61.42 %.
    expect(proposed).toMatchObject({
      before: { reportsPerYear: 168, costPerReportVnd: 270_000, costPerYearVnd: 45_360_000 },
      after: { reportsPerYear: 56, costPerReportVnd: 312_500, costPerYearVnd: 17_500_000 },
      saving: { beforeVnd: 45_360_000, afterVnd: 17_500_000, savingVnd: 27_860_000, percentCut: 61.42 },
    });
    const asProcedure = procedureCost({
      hoursPerFiling: 4,
      hourValueVnd: 62_500,
      feesPerFilingVnd: 0,
      otherCostsPerFilingVnd: 20_000,
      filingsPerYear: 168,
    });
    expect(asProcedure.costPerYearVnd).toBe(45_360_000);
  });

  it('seeded plans are the review’s approved proposals, not yet applied to their regimes', async () => {
    const answer = await as<{
      reportingSimplificationPlans: { nodes: { status: string; approvedAt: string }[] };
    }>(
      null,
      `{ reportingSimplificationPlans(filter: { regimeCode: "TTCP-TCDKNTC" }) { nodes { status approvedAt } } }`,
    );
    expect(answer.data?.reportingSimplificationPlans.nodes).toEqual([
      { status: 'APPROVED', approvedAt: '2025-03-31T02:00:00.000Z' },
    ]);
  });
});

describe('implementing a plan changes only future obligations (Decree 09/2019 Art. 12, 28)', () => {
  it('REDUCE_FREQUENCY monthly → quarterly from 2027-06-15: past months and their reports stay, then quarters', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('FREQ');
    on('2027-04-20');
    expect(await plan(regimeCode, '2027-04-20')).toBe(3 * MINISTRIES);
    const sent = await report(regimeCode, '2027-03', [{ indicator: 'SO_BAO_CAO', number: 7 }]);
    expect(sent.errors).toBeUndefined();
    // Status follows the clock (April's report falls overdue); the rest is what must not change.
    const pastObligations = async () =>
      (await Promise.all(['2027-02', '2027-03', '2027-04'].map((p) => obligation(regimeCode, p)))).map(
        (found) => ({ ...(found as object), status: undefined }),
      );
    const past = await pastObligations();
    expect(await obligation(regimeCode, '2027-03')).toMatchObject({
      status: 'SUBMITTED_LATE',
      submissions: [{ version: 1, late: true }],
    });

    const planId = await carryOut(
      regimeCode,
      { action: 'REDUCE_FREQUENCY', newFrequency: 'QUARTERLY' },
      '2027-06-15',
    );
    const changed = await regime(regimeCode);
    expect(changed).toMatchObject({ frequency: 'QUARTERLY', status: 'ACTIVE', effectiveTo: null });
    expect(changed.versions).toEqual([
      expect.objectContaining({ effectiveFrom: '2027-01-15', frequency: 'MONTHLY' }),
      expect.objectContaining({ effectiveFrom: '2027-06-15', frequency: 'QUARTERLY' }),
    ]);
    // The June report's window opened on 15 May, before the change: it stays monthly.
    expect(changed.periods.map((p) => p.label)).toEqual([
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-Q3',
      '2027-Q4',
    ]);
    expect((changed.history as object[]).at(-1)).toEqual({
      by: 'vpcp.cai-cach',
      byAgency: { id: 'bo-vpcp' },
      kind: 'AMENDED',
      effectiveFrom: '2027-06-15',
      reason: 'Phương án thử nghiệm.',
      plan: { id: planId, status: 'IMPLEMENTED' },
      changes: [{ field: 'frequency', before: 'MONTHLY', after: 'QUARTERLY' }],
    });

    on('2027-12-20');
    await plan(regimeCode, '2027-12-20');
    expect(await owed(regimeCode)).toEqual([
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-Q3',
      '2027-Q4',
    ]);
    expect(await owedCounts(regimeCode)).toEqual(
      Object.fromEntries(
        ['2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-Q3', '2027-Q4'].map((p) => [
          p,
          MINISTRIES,
        ]),
      ),
    );
    // Periods, due dates and reports of the months before the change are as they were.
    expect(await pastObligations()).toEqual(past);
    expect(await obligation(regimeCode, '2027-Q3')).toMatchObject({
      period: { label: '2027-Q3', name: 'Quý III/2027', cutOffStart: '2027-06-15', cutOffEnd: '2027-09-14' },
    });
    expect(code(await report(regimeCode, '2027-07', [{ indicator: 'SO_BAO_CAO', number: 1 }]))).toBe(
      'PERIOD_OUT_OF_RANGE',
    );
    expect(
      (await report(regimeCode, '2027-Q3', [{ indicator: 'SO_BAO_CAO', number: 3 }])).errors,
    ).toBeUndefined();
  });

  it('REDUCE_INDICATORS from 2027-05-01: a late correction for March still takes the removed indicator, June refuses it', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('IND');
    on('2027-04-20');
    await plan(regimeCode, '2027-04-20');
    const first = [
      { indicator: 'SO_BAO_CAO', number: 7 },
      { indicator: 'SO_CHI_TIEU', number: 40 },
    ];
    expect((await report(regimeCode, '2027-03', first)).errors).toBeUndefined();
    await carryOut(
      regimeCode,
      { action: 'REDUCE_INDICATORS', removedIndicators: ['SO_CHI_TIEU'] },
      '2027-05-01',
    );
    const changed = await regime(regimeCode);
    expect(changed.indicators).toEqual([{ code: 'SO_BAO_CAO' }, { code: 'GHI_CHU' }]);
    expect(
      (changed.versions as { effectiveFrom: string; indicators: { code: string }[] }[]).map((v) => [
        v.effectiveFrom,
        v.indicators.map((i) => i.code),
      ]),
    ).toEqual([
      ['2027-01-15', ['SO_BAO_CAO', 'SO_CHI_TIEU', 'GHI_CHU']],
      ['2027-05-01', ['SO_BAO_CAO', 'GHI_CHU']],
    ]);

    on('2027-07-20');
    await plan(regimeCode, '2027-07-20');
    const correction = await report(
      regimeCode,
      '2027-03',
      [
        { indicator: 'SO_BAO_CAO', number: 8 },
        { indicator: 'SO_CHI_TIEU', number: 41 },
      ],
      true,
    );
    expect(correction.data?.submitReport).toEqual({
      version: 2,
      late: true,
      values: [
        { indicator: 'SO_BAO_CAO', number: 8, text: null },
        { indicator: 'SO_CHI_TIEU', number: 41, text: null },
      ],
    });
    // May's window opened on 15 April, before the change; June's on 15 May, after it.
    expect((await report(regimeCode, '2027-05', first)).errors).toBeUndefined();
    expect(code(await report(regimeCode, '2027-06', first))).toBe('UNKNOWN_INDICATOR');
    expect((await report(regimeCode, '2027-06', [first[0]])).errors).toBeUndefined();
    // The first version is kept as sent.
    expect(await obligation(regimeCode, '2027-03')).toMatchObject({
      submissions: [
        {
          version: 1,
          values: [
            { indicator: 'SO_BAO_CAO', number: 7 },
            { indicator: 'SO_CHI_TIEU', number: 40 },
          ],
        },
        { version: 2 },
      ],
    });
  });

  it('ABOLISH from 2027-05-15: nothing owed for later periods; obligations planned ahead go unless reported', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('ABOL');
    on('2027-04-20');
    // Planned ahead (as a replica whose clock ran fast would): May and June exist before the decision.
    await plan(regimeCode, '2027-06-20');
    expect(
      (await report(regimeCode, '2027-06', [{ indicator: 'SO_BAO_CAO', number: 1 }])).errors,
    ).toBeUndefined();
    const planId = await carryOut(regimeCode, { action: 'ABOLISH' }, '2027-05-15');
    const abolished = await regime(regimeCode);
    expect(abolished).toMatchObject({ status: 'ABOLISHED', effectiveTo: '2027-05-14' });
    expect(abolished.periods.map((p) => p.label)).toEqual(['2027-02', '2027-03', '2027-04', '2027-05']);
    expect((abolished.history as object[]).at(-1)).toMatchObject({
      kind: 'ABOLISHED',
      effectiveFrom: '2027-05-15',
      plan: { id: planId },
      changes: [
        { field: 'status', before: 'ACTIVE', after: 'ABOLISHED' },
        { field: 'effectiveTo', before: null, after: '2027-05-14' },
      ],
    });
    on('2027-09-20');
    await plan(regimeCode, '2027-09-20');
    // June opened on 15 May: only the Ministry of Justice's, which holds a report, is kept.
    expect(await owedCounts(regimeCode)).toEqual({
      '2027-02': MINISTRIES,
      '2027-03': MINISTRIES,
      '2027-04': MINISTRIES,
      '2027-05': MINISTRIES,
      '2027-06': 1,
    });
    expect(await owed(regimeCode)).toEqual(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(code(await report(regimeCode, '2027-07', [{ indicator: 'SO_BAO_CAO', number: 1 }]))).toBe(
      'PERIOD_OUT_OF_RANGE',
    );
  });

  it('MERGE_INTO from 2027-06-15: SUPERSEDED with mergedInto, nothing owed after', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('MRG');
    const into = await createRegime('MRG-INTO');
    on('2027-04-20');
    await plan(regimeCode, '2027-04-20');
    const planId = await carryOut(
      regimeCode,
      { action: 'MERGE_INTO', mergeInto: into, hoursPerReportAfter: 1 },
      '2027-06-15',
    );
    const merged = await regime(regimeCode);
    expect(merged).toMatchObject({
      status: 'SUPERSEDED',
      effectiveTo: '2027-06-14',
      mergedInto: { code: into },
    });
    expect((merged.history as object[]).at(-1)).toMatchObject({
      kind: 'MERGED',
      plan: { id: planId },
      changes: [
        { field: 'status', before: 'ACTIVE', after: 'SUPERSEDED' },
        { field: 'effectiveTo', before: null, after: '2027-06-14' },
        { field: 'mergedInto', before: null, after: into },
      ],
    });
    on('2027-12-20');
    await plan(regimeCode, '2027-12-20');
    await plan(into, '2027-12-20');
    expect(await owed(regimeCode)).toEqual(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect((await owed(into)).at(-1)).toBe('2027-12');
  });
});

describe('the regime catalogue: create, amend, abolish, merge, with history', () => {
  it('records each change with who made it, from when and why', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('CAT');
    const amended = await as(
      central(),
      `mutation($code: String!, $input: ReportingRegimeAmendmentInput!) {
        amendReportingRegime(code: $code, input: $input) { frequency sendingMethods deadlineWorkingDays indicators { code } } }`,
      {
        code: regimeCode,
        input: {
          effectiveFrom: '2027-03-15',
          reason: 'Chuyển sang Hệ thống thông tin báo cáo Chính phủ.',
          sendingMethods: ['REPORTING_SYSTEM'],
          deadlineWorkingDays: 3,
          addIndicators: [{ code: 'TY_LE', name: 'Tỷ lệ hoàn thành', unit: '%', dataType: 'PERCENT' }],
        },
      },
    );
    expect(amended).toEqual({
      status: 200,
      data: {
        amendReportingRegime: {
          frequency: 'MONTHLY',
          sendingMethods: ['REPORTING_SYSTEM'],
          deadlineWorkingDays: 3,
          indicators: [
            { code: 'SO_BAO_CAO' },
            { code: 'SO_CHI_TIEU' },
            { code: 'GHI_CHU' },
            { code: 'TY_LE' },
          ],
        },
      },
    });
    const into = await createRegime('CAT-INTO');
    const merged = await as(
      central(),
      `mutation($code: String!, $into: String!) { mergeReportingRegime(code: $code, intoCode: $into,
        effectiveFrom: "2027-09-15", reason: "Gộp vào báo cáo chung.") { status effectiveTo mergedInto { code } } }`,
      { code: regimeCode, into },
    );
    expect(merged.data).toEqual({
      mergeReportingRegime: { status: 'SUPERSEDED', effectiveTo: '2027-09-14', mergedInto: { code: into } },
    });
    const history = (await regime(regimeCode)).history;
    expect(history).toEqual([
      {
        by: 'vpcp.cai-cach',
        byAgency: { id: 'bo-vpcp' },
        kind: 'CREATED',
        effectiveFrom: '2027-01-15',
        reason: 'Nghị định 09/2019/NĐ-CP',
        plan: null,
        changes: [],
      },
      {
        by: 'vpcp.cai-cach',
        byAgency: { id: 'bo-vpcp' },
        kind: 'AMENDED',
        effectiveFrom: '2027-03-15',
        reason: 'Chuyển sang Hệ thống thông tin báo cáo Chính phủ.',
        plan: null,
        changes: [
          { field: 'sendingMethods', before: 'EMAIL, POST', after: 'REPORTING_SYSTEM' },
          { field: 'deadlineWorkingDays', before: '5', after: '3' },
          {
            field: 'indicators',
            before: 'SO_BAO_CAO, SO_CHI_TIEU, GHI_CHU',
            after: 'SO_BAO_CAO, SO_CHI_TIEU, GHI_CHU, TY_LE',
          },
        ],
      },
      {
        by: 'vpcp.cai-cach',
        byAgency: { id: 'bo-vpcp' },
        kind: 'MERGED',
        effectiveFrom: '2027-09-15',
        reason: 'Gộp vào báo cáo chung.',
        plan: null,
        changes: [
          { field: 'status', before: 'ACTIVE', after: 'SUPERSEDED' },
          { field: 'effectiveTo', before: null, after: '2027-09-14' },
          { field: 'mergedInto', before: null, after: into },
        ],
      },
    ]);
    const abolished = await as(
      central(),
      `mutation($code: String!) { abolishReportingRegime(code: $code, effectiveFrom: "2027-02-15", reason: "Trùng lặp.") {
        status effectiveTo history { kind } } }`,
      { code: into },
    );
    expect(abolished.data).toEqual({
      abolishReportingRegime: {
        status: 'ABOLISHED',
        effectiveTo: '2027-02-14',
        history: [{ kind: 'CREATED' }, { kind: 'ABOLISHED' }],
      },
    });
  });

  it('refuses what the catalogue cannot hold, storing nothing', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('REF');
    const abolishedCode = await createRegime('REF-GONE');
    await as(
      central(),
      `mutation { abolishReportingRegime(code: "${abolishedCode}", effectiveFrom: "2027-02-15", reason: "Bãi bỏ.") { code } }`,
    );
    const amend = (c: string, input: object, who: Promise<string> | null = central()) =>
      as(
        who,
        `mutation($c: String!, $i: ReportingRegimeAmendmentInput!) { amendReportingRegime(code: $c, input: $i) { code } }`,
        {
          c,
          i: { effectiveFrom: '2027-03-15', reason: 'Sửa đổi.', ...input },
        },
      );
    const merge = (c: string, into: string, effectiveFrom = '2027-03-15') =>
      as(
        central(),
        `mutation($c: String!, $into: String!, $d: Date!) { mergeReportingRegime(code: $c, intoCode: $into, effectiveFrom: $d, reason: "Gộp.") { code } }`,
        {
          c,
          into,
          d: effectiveFrom,
        },
      );
    expect(code(await amend(regimeCode, { removeIndicators: ['KHONG_CO'] }))).toBe('BAD_USER_INPUT');
    expect(code(await amend(regimeCode, { effectiveFrom: '2027-01-04', deadlineWorkingDays: 3 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await amend(regimeCode, { sendingMethods: ['POST', 'EMAIL'] }))).toBe('BAD_USER_INPUT'); // no change
    expect(
      code(await amend(regimeCode, { removeIndicators: ['SO_BAO_CAO', 'SO_CHI_TIEU', 'GHI_CHU'] })),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(await amend(regimeCode, { addIndicators: [{ code: 'GHI_CHU', name: 'Lặp', dataType: 'TEXT' }] })),
    ).toBe('BAD_USER_INPUT');
    expect(code(await amend(abolishedCode, { deadlineWorkingDays: 3 }))).toBe('BAD_USER_INPUT');
    expect(code(await amend(`T${RUN}-KHONG-CO`, { deadlineWorkingDays: 3 }))).toBe('NOT_FOUND');
    expect(code(await merge(regimeCode, regimeCode))).toBe('BAD_USER_INPUT');
    expect(code(await merge(regimeCode, abolishedCode))).toBe('BAD_USER_INPUT');
    expect(code(await merge(regimeCode, `T${RUN}-KHONG-CO`))).toBe('NOT_FOUND');
    const past = await createRegimeAnswer('REF-PAST', { effectiveFrom: '2027-01-04' });
    const unknownAgency = await createRegimeAnswer('REF-AG', { receivingAgencyId: 'bo-khong-co' });
    const duplicate = await createRegimeAnswer('REF', {});
    expect([code(past), code(unknownAgency), code(duplicate)]).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect((await regime(regimeCode)).history).toHaveLength(1);
    expect(await owed(regimeCode)).toEqual([]);
  });
});

/** A createReportingRegime answer (errors included) for a complete input with overrides. */
async function createRegimeAnswer(suffix: string, overrides: Record<string, unknown>) {
  return as(central(), CREATE, {
    input: {
      code: `T${RUN}-${suffix}`,
      name: 'Báo cáo',
      content: 'Nội dung.',
      frequency: 'MONTHLY',
      reportingSubjects: ['MINISTRY'],
      receivingAgencyId: 'bo-vpcp',
      issuingAgencyId: 'bo-vpcp',
      sendingMethods: ['EMAIL'],
      deadlineWorkingDays: 5,
      legalBasis: 'Nghị định 09/2019/NĐ-CP',
      dataCutOffRule: 'Ngày 15 đến ngày 14.',
      outlineTemplate: 'I. Kết quả',
      effectiveFrom: '2027-01-15',
      indicators: INDICATORS,
      ...overrides,
    },
  });
}

describe('attacker probes', () => {
  it('reach: only the central office changes the catalogue or approves and implements; the anonymous are asked to sign in', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('PROBE');
    const { id } = await propose(regimeCode, { action: 'ABOLISH' });
    const callers: [Promise<string> | null, string][] = [
      [null, 'UNAUTHENTICATED'],
      [hub.token({ subject: 'cong.dan', role: 'CITIZEN' }), 'FORBIDDEN'],
      [officer('bo-vpcp'), 'FORBIDDEN'],
      [token('LEADER', 'bo-vpcp'), 'FORBIDDEN'],
    ];
    for (const [who, expected] of callers) {
      expect(
        code(
          await as(
            who,
            `mutation { abolishReportingRegime(code: "${regimeCode}", effectiveFrom: "2027-03-15", reason: "x") { code } }`,
          ),
        ),
      ).toBe(expected);
      expect(
        code(
          await as(
            who,
            `mutation { mergeReportingRegime(code: "${regimeCode}", intoCode: "VPCP-KTXH-THANG", effectiveFrom: "2027-03-15", reason: "x") { code } }`,
          ),
        ),
      ).toBe(expected);
      expect(code(await approve(id, who))).toBe(expected);
      expect(code(await implement(id, '2027-03-15', who))).toBe(expected);
    }
    expect((await regime(regimeCode)).status).toBe('ACTIVE');
  });

  it('enumeration: approving as a non-central caller answers FORBIDDEN whether the plan exists or not', async () => {
    on('2027-01-05');
    const regimeCode = await createRegime('ENUM');
    const { id } = await propose(regimeCode, { action: 'ABOLISH' });
    const leader = token('LEADER', HEALTH);
    expect([code(await approve(id, leader)), code(await approve('999999999', leader))]).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(code(await approve('999999999'))).toBe('NOT_FOUND');
    expect(code(await approve('không-phải-số'))).toBe('NOT_FOUND');
  });

  it('cost: history, versions and mergedInto of a page of regimes read in a fixed number of statements', async () => {
    const read = (first: number) =>
      as<{ reportingRegimes: { nodes: unknown[] } }>(
        central(),
        `query($first: Int) { reportingRegimes(first: $first) { nodes { code mergedInto { code }
          versions { effectiveFrom } history { kind plan { id } } } } }`,
        { first },
      );
    const statements = async (first: number) => {
      let answer: Awaited<ReturnType<typeof read>> | undefined;
      const count = await hub.countStatements(async () => {
        answer = await read(first);
      });
      expect(answer?.errors).toBeUndefined();
      expect(answer?.data?.reportingRegimes.nodes).toHaveLength(first);
      return count;
    };
    const few = await statements(2);
    expect(few).toBeGreaterThan(0);
    expect(await statements(20)).toBe(few);
  });
});
