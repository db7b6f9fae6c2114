import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOn, referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import { addDays, todayInVietnam } from '../kit/dates.ts';
import { PROVINCE_SCORECARD, type ScorecardNode } from '../scripts/scorecardQuery.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { unitsAnsweredFor } from './support/lineage.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const agencies = referenceAgencies();

/** Start of a Vietnamese day as an instant, for comparing timestamps with calendar days. */
const vnDayStart = (day: string) => `${day}T00:00:00+07:00`;

/** The scorecard's petition figures in SQL: on time means published by the due date (Decree 20/2008 Art. 19). */
async function expectedPetitionStats(units: string[], from: string, to: string, today: string) {
  const dueEnd = `(due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours'`;
  const result = await hub.db.petitions.raw(
    `select
       count(*) as received,
       count(*) filter (where status = 'PUBLISHED') as published,
       count(*) filter (where status = 'PUBLISHED' and published_at < ${dueEnd}) as on_time,
       count(*) filter (where status = 'PUBLISHED' and published_at >= ${dueEnd}) as late,
       count(*) filter (where status not in ('PUBLISHED', 'REJECTED') and due_date >= ?::date) as in_progress,
       count(*) filter (where status not in ('PUBLISHED', 'REJECTED') and due_date < ?::date) as overdue_unpublished
     from petitions
     where handling_agency_id = any(?::text[]) and received_at >= ?::timestamptz and received_at < ?::timestamptz`,
    [today, today, units, vnDayStart(from), vnDayStart(addDays(to, 1))],
  );
  const row = result.rows[0];
  const published = Number(row.published);
  const onTime = Number(row.on_time);
  const late = Number(row.late);
  const overdueUnpublished = Number(row.overdue_unpublished);
  return {
    received: Number(row.received),
    published,
    publishedOnTime: onTime,
    publishedLate: late,
    inProgressOnTime: Number(row.in_progress),
    overdue: late + overdueUnpublished,
    onTimeRate: published + overdueUnpublished > 0 ? onTime / (published + overdueUnpublished) : null,
  };
}

async function expectedCompliance(units: string[], from: string, to: string) {
  const result = await hub.db.reporting.raw(
    `select
       count(*) as due,
       count(first_submitted) as submitted,
       count(*) filter (where first_submitted < (due_date + 1)::timestamp at time zone 'UTC' - interval '7 hours') as on_time
     from (
       select o.due_date, (select min(s.submitted_at) from reporting_submissions s where s.obligation_id = o.id) as first_submitted
       from reporting_obligations o
       where o.agency_id = any(?::text[]) and o.due_date between ?::date and ?::date
     ) obligations`,
    [units, from, to],
  );
  const row = result.rows[0];
  return { due: Number(row.due), submitted: Number(row.submitted), submittedOnTime: Number(row.on_time) };
}

describe('the central office’s province scorecard, across all four subgraphs', () => {
  const variables = { on: '2025-07-01', from: '2025-01-01', to: '2026-06-30' };

  it('returns the 34 provinces with figures equal to direct SQL counts in each subgraph’s database', async () => {
    const answer = await hub.asCentralOffice<{ agencies: { totalCount: number; nodes: ScorecardNode[] } }>(
      PROVINCE_SCORECARD,
      variables,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    const { totalCount, nodes } = answer.data?.agencies ?? { totalCount: 0, nodes: [] };
    expect(totalCount).toBe(34);

    const provinces = agencies
      .filter((agency) => agency.kind === 'PROVINCE' && activeOn(agency, variables.on))
      .sort((a, b) => a.code.localeCompare(b.code));
    const provincialProcedures = await hub.db.procedures.raw(
      `select count(*) as n from procedures where status <> 'ABOLISHED' and 'PROVINCIAL' = any(levels)`,
    );
    const today = todayInVietnam();
    const expected = await Promise.all(
      provinces.map(async (province) => {
        const units = unitsAnsweredFor(province.id);
        return {
          id: province.id,
          code: province.code,
          name: province.name,
          petitionStats: await expectedPetitionStats(units, variables.from, variables.to, today),
          procedureCount: Number(provincialProcedures.rows[0].n),
          reportingCompliance: await expectedCompliance(units, variables.from, variables.to),
        };
      }),
    );
    expect(nodes).toEqual(expected);

    // The sample data is alive in every column, not zeros that would equal zeros.
    const totals = nodes.reduce(
      (sum, node) => ({
        received: sum.received + node.petitionStats.received,
        overdue: sum.overdue + node.petitionStats.overdue,
        due: sum.due + node.reportingCompliance.due,
        late: sum.late + node.reportingCompliance.submitted - node.reportingCompliance.submittedOnTime,
      }),
      { received: 0, overdue: 0, due: 0, late: 0 },
    );
    expect(totals.received).toBeGreaterThan(1000);
    expect(totals.overdue).toBeGreaterThan(0);
    expect(totals.due).toBeGreaterThan(1000);
    expect(totals.late).toBeGreaterThan(0);
    expect(nodes.every((node) => node.procedureCount > 50)).toBe(true);
  });

  it('counts the old An Giang’s and Kiên Giang’s reports for the An Giang formed from them', async () => {
    const answer = await hub.asCentralOffice<{
      agency: { reportingCompliance: { due: number; submitted: number } };
    }>(
      `{ agency(id: "tinh-91-2025") { reportingCompliance(from: "2025-01-01", to: "2025-06-30") { due submitted } } }`,
    );
    const constituents = ['tinh-89', 'tinh-91'];
    const units = agencies
      .filter((agency) => constituents.includes(agency.id) || constituents.includes(agency.parentId ?? ''))
      .map((agency) => agency.id);
    const expected = await expectedCompliance(units, '2025-01-01', '2025-06-30');
    expect(expected.due).toBeGreaterThan(0);
    expect(answer).toEqual({
      status: 200,
      data: { agency: { reportingCompliance: { due: expected.due, submitted: expected.submitted } } },
    });
  });

  it('runs as many SQL statements for 34 provinces as for 5', async () => {
    const query = PROVINCE_SCORECARD.replace('first: 100', 'first: $first').replace(
      '$to: Date!)',
      '$to: Date!, $first: Int!)',
    );
    const statementsFor = async (first: number) => {
      let nodes = 0;
      const statements = await hub.countStatements(async () => {
        const answer = await hub.asCentralOffice<{ agencies: { nodes: unknown[] } }>(query, {
          ...variables,
          first,
        });
        expect(answer.errors).toBeUndefined();
        nodes = answer.data?.agencies.nodes.length ?? 0;
      });
      return { nodes, statements };
    };
    const five = await statementsFor(5);
    const all = await statementsFor(34);
    expect(five.nodes).toBe(5);
    expect(all.nodes).toBe(34);
    expect(all.statements).toBe(five.statements);
    // One list, one count, one lineage lookup, and one statement per contributed field.
    expect(all.statements).toBeLessThanOrEqual(8);
  });
});
