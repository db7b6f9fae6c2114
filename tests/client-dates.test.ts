import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type Hub, sharedHub } from './support/hub.ts';

/**
 * Every Date a client can put in a read — far past, far future, the edges of the calendar and days that do
 * not exist — is either answered or refused with a code that names the problem; never an internal error.
 * Asked as the central office, which may read every one of these fields.
 */
let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const EXTREME_DAYS = ['0001-01-01', '1899-12-31', '1999-12-31', '2101-01-01', '9999-12-31'];
const MALFORMED_DAYS = ['2026-02-29', '2026-13-01', '20260101', '+002026-01-01'];

const READS: Record<string, string> = {
  agencyStatistics: `query ($a: Date!, $b: Date!) {
    agency(id: "tinh-91") {
      nameOn(date: $a)
      activeOn(on: $b)
      activeSuccessor(on: $a) { id }
      children(activeOn: $b, first: 5) { totalCount }
      petitionStats(from: $a, to: $b) { received overdue onTimeRate transferredLate }
      petitionStatsByCategory(from: $a, to: $b) { category stats { received } }
      reportingCompliance(from: $a, to: $b) { due submitted }
    }
  }`,
  directory: `query ($a: Date!) {
    agencyByCode(kind: PROVINCE, code: "91", on: $a) { id name }
    agencies(filter: { activeOn: $a }, first: 5) { totalCount }
  }`,
  petitions: `query ($a: Date!, $b: Date!) {
    petitions(filter: { submittedFrom: $a, submittedTo: $b, overdue: true }, first: 5) { nodes { id } }
    procedure(code: "1.001193") { petitionCount(from: $a, to: $b) }
  }`,
  reporting: `query ($a: Date!, $b: Date!) {
    overdueReports(filter: { dueFrom: $a, dueTo: $b }, first: 5) { nodes { dueDate } }
    reportingRegimes(first: 1) {
      nodes {
        periods(from: $a, to: $b) { dueDate }
        compliance(from: $a, to: $b) { due }
        complianceByAgency(from: $a, to: $b, first: 5) { totalCount }
      }
    }
  }`,
  deadlines: `query ($a: Date!) {
    petitionDeadlines(receivedOn: $a, category: CONDUCT) { publishBy }
  }`,
};

/** The answer's errors that are not a coded refusal of the client's input. */
function unexplained(answer: GraphQLResponse): unknown[] {
  return (answer.errors ?? []).filter(
    (error) => error.extensions?.code !== 'BAD_USER_INPUT' || error.message === '',
  );
}

describe('no date a client can send fails with an internal error', () => {
  for (const [name, query] of Object.entries(READS)) {
    it(`${name}: far past and far future days are answered or refused with a coded input error`, async () => {
      for (const early of EXTREME_DAYS) {
        for (const late of EXTREME_DAYS) {
          const answer = await hub.asCentralOffice(query, { a: early, b: late });
          expect({ early, late, errors: unexplained(answer) }).toEqual({ early, late, errors: [] });
          expect(answer.status).toBeLessThan(500);
        }
      }
    });

    it(`${name}: days that do not exist are refused as input, naming the reason`, async () => {
      for (const day of MALFORMED_DAYS) {
        const answer = await hub.asCentralOffice(query, { a: day, b: '2026-06-30' });
        expect(answer.data ?? null).toBeNull();
        expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        expect(answer.errors?.[0].message).toContain(day);
      }
    });
  }
});

describe('no date a client can send fails a command with an internal error', () => {
  it('abolishing a procedure on a far past or far future day is done or refused with a code', async () => {
    const managed = (await hub.db
      .procedures('procedures')
      .whereNot('status', 'ABOLISHED')
      .whereNotNull('managing_agency_id')
      .orderBy('code')
      .limit(EXTREME_DAYS.length)
      .select('code', 'managing_agency_id')) as { code: string; managing_agency_id: string }[];
    for (const [index, day] of EXTREME_DAYS.entries()) {
      const { code, managing_agency_id: agencyId } = managed[index];
      const token = await hub.token({ subject: `officer-${agencyId}`, role: 'OFFICER', agencyId });
      const answer = await hub.query(
        `mutation ($code: String!, $day: Date!) {
          abolishProcedure(code: $code, effectiveTo: $day, reason: "Bãi bỏ") { code status effectiveTo }
        }`,
        { code, day },
        { token },
      );
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
      expect({ day, codes: codes.filter((c) => c === 'INTERNAL_SERVER_ERROR' || !c) }).toEqual({
        day,
        codes: [],
      });
      expect(answer.status).toBeLessThan(500);
    }
  });
});
