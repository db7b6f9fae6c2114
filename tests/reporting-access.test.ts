import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInVietnam } from '../kit/dates.ts';
import type { Role } from '../kit/identity.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { unitsAnsweredFor } from './support/lineage.ts';

/**
 * Who may read the reporting subgraph's statistics and records (subgraphs/reporting/accessRules.ts), told
 * as the people meeting them: Hà Nội is `tinh-01` on both sides of the 2025 reorganization; the new An
 * Giang (`tinh-91-2025`) succeeded the old An Giang (`tinh-89`) and Kiên Giang (`tinh-91`).
 */
let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const HA_NOI = 'tinh-01';
const AN_GIANG = 'tinh-91-2025';
const RANGE = { from: '2024-01-01', to: '2026-10-31' };
const FIGURES = 'due submitted submittedOnTime late missing pending onTimeRate';

const as = async (role: Role, agencyId: string | null) => ({
  token: await hub.token({
    subject: `${role.toLowerCase()}.${agencyId ?? 'x'}`,
    role,
    agencyId: agencyId ?? undefined,
  }),
});

/** The one error of a refused field, as a client sees it: where and which code. */
function refusal(answer: {
  errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}) {
  return answer.errors?.map((error) => ({ path: error.path, code: error.extensions?.code }));
}

async function directCount(sql: string, bindings: unknown[]): Promise<number> {
  const result = await hub.db.reporting.raw(sql, bindings as never[]);
  return Number(result.rows[0].n);
}

const OVERDUE_SQL = `select count(*)::int as n from reporting_obligations o
  where o.agency_id = any(?::text[]) and o.due_date < ?::date
    and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)`;

describe('an agency’s reporting compliance is for leaders of its reach and the central office', () => {
  const COMPLIANCE = `query($id: ID!, $from: Date!, $to: Date!) {
    agency(id: $id) { id reportingCompliance(from: $from, to: $to) { ${FIGURES} } }
  }`;

  it('an officer of An Giang cannot read the compliance of Hà Nội: null and FORBIDDEN, nothing leaked', async () => {
    const answer = await hub.query(COMPLIANCE, { id: HA_NOI, ...RANGE }, await as('OFFICER', AN_GIANG));
    expect(answer.data).toEqual({ agency: { id: HA_NOI, reportingCompliance: null } });
    expect(refusal(answer)).toEqual([{ path: ['agency', 'reportingCompliance'], code: 'FORBIDDEN' }]);
    // The refusal says who may read, never a figure.
    expect(answer.errors?.[0].message).not.toMatch(/\d/);
  });

  it('a leader of An Giang cannot read Hà Nội’s either, but reads An Giang’s with Kiên Giang’s reports in it', async () => {
    const leader = await as('LEADER', AN_GIANG);
    const hanoi = await hub.query(COMPLIANCE, { id: HA_NOI, ...RANGE }, leader);
    expect(hanoi.data).toEqual({ agency: { id: HA_NOI, reportingCompliance: null } });
    expect(refusal(hanoi)).toEqual([{ path: ['agency', 'reportingCompliance'], code: 'FORBIDDEN' }]);

    const own = await hub.query<{ agency: { reportingCompliance: { due: number } } }>(
      COMPLIANCE,
      { id: AN_GIANG, ...RANGE },
      leader,
    );
    expect(own.errors).toBeUndefined();
    const due = await directCount(
      `select count(*)::int as n from reporting_obligations o
       where o.agency_id = any(?::text[]) and o.due_date between ?::date and ?::date`,
      [unitsAnsweredFor(AN_GIANG), RANGE.from, RANGE.to],
    );
    expect(own.data?.agency.reportingCompliance.due).toBe(due);
    // The old Kiên Giang's obligations are part of it.
    const kienGiang = await hub.query<{ agency: { reportingCompliance: { due: number } } }>(
      COMPLIANCE,
      { id: 'tinh-91', ...RANGE },
      leader,
    );
    expect(kienGiang.errors).toBeUndefined();
    expect(kienGiang.data?.agency.reportingCompliance.due).toBeGreaterThan(0);
  });

  it('anonymous callers are asked to sign in, and citizens are refused', async () => {
    const anonymous = await hub.query(COMPLIANCE, { id: HA_NOI, ...RANGE });
    expect(anonymous.data).toEqual({ agency: { id: HA_NOI, reportingCompliance: null } });
    expect(refusal(anonymous)).toEqual([
      { path: ['agency', 'reportingCompliance'], code: 'UNAUTHENTICATED' },
    ]);
    const citizen = await hub.query(COMPLIANCE, { id: HA_NOI, ...RANGE }, await as('CITIZEN', null));
    expect(refusal(citizen)).toEqual([{ path: ['agency', 'reportingCompliance'], code: 'FORBIDDEN' }]);
  });

  it('the central office reads every province’s compliance', async () => {
    const answer = await hub.query<{
      agencies: { totalCount: number; nodes: { id: string; reportingCompliance: { due: number } | null }[] };
    }>(
      `query($from: Date!, $to: Date!) { agencies(filter: { kind: PROVINCE, activeOn: "2025-07-01" }, first: 100) {
        totalCount nodes { id reportingCompliance(from: $from, to: $to) { due } }
      } }`,
      RANGE,
      await as('CENTRAL_OFFICE', 'bo-vpcp'),
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.agencies.nodes ?? [];
    expect(answer.data?.agencies.totalCount).toBe(34);
    expect(nodes).toHaveLength(34);
    for (const node of nodes) {
      const due = await directCount(
        `select count(*)::int as n from reporting_obligations o
         where o.agency_id = any(?::text[]) and o.due_date between ?::date and ?::date`,
        [unitsAnsweredFor(node.id), RANGE.from, RANGE.to],
      );
      expect(node.reportingCompliance).toEqual({ due });
      expect(due).toBeGreaterThan(0);
    }
  });
});

describe('overdue reports are statistics: a leader sees their reach, the central office all', () => {
  const OVERDUE = `query($filter: OverdueReportsFilter, $first: Int, $after: String) {
    overdueReports(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { agency { id } status }
    }
  }`;
  type Page = {
    overdueReports: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { agency: { id: string }; status: string }[];
    } | null;
  };

  it('a leader of Hà Nội sees Hà Nội’s overdue reports and none of An Giang’s', async () => {
    const leader = await as('LEADER', HA_NOI);
    const agencies: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page += 1) {
      const answer: { data?: Page | null; errors?: unknown } = await hub.query<Page>(
        OVERDUE,
        { first: 100, after },
        leader,
      );
      expect(answer.errors).toBeUndefined();
      const connection = answer.data?.overdueReports;
      if (!connection) throw new Error('no overdue reports');
      totalCount = connection.totalCount;
      agencies.push(...connection.nodes.map((node) => node.agency.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const expected = await directCount(OVERDUE_SQL, [unitsAnsweredFor(HA_NOI), todayInVietnam()]);
    expect(expected).toBeGreaterThan(0);
    expect(totalCount).toBe(expected);
    expect(agencies).toHaveLength(expected);
    expect(agencies.every((id) => id === HA_NOI || id.startsWith(`${HA_NOI}.`))).toBe(true);
    expect(agencies.some((id) => id.startsWith('tinh-91') || id.startsWith('tinh-89'))).toBe(false);
  });

  it('a leader of Hà Nội who names An Giang in the filter is refused, with no list at all', async () => {
    const answer = await hub.query(
      OVERDUE,
      { filter: { agencyId: AN_GIANG }, first: 5 },
      await as('LEADER', HA_NOI),
    );
    expect(answer.data).toEqual({ overdueReports: null });
    expect(refusal(answer)).toEqual([{ path: ['overdueReports'], code: 'FORBIDDEN' }]);
  });

  it('a leader of the new An Giang sees Kiên Giang’s overdue reports too', async () => {
    const answer = await hub.query<Page>(
      OVERDUE,
      { filter: { agencyId: 'tinh-91' }, first: 1 },
      await as('LEADER', AN_GIANG),
    );
    expect(answer.errors).toBeUndefined();
    const expected = await directCount(
      `${OVERDUE_SQL} and (o.agency_id = 'tinh-91' or o.agency_id like 'tinh-91.%')`,
      [unitsAnsweredFor(AN_GIANG), todayInVietnam()],
    );
    expect(expected).toBeGreaterThan(0);
    expect(answer.data?.overdueReports?.totalCount).toBe(expected);
  });

  it('anonymous cannot list overdue reports; officers and citizens neither', async () => {
    const anonymous = await hub.query(OVERDUE, { first: 5 });
    expect(anonymous.data).toEqual({ overdueReports: null });
    expect(refusal(anonymous)).toEqual([{ path: ['overdueReports'], code: 'UNAUTHENTICATED' }]);
    for (const caller of [await as('OFFICER', HA_NOI), await as('CITIZEN', null)]) {
      const answer = await hub.query(OVERDUE, { first: 5 }, caller);
      expect(answer.data).toEqual({ overdueReports: null });
      expect(refusal(answer)).toEqual([{ path: ['overdueReports'], code: 'FORBIDDEN' }]);
    }
  });

  it('the central office lists every agency’s overdue reports', async () => {
    const answer = await hub.query<Page>(OVERDUE, { first: 1 }, await as('CENTRAL_OFFICE', 'bo-vpcp'));
    expect(answer.errors).toBeUndefined();
    const expected = await directCount(
      `select count(*)::int as n from reporting_obligations o where o.due_date < ?::date
       and not exists (select 1 from reporting_submissions s where s.obligation_id = o.id)`,
      [todayInVietnam()],
    );
    expect(answer.data?.overdueReports?.totalCount).toBe(expected);
  });
});

describe('a regime’s compliance: national for the central office, the reach for a leader', () => {
  const REGIME = `query($from: Date!, $to: Date!) { reportingRegime(code: "VPCP-KTXH-THANG") {
    code name compliance(from: $from, to: $to) { due }
    complianceByAgency(from: $from, to: $to, first: 100) { totalCount nodes { agency { id } compliance { due } } }
  } }`;
  type Regime = {
    reportingRegime: {
      code: string;
      compliance: { due: number } | null;
      complianceByAgency: {
        totalCount: number;
        nodes: { agency: { id: string }; compliance: { due: number } }[];
      } | null;
    };
  };
  const dueOf = (units: string[] | null) =>
    directCount(
      `select count(*)::int as n from reporting_obligations o where o.regime_code = 'VPCP-KTXH-THANG'
       and o.due_date between ?::date and ?::date and (?::text[] is null or o.agency_id = any(?::text[]))`,
      [RANGE.from, RANGE.to, units, units],
    );

  it('a leader of the new An Giang sees only the agencies of An Giang’s reach', async () => {
    const answer = await hub.query<Regime>(REGIME, RANGE, await as('LEADER', AN_GIANG));
    expect(answer.errors).toBeUndefined();
    const reach = unitsAnsweredFor(AN_GIANG);
    const regime = answer.data?.reportingRegime;
    expect(regime?.compliance).toEqual({ due: await dueOf(reach) });
    const ids = regime?.complianceByAgency?.nodes.map((node) => node.agency.id) ?? [];
    expect(ids.sort()).toEqual(['tinh-89', 'tinh-91', AN_GIANG].sort());
    expect(regime?.complianceByAgency?.totalCount).toBe(3);
    const national = await dueOf(null);
    expect(regime?.compliance?.due).toBeLessThan(national);
  });

  it('costs a leader as many statements for thirty regimes as for one: the reach is one batch key', async () => {
    const leader = await as('LEADER', AN_GIANG);
    const query = (first: number) => `{ reportingRegimes(first: ${first}) { nodes {
      compliance(from: "2025-01-01", to: "2025-12-31") { due }
      complianceByAgency(from: "2025-01-01", to: "2025-12-31", first: 5) { totalCount nodes { agency { id } } }
    } } }`;
    // The first call learns the reach from the agencies subgraph; the counts compare warm requests.
    expect((await hub.query(query(1), {}, leader)).errors).toBeUndefined();
    const one = await hub.countStatements(() => hub.query(query(1), {}, leader));
    const many = await hub.countStatements(() => hub.query(query(30), {}, leader));
    expect(many).toBe(one);
  });

  it('the central office sees the national figures', async () => {
    const answer = await hub.query<Regime>(REGIME, RANGE, await as('CENTRAL_OFFICE', 'bo-vpcp'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.reportingRegime.compliance).toEqual({ due: await dueOf(null) });
    expect(answer.data?.reportingRegime.complianceByAgency?.totalCount).toBeGreaterThan(34);
  });

  it('anonymous reads the regime from the public catalog, but not its compliance', async () => {
    const answer = await hub.query<Regime>(REGIME, RANGE);
    expect(answer.data).toEqual({
      reportingRegime: {
        code: 'VPCP-KTXH-THANG',
        name: expect.any(String),
        compliance: null,
        complianceByAgency: null,
      },
    });
    expect(refusal(answer)).toEqual([
      { path: ['reportingRegime', 'compliance'], code: 'UNAUTHENTICATED' },
      { path: ['reportingRegime', 'complianceByAgency'], code: 'UNAUTHENTICATED' },
    ]);
  });
});

describe('one agency’s obligation and its reports are records of the agency’s reach', () => {
  const OBLIGATION = `query($agency: ID!, $period: String!) {
    reportingObligation(regimeCode: "VPCP-KTXH-THANG", agencyId: $agency, period: $period) {
      agency { id } period { label } status submissions { version }
    }
  }`;

  it('an officer of An Giang reads An Giang’s obligation, and Kiên Giang’s before the merger', async () => {
    const officer = await as('OFFICER', AN_GIANG);
    const own = await hub.query(OBLIGATION, { agency: AN_GIANG, period: '2025-07' }, officer);
    expect(own.errors).toBeUndefined();
    expect(own.data).toMatchObject({
      reportingObligation: { agency: { id: AN_GIANG }, period: { label: '2025-07' } },
    });
    const predecessor = await hub.query(OBLIGATION, { agency: 'tinh-91', period: '2025-06' }, officer);
    expect(predecessor.errors).toBeUndefined();
    expect(predecessor.data).toMatchObject({ reportingObligation: { agency: { id: 'tinh-91' } } });
  });

  it('an officer of An Giang cannot read Hà Nội’s, whether Hà Nội owes that period or not', async () => {
    const officer = await as('OFFICER', AN_GIANG);
    for (const period of ['2025-07', '2023-01']) {
      const answer = await hub.query(OBLIGATION, { agency: HA_NOI, period }, officer);
      expect(answer.data).toEqual({ reportingObligation: null });
      expect(refusal(answer)).toEqual([{ path: ['reportingObligation'], code: 'FORBIDDEN' }]);
    }
  });

  it('anonymous is asked to sign in; the central office reads any agency’s', async () => {
    const anonymous = await hub.query(OBLIGATION, { agency: HA_NOI, period: '2025-07' });
    expect(anonymous.data).toEqual({ reportingObligation: null });
    expect(refusal(anonymous)).toEqual([{ path: ['reportingObligation'], code: 'UNAUTHENTICATED' }]);
    const central = await hub.query(
      OBLIGATION,
      { agency: HA_NOI, period: '2025-07' },
      await as('CENTRAL_OFFICE', 'bo-vpcp'),
    );
    expect(central.errors).toBeUndefined();
    expect(central.data).toMatchObject({ reportingObligation: { agency: { id: HA_NOI } } });
  });
});
