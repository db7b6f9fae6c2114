import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import { planObligationsUntil } from '../subgraphs/reporting/obligationPlanner.ts';
import { startObligationPlanning } from '../subgraphs/reporting/planningSchedule.ts';
import { type Hub, SEED_UNTIL, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const SUBMIT = `mutation Submit($input: SubmitReportInput!) {
  submitReport(input: $input) {
    version late submittedBy
    obligation { agency { id } period { label } dueDate }
  }
}`;

/** The monthly socio-economic report, in force with no end; every indicator required. */
const MONTHLY = 'VPCP-KTXH-THANG';
const HANOI = 'tinh-01';
/** November 2026: its cut-off window closes on 2026-11-14, after the sample's last day (SEED_UNTIL). */
const AFTER_SEED = '2026-11';
const values = [
  { indicator: 'tang_truong_iip', number: 107.9 },
  { indicator: 'tong_muc_ban_le', number: 45_210.4 },
  { indicator: 'thu_ngan_sach', number: 38_750.5 },
  { indicator: 'doanh_nghiep_moi', number: 2_874 },
  { indicator: 'danh_gia_chung', text: 'Sản xuất công nghiệp tăng khá; thu ngân sách vượt dự toán.' },
];

async function submitForHanoi() {
  return hub.query<{ submitReport: Record<string, unknown> }>(
    SUBMIT,
    { input: { regimeCode: MONTHLY, agencyId: HANOI, period: AFTER_SEED, values } },
    { token: await hub.token({ subject: `canbo.${HANOI}`, role: 'OFFICER', agencyId: HANOI }) },
  );
}

async function count(sql: string, bindings: (string | number)[] = []): Promise<number> {
  const result = await hub.db.reporting.raw(`select count(*)::int as n from (${sql}) q`, bindings);
  return Number(result.rows[0].n);
}

describe('obligations of periods that close after the seed day', () => {
  it('finds nothing missing up to the seed day: the stored regimes plan what the seed planned', async () => {
    const before = await count('select 1 from reporting_obligations');
    expect(await planObligationsUntil(hub.db.reporting, SEED_UNTIL)).toBe(0);
    expect(await count('select 1 from reporting_obligations')).toBe(before);
  });

  it('refuses Hà Nội’s November report before planning, and accepts it once November is planned', async () => {
    const refused = await submitForHanoi();
    expect(refused.data).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_OBLIGED']);

    const before = await count('select 1 from reporting_obligations');
    const maxIdBefore = Number(
      (await hub.db.reporting.raw('select max(id) as m from reporting_obligations')).rows[0].m,
    );
    const added = await planObligationsUntil(hub.db.reporting, '2026-12-31');

    // Every new obligation belongs to a period closing after the seed day, and their number is what was added.
    expect(added).toBeGreaterThan(0);
    expect(await count('select 1 from reporting_obligations')).toBe(before + added);
    // The identity continues after the ids before (the seed's explicit ones and any other file's on the shared hub).
    expect(await count('select 1 from reporting_obligations where id > ?', [maxIdBefore])).toBe(added);
    expect(
      await count('select 1 from reporting_obligations where id > ? and period_end > ?::date', [
        maxIdBefore,
        SEED_UNTIL,
      ]),
    ).toBe(added);

    const due = (
      await hub.db.reporting.raw(
        `select due_date::text as due from reporting_obligations
         where regime_code = ? and agency_id = ? and period_label = ?`,
        [MONTHLY, HANOI, AFTER_SEED],
      )
    ).rows[0].due as string;
    expect(await submitForHanoi()).toEqual({
      status: 200,
      data: {
        submitReport: {
          version: 1,
          late: todayInVietnam() > due,
          submittedBy: `canbo.${HANOI}`,
          obligation: { agency: { id: HANOI }, period: { label: AFTER_SEED }, dueDate: due },
        },
      },
    });
  });

  it('adds nothing on a second run', async () => {
    const before = await count('select 1 from reporting_obligations');
    expect(await planObligationsUntil(hub.db.reporting, '2026-12-31')).toBe(0);
    expect(await count('select 1 from reporting_obligations')).toBe(before);
  });

  it('plans nothing for a dissolved province after its end, and plans its successor', async () => {
    expect(
      await count(
        `select 1 from reporting_obligations
         where agency_id in ('tinh-91', 'tinh-89') and period_end > '2025-06-30'`,
      ),
    ).toBe(0);
    expect(
      await count(
        `select 1 from reporting_obligations where agency_id = 'tinh-91-2025' and regime_code = ?
         and period_label in ('2026-11', '2026-12')`,
        [MONTHLY],
      ),
    ).toBe(2);
  });

  it('plans a unit-level regime for the named units only (the Departments of Finance)', async () => {
    const q4 = `select agency_id from reporting_obligations
                where regime_code = 'BTC25-NSDP-QUY' and period_label = '2026-Q4'`;
    expect(await count(q4)).toBe(34);
    expect(await count(`${q4} and agency_id not like '%.stc'`)).toBe(0);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('planning while the agencies subgraph does not answer', () => {
  /** Agencies come from the agencies subgraph: this address answers nothing (a closed port). */
  async function withAgenciesDown<T>(work: () => Promise<T>): Promise<T> {
    const url = process.env.AGENCIES_URL;
    process.env.AGENCIES_URL = 'http://127.0.0.1:9/graphql';
    try {
      return await work();
    } finally {
      process.env.AGENCIES_URL = url;
    }
  }
  const giaLaiAfterSeed = `select 1 from reporting_obligations where agency_id = 'tinh-52-2025' and period_end > '${SEED_UNTIL}'
                   and period_end <= '${todayInVietnam()}'`;

  it('plans nothing and says the agencies service is unavailable', async () => {
    const before = await count('select 1 from reporting_obligations');
    await expect(
      withAgenciesDown(() => planObligationsUntil(hub.db.reporting, '2027-03-31')),
    ).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(await count('select 1 from reporting_obligations')).toBe(before);
  });

  it('starts without waiting for it, and plans once it answers', async () => {
    const missing = await count(giaLaiAfterSeed);
    expect(missing).toBeGreaterThan(0);
    await hub.db.reporting.raw(
      `delete from reporting_obligations where id in (select id from (${giaLaiAfterSeed.replace('select 1', 'select id')}) q)`,
    );
    expect(await count(giaLaiAfterSeed)).toBe(0);

    // The agencies subgraph is down while the reporting subgraph starts: start-up does not wait for it, and
    // the first run, which fails, plans nothing.
    // Retries come 0.2 s, 0.4 s, 0.8 s… apart here (5 s, 10 s… in service): the first run and two retries fail.
    await withAgenciesDown(async () => {
      await startObligationPlanning(hub.db.reporting, { firstRetryMs: 200 });
      await sleep(700);
      expect(await count(giaLaiAfterSeed)).toBe(0);
    });

    // Back up: the next try plans what was missing.
    const deadline = Date.now() + 20_000;
    while ((await count(giaLaiAfterSeed)) < missing && Date.now() < deadline) await sleep(500);
    expect(await count(giaLaiAfterSeed)).toBe(missing);
  }, 30_000);
});
