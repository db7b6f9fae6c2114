import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const token = (role: 'OFFICER' | 'LEADER' | 'CENTRAL_OFFICE' | 'CITIZEN', agencyId: string) =>
  hub.token({ subject: `${role.toLowerCase()}.${agencyId}`, role, agencyId });

const SAVING = 'beforeVnd afterVnd savingVnd percentCut';
const PLAN = `id reviewYear status agency { id } hourValueVnd
  items { procedure { code } proposals
    before { timeCostPerFilingVnd costPerFilingVnd costPerYearVnd }
    after { timeCostPerFilingVnd costPerFilingVnd costPerYearVnd }
    saving { ${SAVING} } }
  saving { ${SAVING} }`;

const CREATE = `mutation($input: NewSimplificationPlanInput!) { createSimplificationPlan(input: $input) { ${PLAN} } }`;

/**
 * The hand-computed example (hour valued at 30,000 VND):
 * 1.001193 before: 8 h × 30,000 + 0 fees + 50,000 other = 290,000 a filing × 1,000,000 = 290,000,000,000
 *          after:  2 h × 30,000 + 0 + 0                 =  60,000 a filing × 1,000,000 =  60,000,000,000
 *          saving 230,000,000,000, cut 230 / 290 = 79.31 %
 * 2.000806 before: 16 h × 30,000 + 1,000,000 + 200,000 = 1,680,000 × 5,000 = 8,400,000,000
 *          after:   4 h × 30,000 +   500,000 + 0       =   620,000 × 5,000 = 3,100,000,000
 *          saving 5,300,000,000, cut 5.3 / 8.4 = 63.10 %
 * plan:    298,400,000,000 → 63,100,000,000, saving 235,300,000,000, cut 235.3 / 298.4 = 78.85 %
 */
const JUSTICE_PLAN = {
  reviewYear: 2027,
  title: 'Phương án đơn giản hóa thủ tục hộ tịch năm 2027',
  hourValueVnd: 30000,
  items: [
    {
      procedureCode: '1.001193',
      proposals: ['MOVE_ONLINE', 'CUT_DOSSIER_COMPONENTS'],
      rationale: 'Khai thác dữ liệu dân cư thay cho giấy tờ.',
      before: {
        hoursPerFiling: 8,
        feesPerFilingVnd: 0,
        otherCostsPerFilingVnd: 50000,
        filingsPerYear: 1000000,
      },
      after: { hoursPerFiling: 2, feesPerFilingVnd: 0, otherCostsPerFilingVnd: 0, filingsPerYear: 1000000 },
    },
    {
      procedureCode: '2.000806',
      proposals: ['CUT_FEES', 'SHORTEN_PROCESSING_TIME'],
      rationale: 'Giảm lệ phí và thời hạn giải quyết.',
      before: {
        hoursPerFiling: 16,
        feesPerFilingVnd: 1000000,
        otherCostsPerFilingVnd: 200000,
        filingsPerYear: 5000,
      },
      after: { hoursPerFiling: 4, feesPerFilingVnd: 500000, otherCostsPerFilingVnd: 0, filingsPerYear: 5000 },
    },
  ],
};

const HAND_COMPUTED = {
  items: [
    {
      procedure: { code: '1.001193' },
      proposals: ['MOVE_ONLINE', 'CUT_DOSSIER_COMPONENTS'],
      before: { timeCostPerFilingVnd: 240000, costPerFilingVnd: 290000, costPerYearVnd: 290_000_000_000 },
      after: { timeCostPerFilingVnd: 60000, costPerFilingVnd: 60000, costPerYearVnd: 60_000_000_000 },
      saving: {
        beforeVnd: 290_000_000_000,
        afterVnd: 60_000_000_000,
        savingVnd: 230_000_000_000,
        percentCut: 79.31,
      },
    },
    {
      procedure: { code: '2.000806' },
      proposals: ['CUT_FEES', 'SHORTEN_PROCESSING_TIME'],
      before: { timeCostPerFilingVnd: 480000, costPerFilingVnd: 1680000, costPerYearVnd: 8_400_000_000 },
      after: { timeCostPerFilingVnd: 120000, costPerFilingVnd: 620000, costPerYearVnd: 3_100_000_000 },
      saving: {
        beforeVnd: 8_400_000_000,
        afterVnd: 3_100_000_000,
        savingVnd: 5_300_000_000,
        percentCut: 63.1,
      },
    },
  ],
  saving: {
    beforeVnd: 298_400_000_000,
    afterVnd: 63_100_000_000,
    savingVnd: 235_300_000_000,
    percentCut: 78.85,
  },
};

let planId: string;

describe('a ministry drafts a simplification plan and the central office approves it', () => {
  it('computes cost before and after, saving and cut exactly as worked out by hand', async () => {
    const answer = await hub.query(
      CREATE,
      { input: JUSTICE_PLAN },
      { token: await token('OFFICER', 'bo-btp') },
    );
    expect(answer.errors).toBeUndefined();
    const plan = (answer.data as { createSimplificationPlan: { id: string } }).createSimplificationPlan;
    planId = plan.id;
    expect(plan).toEqual({
      id: planId,
      reviewYear: 2027,
      status: 'DRAFT',
      agency: { id: 'bo-btp' },
      hourValueVnd: 30000,
      ...HAND_COMPUTED,
    });
  });

  it('moves DRAFT → SUBMITTED → APPROVED → IMPLEMENTED, refusing moves out of order or by the wrong caller', async () => {
    const justice = await token('OFFICER', 'bo-btp');
    const central = await token('CENTRAL_OFFICE', 'bo-vpcp');
    const move = async (name: string, who?: string) => {
      const answer = await hub.query(
        `mutation($id: ID!) { ${name}(id: $id) { status } }`,
        { id: planId },
        who ? { token: who } : {},
      );
      return answer.errors
        ? answer.errors.map((e) => e.extensions?.code)
        : (answer.data as Record<string, { status: string }>)[name].status;
    };
    expect(await move('approveSimplificationPlan', central)).toEqual(['INVALID_TRANSITION']);
    expect(await move('submitSimplificationPlan')).toEqual(['UNAUTHENTICATED']);
    expect(await move('submitSimplificationPlan', await token('OFFICER', 'bo-byt'))).toEqual(['FORBIDDEN']);
    expect(await move('submitSimplificationPlan', justice)).toBe('SUBMITTED');
    expect(await move('submitSimplificationPlan', justice)).toEqual(['INVALID_TRANSITION']);
    expect(await move('implementSimplificationPlan', justice)).toEqual(['INVALID_TRANSITION']);
    expect(await move('approveSimplificationPlan', justice)).toEqual(['FORBIDDEN']);
    expect(await move('approveSimplificationPlan', central)).toBe('APPROVED');
    expect(await move('implementSimplificationPlan', justice)).toBe('IMPLEMENTED');
    const stored = await hub.db
      .procedures('simplification_plans')
      .where('id', planId)
      .first('status', 'created_by', 'submitted_at', 'approved_at', 'implemented_at');
    expect(stored.status).toBe('IMPLEMENTED');
    expect(stored.created_by).toBe('officer.bo-btp');
    expect([stored.submitted_at, stored.approved_at, stored.implemented_at].every(Boolean)).toBe(true);
  });

  it('totals a review year per agency and nationally', async () => {
    // A second agency's plan in the same year: 4 h × 30,000 + 100,000 + 0 = 220,000 × 10,000 → abolished.
    const health = await hub.query(
      CREATE,
      {
        input: {
          reviewYear: 2027,
          title: 'Phương án bãi bỏ thủ tục năm 2027',
          hourValueVnd: 30000,
          items: [
            {
              procedureCode: (
                await hub.db
                  .procedures('procedures')
                  .where({ managing_agency_id: 'bo-byt' })
                  .whereNot('status', 'ABOLISHED')
                  .orderBy('code')
                  .first('code')
              ).code,
              proposals: ['ABOLISH'],
              rationale: 'Không còn cần thiết.',
              before: {
                hoursPerFiling: 4,
                feesPerFilingVnd: 100000,
                otherCostsPerFilingVnd: 0,
                filingsPerYear: 10000,
              },
            },
          ],
        },
      },
      { token: await token('LEADER', 'bo-byt') },
    );
    expect(health.errors).toBeUndefined();
    const answer = await hub.query(`{
      simplificationTotals(reviewYear: 2027) {
        reviewYear planCount procedureCount saving { ${SAVING} }
        agencies { agency { id name } planCount procedureCount saving { ${SAVING} } }
      }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        simplificationTotals: {
          reviewYear: 2027,
          planCount: 2,
          procedureCount: 3,
          // 298,400,000,000 + 2,200,000,000 → 63,100,000,000 + 0
          saving: {
            beforeVnd: 300_600_000_000,
            afterVnd: 63_100_000_000,
            savingVnd: 237_500_000_000,
            percentCut: 79.01,
          },
          agencies: [
            {
              agency: { id: 'bo-btp', name: 'Bộ Tư pháp' },
              planCount: 1,
              procedureCount: 2,
              saving: HAND_COMPUTED.saving,
            },
            {
              agency: { id: 'bo-byt', name: 'Bộ Y tế' },
              planCount: 1,
              procedureCount: 1,
              saving: { beforeVnd: 2_200_000_000, afterVnd: 0, savingVnd: 2_200_000_000, percentCut: 100 },
            },
          ],
        },
      },
    });
    const approvedOnly = await hub.query(
      `{ simplificationTotals(reviewYear: 2027, statuses: [IMPLEMENTED]) { planCount saving { ${SAVING} } } }`,
    );
    expect(approvedOnly.data).toEqual({
      simplificationTotals: { planCount: 1, saving: HAND_COMPUTED.saving },
    });
  });

  it('the sample plans of 2025 total what the plans database computes directly', async () => {
    const result = await hub.db.procedures.raw(
      `select sum(round((i.before_hours * p.hour_value_vnd + i.before_fees_vnd + i.before_other_vnd) * i.before_filings)) as before,
              sum(round((i.after_hours * p.hour_value_vnd + i.after_fees_vnd + i.after_other_vnd) * i.after_filings)) as after,
              count(distinct p.id) as plans
       from simplification_plan_items i join simplification_plans p on p.id = i.plan_id
       where p.review_year = 2025`,
    );
    const row = result.rows[0] as { before: number; after: number; plans: number };
    const answer = await hub.query(`{
      simplificationTotals(reviewYear: 2025) { planCount saving { beforeVnd afterVnd } }
      simplificationPlans(filter: { reviewYear: 2025 }, first: 50) { totalCount nodes { status sample } }
    }`);
    const data = answer.data as {
      simplificationTotals: { planCount: number; saving: { beforeVnd: number; afterVnd: number } };
      simplificationPlans: { totalCount: number; nodes: { status: string; sample: boolean }[] };
    };
    expect(Number(row.plans)).toBeGreaterThanOrEqual(3);
    expect(data.simplificationTotals).toEqual({
      planCount: Number(row.plans),
      saving: { beforeVnd: Number(row.before), afterVnd: Number(row.after) },
    });
    expect(data.simplificationPlans.totalCount).toBe(Number(row.plans));
    expect(new Set(data.simplificationPlans.nodes.map((n) => n.status))).toEqual(
      new Set(['IMPLEMENTED', 'APPROVED']),
    );
  });

  it('refuses a plan with bad figures, naming the field, and stores nothing', async () => {
    const officer = await token('OFFICER', 'bo-btp');
    const before = await hub.db.procedures('simplification_plans').count({ n: '*' }).first();
    const item = JUSTICE_PLAN.items[0];
    const cases: [unknown, string][] = [
      [
        { ...JUSTICE_PLAN, items: [{ ...item, before: { ...item.before, hoursPerFiling: -1 } }] },
        'items[0].before.hoursPerFiling',
      ],
      [{ ...JUSTICE_PLAN, items: [{ ...item, after: null }] }, 'items[0].after'],
      [{ ...JUSTICE_PLAN, items: [{ ...item, procedureCode: '9.999999' }] }, 'items[0].procedureCode'],
      [{ ...JUSTICE_PLAN, items: [{ ...item, proposals: ['MERGE'] }] }, 'items[0].mergeIntoCode'],
      [{ ...JUSTICE_PLAN, items: [] }, 'items'],
      [{ ...JUSTICE_PLAN, title: ' ' }, 'title'],
    ];
    const answers = [];
    for (const [input] of cases) answers.push(await hub.query(CREATE, { input }, { token: officer }));
    expect(
      answers.map((a) => [a.data, a.errors?.map((e) => [e.extensions?.code, e.extensions?.field])]),
    ).toEqual(cases.map(([, field]) => [null, [['BAD_USER_INPUT', field]]]));
    const after = await hub.db.procedures('simplification_plans').count({ n: '*' }).first();
    expect(after).toEqual(before);
  });
});
