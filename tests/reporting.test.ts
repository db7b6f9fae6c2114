import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOn, referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import { todayInVietnam } from '../kit/dates.ts';
import type { Database } from '../kit/db.ts';
import { prepareDatabase, type RunningSubgraph, serveSubgraph } from '../kit/subgraph.ts';
import { complianceForAgencies } from '../subgraphs/reporting/complianceStore.ts';
import { planObligations } from '../subgraphs/reporting/data/planObligations.ts';
import { SAMPLE_REGIMES } from '../subgraphs/reporting/data/sampleRegimes.ts';
import { reporting } from '../subgraphs/reporting/index.ts';
import {
  CalendarMissingError,
  dueDate,
  periodsEndingBetween,
  periodsOfYear,
  schedule,
} from '../subgraphs/reporting/periods.ts';
import { type ThrowAwayDatabase, throwAwayDatabase } from './support/databases.ts';
import { CENTRAL, gatewayHeaders } from './support/subgraphCall.ts';

describe('Decree 09 data cut-off windows', () => {
  it('closes a monthly window on the 14th, opening on the 15th of the previous month, across the year end', () => {
    expect(periodsEndingBetween('MONTHLY', '2024-12-01', '2025-01-31')).toEqual([
      { label: '2024-12', name: 'Tháng 12/2024', cutOffStart: '2024-11-15', cutOffEnd: '2024-12-14' },
      { label: '2025-01', name: 'Tháng 01/2025', cutOffStart: '2024-12-15', cutOffEnd: '2025-01-14' },
    ]);
  });

  it('opens the first quarter on 15 December of the previous year', () => {
    expect(
      periodsOfYear('QUARTERLY', 2025).map((p) => [p.label, p.name, p.cutOffStart, p.cutOffEnd]),
    ).toEqual([
      ['2025-Q1', 'Quý I/2025', '2024-12-15', '2025-03-14'],
      ['2025-Q2', 'Quý II/2025', '2025-03-15', '2025-06-14'],
      ['2025-Q3', 'Quý III/2025', '2025-06-15', '2025-09-14'],
      ['2025-Q4', 'Quý IV/2025', '2025-09-15', '2025-12-14'],
    ]);
  });

  it('gives the 6-month, 9-month and annual windows, all opening on 15 December', () => {
    expect(periodsOfYear('SEMIANNUAL', 2026).map((p) => [p.label, p.cutOffStart, p.cutOffEnd])).toEqual([
      ['2026-H1', '2025-12-15', '2026-06-14'],
      ['2026', '2025-12-15', '2026-12-14'],
    ]);
    expect(periodsOfYear('NINE_MONTHS', 2025).map((p) => [p.label, p.cutOffStart, p.cutOffEnd])).toEqual([
      ['2025-9M', '2024-12-15', '2025-09-14'],
    ]);
    expect(periodsOfYear('ANNUAL', 2024).map((p) => [p.label, p.cutOffStart, p.cutOffEnd])).toEqual([
      ['2024', '2023-12-15', '2024-12-14'],
    ]);
  });

  it('has no periods for thematic and ad hoc reports', () => {
    expect(periodsOfYear('THEMATIC', 2025)).toEqual([]);
    expect(periodsEndingBetween('AD_HOC', '2024-01-01', '2027-12-31')).toEqual([]);
  });

  it('selects periods by the day their window closes', () => {
    expect(periodsEndingBetween('MONTHLY', '2025-01-15', '2025-02-14').map((p) => p.label)).toEqual([
      '2025-02',
    ]);
    expect(periodsEndingBetween('QUARTERLY', '2024-01-01', '2027-12-31')).toHaveLength(16);
  });
});

describe('due dates on the kit holiday calendar', () => {
  it('counts working days after the cut-off end', () => {
    // 2025-01-14 is a Tuesday.
    expect(dueDate('2025-01-14', 3)).toBe('2025-01-17');
  });

  it('skips Tết 2025 (27–31 January)', () => {
    expect(dueDate('2025-01-14', 10)).toBe('2025-02-04');
  });

  it('skips Giỗ Tổ Hùng Vương 2024 (18 April) after a Sunday cut-off', () => {
    expect(dueDate('2024-04-14', 5)).toBe('2024-04-22');
  });

  it('counts the Saturday worked to make up a swapped holiday (4 May 2024)', () => {
    expect(dueDate('2024-05-03', 1)).toBe('2024-05-04');
  });

  it('crosses the year end and New Year holiday', () => {
    expect(dueDate('2024-12-14', 12)).toBe('2024-12-31');
    expect(dueDate('2024-12-14', 13)).toBe('2025-01-02');
    expect(dueDate('2025-12-14', 15)).toBe('2026-01-05');
  });

  it('moves a zero-day deadline that falls on a weekend to the next working day', () => {
    expect(dueDate('2024-12-14', 0)).toBe('2024-12-16');
    expect(dueDate('2025-01-14', 0)).toBe('2025-01-14');
  });

  it('schedules a regime with its due dates', () => {
    expect(schedule('ANNUAL', 10, '2025-01-01', '2025-12-31')).toEqual([
      {
        label: '2025',
        name: 'Năm 2025',
        cutOffStart: '2024-12-15',
        cutOffEnd: '2025-12-14',
        dueDate: '2025-12-26',
      },
    ]);
  });

  it('counts in projected years too, and refuses years the calendar does not compute', () => {
    // 14 Jan 2028 is a Friday: Mon 17, Tue 18, Wed 19 (Tết 2028 is 26 Jan). 14 Dec 2023: Fri 15, Mon 18, Tue 19.
    expect(dueDate('2028-01-14', 3)).toBe('2028-01-19');
    expect(dueDate('2023-12-14', 3)).toBe('2023-12-19');
    expect(() => dueDate('9999-12-14', 3)).toThrow(CalendarMissingError);
  });
});

describe('obligations across the 2025 reorganization', () => {
  const agencies = referenceAgencies();
  const planned = planObligations(SAMPLE_REGIMES, agencies, '2025-12-31');
  const monthly = (label: string) =>
    planned
      .filter((o) => o.regimeCode === 'VPCP-KTXH-THANG' && o.periodLabel === label)
      .map((o) => o.agencyId);

  it('has the 63 old provinces owe June 2025 and the 34 provinces owe July 2025', () => {
    expect(monthly('2025-06')).toHaveLength(63);
    expect(monthly('2025-07')).toHaveLength(34);
    expect(monthly('2025-06')).toContain('tinh-91');
    expect(monthly('2025-06')).not.toContain('tinh-91-2025');
    expect(monthly('2025-07')).toContain('tinh-91-2025');
    expect(monthly('2025-07')).not.toContain('tinh-91');
    expect(monthly('2025-07')).toContain('tinh-01');
  });

  it('has only agencies that exist on the cut-off end owe a period', () => {
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    for (const obligation of planned) {
      const agency = byId.get(obligation.agencyId);
      expect(agency && activeOn(agency, obligation.periodEnd)).toBe(true);
    }
  });

  it('never has the receiving agency report to itself', () => {
    const receiverOf = new Map(SAMPLE_REGIMES.map((regime) => [regime.code, regime.receiver]));
    expect(planned.filter((o) => receiverOf.get(o.regimeCode) === o.agencyId)).toEqual([]);
  });

  it('keeps regimes within their time in force', () => {
    const old = planned.filter((o) => o.regimeCode === 'BKHDT-DTC-QUY').map((o) => o.periodLabel);
    const formed = planned.filter((o) => o.regimeCode === 'BTC-DTC-QUY').map((o) => o.periodLabel);
    expect([...new Set(old)]).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect([...new Set(formed)]).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
  });
});

describe('the reporting subgraph alone', () => {
  let db: Database;
  let database: ThrowAwayDatabase;
  let server: RunningSubgraph;
  let seedMs = 0;

  // Signed as the gateway signs a central-office caller: national statistics are theirs to read.
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(server.http.url, {
      method: 'POST',
      headers: await gatewayHeaders(CENTRAL),
      body: JSON.stringify({ query, variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test responses are inspected loosely.
    return (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
  };

  const agencies = referenceAgencies();
  /** What the agencies subgraph sends as lineageUnitIds: the agency, its units, its predecessors and theirs. */
  const lineage = (id: string) => {
    const ids = new Set([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const agency of agencies) {
        const linked =
          (agency.parentId && ids.has(agency.parentId)) ||
          (agency.successorId && ids.has(agency.successorId));
        if (linked && !ids.has(agency.id)) {
          ids.add(agency.id);
          grew = true;
        }
      }
    }
    return [...ids];
  };
  const provinces = agencies.filter((a) => a.kind === 'PROVINCE' && activeOn(a, '2025-07-01'));
  const representations = provinces.map((p) => ({
    __typename: 'Agency',
    id: p.id,
    lineageUnitIds: lineage(p.id),
  }));
  const COMPLIANCE = `query($r: [_Any!]!, $from: Date!, $to: Date!) { _entities(representations: $r) { ... on Agency {
    id reportingCompliance(from: $from, to: $to) { due submitted submittedOnTime late missing pending onTimeRate }
  } } }`;

  beforeAll(async () => {
    database = await throwAwayDatabase('reporting');
    db = database.db;
    await prepareDatabase(reporting, db);
    const started = Date.now();
    await reporting.seed(db, { until: '2026-06-30' });
    seedMs = Date.now() - started;
    server = await serveSubgraph(reporting, db, { port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('seeds at least 24 regimes quickly', async () => {
    expect(seedMs).toBeLessThan(20_000);
    expect(await reporting.isSeeded(db)).toBe(true);
    const answer = await post('{ reportingRegimes(first: 100) { totalCount nodes { code } } }');
    expect(answer.data.reportingRegimes.totalCount).toBeGreaterThanOrEqual(24);
  });

  it('answers the compliance of 34 provinces with one statement, as the direct SQL does', async () => {
    const before = db.sqlStats.statements;
    const answer = await post(COMPLIANCE, { r: representations, from: '2025-01-01', to: '2025-12-31' });
    expect(db.sqlStats.statements - before).toBe(1);
    expect(answer.errors).toBeUndefined();
    const direct = await complianceForAgencies(
      db,
      representations.map((r) => ({ id: r.id, unitIds: r.lineageUnitIds })),
      '2025-01-01',
      '2025-12-31',
      todayInVietnam(),
    );
    for (const entity of answer.data._entities) {
      const { onTimeRate, ...counts } = entity.reportingCompliance;
      expect(counts).toEqual(direct.get(entity.id));
      expect(counts.due).toBe(counts.submitted + counts.missing + counts.pending);
      expect(counts.submitted).toBe(counts.submittedOnTime + counts.late);
      expect(onTimeRate).toBeCloseTo(counts.submittedOnTime / counts.due);
    }
  });

  it('counts the old An Giang and Kiên Giang in the new An Giang', async () => {
    const ids = ['tinh-91-2025', 'tinh-89', 'tinh-91'];
    const answer = await post(COMPLIANCE, {
      r: [
        { __typename: 'Agency', id: 'tinh-91-2025', lineageUnitIds: lineage('tinh-91-2025') },
        ...ids.slice(1).map((id) => ({ __typename: 'Agency', id, lineageUnitIds: lineage(id) })),
      ],
      from: '2024-01-01',
      to: '2026-06-30',
    });
    const [merged, oldAnGiang, kienGiang] = answer.data._entities.map(
      (e: { reportingCompliance: { due: number } }) => e.reportingCompliance.due,
    );
    // The new province's own obligations: itself and its departments, not its predecessors'.
    const ownUnits = lineage('tinh-91-2025').filter((id) => id.startsWith('tinh-91-2025'));
    const own = await complianceForAgencies(
      db,
      [{ id: 'x', unitIds: ownUnits }],
      '2024-01-01',
      '2026-06-30',
      '2026-06-30',
    );
    expect(merged).toBe(oldAnGiang + kienGiang + (own.get('x')?.due ?? 0));
    expect(oldAnGiang).toBeGreaterThan(0);
  });

  it('answers null onTimeRate when nothing was due, and refuses a reversed range', async () => {
    const empty = await post(COMPLIANCE, {
      r: representations.slice(0, 1),
      from: '2030-01-01',
      to: '2030-12-31',
    });
    expect(empty.data._entities[0].reportingCompliance).toMatchObject({ due: 0, onTimeRate: null });
    const reversed = await post(COMPLIANCE, {
      r: representations.slice(0, 1),
      from: '2025-12-31',
      to: '2025-01-01',
    });
    expect(reversed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reads a regime and refuses an unknown one', async () => {
    const answer = await post(`{ reportingRegime(code: "VPCP-KSTTHC") {
      frequency receivingAgency { id } indicators { code } periods(from: "2025-01-01", to: "2025-12-31") { label dueDate }
    } missing: reportingRegime(code: "KHONG-CO") { code } }`);
    expect(answer.data.reportingRegime.frequency).toBe('SEMIANNUAL');
    expect(answer.data.reportingRegime.receivingAgency).toEqual({ id: 'bo-vpcp' });
    expect(answer.data.reportingRegime.indicators.map((i: { code: string }) => i.code)).toContain(
      'pakn_tiep_nhan',
    );
    expect(answer.data.reportingRegime.periods).toEqual([
      { label: '2025-H1', dueDate: '2025-06-20' },
      { label: '2025', dueDate: '2025-12-19' },
    ]);
    expect(answer.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('pages the regimes with keyset cursors', async () => {
    const first = await post(
      '{ reportingRegimes(first: 10) { nodes { code } pageInfo { endCursor hasNextPage } } }',
    );
    const next =
      await post(`{ reportingRegimes(first: 10, after: "${first.data.reportingRegimes.pageInfo.endCursor}") {
      nodes { code } } }`);
    const codes = [...first.data.reportingRegimes.nodes, ...next.data.reportingRegimes.nodes].map(
      (n: { code: string }) => n.code,
    );
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(20);
  });
});
