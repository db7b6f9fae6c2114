import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import { addDays, todayInVietnam } from '../kit/dates.ts';
import type { Database } from '../kit/db.ts';
import { prepareDatabase, type RunningSubgraph, serveSubgraph } from '../kit/subgraph.ts';
import { addWorkingDays, nextWorkingDay } from '../kit/workingDays.ts';
import { petitions } from '../subgraphs/petitions/index.ts';
import { petitionStatsForAgencies } from '../subgraphs/petitions/petitionStats.ts';
import { appendPetitions } from '../subgraphs/petitions/seed.ts';
import { type ThrowAwayDatabase, throwAwayDatabase } from './support/databases.ts';
import { CENTRAL, gatewayHeaders } from './support/subgraphCall.ts';

/**
 * The petitions subgraph on its own (PGlite in memory), asked as the gateway asks it: `_entities` with the
 * @requires'd lineage filled in. The history spans both 2025 reorganizations.
 */
const UNTIL = '2025-12-31';
const COUNT = 3000;

let db: Database;
let database: ThrowAwayDatabase;
let server: RunningSubgraph;
const progress: [number, number][] = [];

interface Answer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function query<T = Record<string, unknown>>(text: string, variables: Record<string, unknown> = {}) {
  // Signed as the gateway signs a central-office caller: these tests read figures across agencies.
  const res = await fetch(server.http.url, {
    method: 'POST',
    headers: await gatewayHeaders(CENTRAL),
    body: JSON.stringify({ query: text, variables }),
  });
  return (await res.json()) as Answer<T>;
}

async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = db.sqlStats.statements;
  await work();
  return db.sqlStats.statements - before;
}

/** What the agencies subgraph sends as lineageUnitIds: the agency, its units, its predecessors and theirs. */
const agencies = referenceAgencies();
function lineage(id: string): string[] {
  const ids = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const agency of agencies) {
      const linked =
        (agency.parentId && ids.has(agency.parentId)) || (agency.successorId && ids.has(agency.successorId));
      if (linked && !ids.has(agency.id)) {
        ids.add(agency.id);
        grew = true;
      }
    }
  }
  return [...ids];
}
const representation = (id: string) => ({ __typename: 'Agency', id, lineageUnitIds: lineage(id) });
const provinces = agencies.filter((a) => a.kind === 'PROVINCE' && a.validTo === null).map((a) => a.id);

async function digest(): Promise<string> {
  const result = await db.raw(
    `select md5(string_agg(id::text || tracking_code || status || received_at::text || due_date::text, ',' order by id)) as d
     from petitions`,
  );
  return result.rows[0].d as string;
}

beforeAll(async () => {
  database = await throwAwayDatabase('petitions');
  db = database.db;
  await prepareDatabase(petitions, db);
  await petitions.seed(db, {
    petitions: COUNT,
    until: UNTIL,
    onProgress: (done, total) => progress.push([done, total]),
  });
  server = await serveSubgraph(petitions, db, { port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.close();
  await database?.drop();
});

describe('the seed', () => {
  it('writes the asked count in batches of 1,000, reporting progress after each', async () => {
    expect(progress).toEqual([
      [1000, 3000],
      [2000, 3000],
      [3000, 3000],
    ]);
    const row = (await db('petitions').count({ n: '*' }).first()) as { n: number };
    expect(row.n).toBe(COUNT);
  });

  it('is deterministic: seeding again gives the same history', async () => {
    const first = await digest();
    await petitions.seed(db, { petitions: COUNT, until: UNTIL });
    expect(await digest()).toBe(first);
  });

  it('keeps receipts in the twelve months ending at `until`, due by the rule in force at receipt (20 working days; 15 days for a regulation from 16 Jun 2025)', async () => {
    const rows = (
      await db.raw(
        `select to_char(received_at + interval '7 hours', 'YYYY-MM-DD') as day, due_date,
                transfer_due_date, category,
                (select to_char(min(e.at) + interval '7 hours', 'YYYY-MM-DD') from petition_events e
                 where e.petition_id = petitions.id and e.to_status = 'TRANSFERRED') as transferred_on
         from petitions`,
      )
    ).rows as {
      day: string;
      due_date: string;
      transfer_due_date: string;
      category: string;
      transferred_on: string | null;
    }[];
    // Dispatch 89/CĐ-TTg: a petition about a regulation (categories 2–6) received from 16 Jun 2025 is answered
    // within 15 days, transferred within 2 working days; every other one 20 and 5 working days.
    const regulation = [
      'UNSUITABLE_REGULATION',
      'INCONSISTENT_REGULATION',
      'ILLEGAL_REGULATION',
      'CONTRARY_TO_TREATY',
      'OTHER_REGULATION_ISSUE',
    ];
    const under2025Rule = (row: (typeof rows)[number]) =>
      regulation.includes(row.category) && row.day >= '2025-06-16';
    for (const row of rows.slice(0, 500)) {
      const dueFromReceipt = under2025Rule(row)
        ? nextWorkingDay(addDays(row.day, 15))
        : addWorkingDays(row.day, 20);
      // A transfer keeps the due date or moves it later (transferPetition).
      if (row.transferred_on) expect(row.due_date >= dueFromReceipt).toBe(true);
      else expect(row.due_date).toBe(dueFromReceipt);
      expect(row.transfer_due_date).toBe(addWorkingDays(row.day, under2025Rule(row) ? 2 : 5));
    }
    expect(rows.some((row) => under2025Rule(row))).toBe(true);
    expect(rows.some((row) => row.transferred_on)).toBe(true);
    expect(rows.every((row) => row.day >= '2025-01-01' && row.day <= UNTIL)).toBe(true);
  });

  it('handles petitions with agencies active on the day of receipt', async () => {
    const rows = (
      await db.raw(
        `select handling_agency_id as id, min(received_at + interval '7 hours')::date::text as first,
              max(received_at + interval '7 hours')::date::text as last
       from petitions group by 1`,
      )
    ).rows as { id: string; first: string; last: string }[];
    const byId = new Map(agencies.map((a) => [a.id, a]));
    for (const row of rows) {
      const agency = byId.get(row.id);
      expect(agency, row.id).toBeDefined();
      if (agency?.validFrom) expect(row.first >= agency.validFrom, row.id).toBe(true);
      if (agency?.validTo) expect(row.last <= agency.validTo, row.id).toBe(true);
    }
  });

  it('appends petitions without clashing ids or tracking codes, even with the same seed twice', async () => {
    await appendPetitions(db, { count: 500, until: UNTIL, seed: 7 });
    await appendPetitions(db, { count: 500, until: UNTIL, seed: 7 });
    const row = (
      await db.raw(
        'select count(*) as n, count(distinct tracking_code) as codes, count(distinct id) as ids from petitions',
      )
    ).rows[0];
    expect(row).toEqual({ n: COUNT + 1000, codes: COUNT + 1000, ids: COUNT + 1000 });
  });
});

describe('public tracking', () => {
  it('finds a petition by its code in any case, with or without dashes', async () => {
    const { tracking_code: code } = (await db('petitions').first('tracking_code')) as {
      tracking_code: string;
    };
    expect(code).toMatch(/^PA-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const answer = await query<{ petitionByTrackingCode: { trackingCode: string } }>(
      'query ($code: String!) { petitionByTrackingCode(trackingCode: $code) { trackingCode } }',
      { code: code.toLowerCase().replaceAll('-', '') },
    );
    expect(answer.data?.petitionByTrackingCode.trackingCode).toBe(code);
  });

  it('answers NOT_FOUND for an unknown code', async () => {
    const answer = await query('{ petitionByTrackingCode(trackingCode: "PA-2222-2222") { id } }');
    expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows the answer only once published, and the petitioner only in Petition.petitioner', async () => {
    const rows = (await db('petitions')
      .select('id', 'status')
      .whereIn('status', ['ANSWERED', 'PUBLISHED'])) as {
      id: string;
      status: string;
    }[];
    const sample = [rows.find((r) => r.status === 'ANSWERED'), rows.find((r) => r.status === 'PUBLISHED')];
    const answer = await query<{ _entities: { status: string; answer: string | null }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Petition { status answer } } }',
      { r: sample.map((row) => ({ __typename: 'Petition', id: row?.id })) },
    );
    expect(answer.data?._entities[0]).toEqual({ status: 'ANSWERED', answer: null });
    expect(answer.data?._entities[1].answer).toMatch(/\S/);
    const sdl = await query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    // No output field but the policy-guarded Petitioner type carries a person's name, an address, a phone
    // number or an email (the submission INPUT takes them; a public holiday's name is no person's).
    const outputs = sdl.data?._service.sdl.replace(
      /^(input \w+|type Petitioner|type PublicHoliday)\b[^{]*\{[^}]*\}/gm,
      '',
    );
    expect(outputs).not.toMatch(/^\s*\w*(name|address|phone|email)\w*\s*[:(]/im);
    expect(sdl.data?._service.sdl).toMatch(/^\s*petitioner: Petitioner$/m);
  });
});

const STATS = `query ($r: [_Any!]!, $from: Date!, $to: Date!) {
  _entities(representations: $r) {
    ... on Agency { id petitionStats(from: $from, to: $to) {
      received accepted rejected transferredOut transferredLate answered awaitingCheck answeredOnTime published
      publishedOnTime publishedLate inProgressOnTime overdueUnpublished overdue onTimeRate
      averageWorkingDaysToAnswer ratingCount averageRating } }
  }
}`;

describe('the scorecard', () => {
  it('gives 34 provinces their figures in one statement, equal to the direct SQL', async () => {
    let answer: Answer<{ _entities: { id: string; petitionStats: Record<string, number | null> }[] }> = {};
    const count = await statements(async () => {
      answer = await query(STATS, { r: provinces.map(representation), from: '2025-01-01', to: '2025-12-31' });
    });
    expect(count).toBe(1);
    const direct = await petitionStatsForAgencies(
      db,
      provinces.map((id) => ({ id, unitIds: lineage(id) })),
      '2025-01-01',
      '2025-12-31',
      todayInVietnam(),
      { transfers: true, lateTransfers: true },
    );
    expect(answer.data?._entities).toHaveLength(34);
    for (const entity of answer.data?._entities ?? [])
      expect(entity.petitionStats).toEqual(direct.get(entity.id));
  });

  it('Art. 19: partitions what was received: published on time or late, rejected, in progress, overdue unpublished', async () => {
    const answer = await query<{ _entities: { petitionStats: Record<string, number> }[] }>(STATS, {
      r: [representation('tinh-01')],
      from: '2025-01-01',
      to: '2025-12-31',
    });
    const s = answer.data?._entities[0].petitionStats as Record<string, number>;
    expect(s.received).toBeGreaterThan(0);
    expect(s.publishedOnTime + s.publishedLate).toBe(s.published);
    expect(s.published + s.rejected + s.inProgressOnTime + s.overdueUnpublished).toBe(s.received);
    expect(s.overdue).toBe(s.publishedLate + s.overdueUnpublished);
    expect(s.onTimeRate).toBeCloseTo(s.publishedOnTime / (s.published + s.overdueUnpublished), 10);
  });

  it("counts the old An Giang's and Kiên Giang's petitions for the new An Giang", async () => {
    const answer = await query<{ _entities: { petitionStats: { received: number } }[] }>(STATS, {
      r: [representation('tinh-91-2025')],
      from: '2025-01-01',
      to: '2025-12-31',
    });
    const row = (
      await db.raw(
        `select count(*) as n from petitions
         where split_part(handling_agency_id, '.', 1) in ('tinh-89', 'tinh-91', 'tinh-91-2025')`,
      )
    ).rows[0];
    expect(answer.data?._entities[0].petitionStats.received).toBe(row.n);
    const before = (
      await db.raw(`select count(*) as n from petitions where handling_agency_id like 'tinh-91.%'`)
    ).rows[0];
    expect(before.n).toBeGreaterThan(0);
  });

  it('refuses a period that ends before it starts', async () => {
    const answer = await query(STATS, {
      r: [representation('tinh-01')],
      from: '2025-12-01',
      to: '2025-01-01',
    });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const INBOX = `query ($r: [_Any!]!, $after: String, $filter: AgencyPetitionFilter) {
  _entities(representations: $r) {
    ... on Agency { id petitions(first: 7, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id receivedAt status category } } }
  }
}`;

interface InboxPage {
  _entities: {
    id: string;
    petitions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { id: string; receivedAt: string; status: string; category: string }[];
    };
  }[];
}

describe('the agency inbox', () => {
  it('pages newest first with keyset cursors until the total', async () => {
    const filter = {
      status: ['PUBLISHED', 'PROCESSING'],
      category: ['CONDUCT'],
      submittedFrom: '2025-03-01',
    };
    const seen: { id: string; receivedAt: string }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 100; pages += 1) {
      const answer: Answer<InboxPage> = await query<InboxPage>(INBOX, {
        r: [representation('tinh-46')],
        after,
        filter,
      });
      const page = answer.data?._entities[0].petitions;
      if (!page) throw new Error(JSON.stringify(answer.errors));
      total = page.totalCount;
      seen.push(...page.nodes);
      for (const node of page.nodes) {
        expect(['PUBLISHED', 'PROCESSING']).toContain(node.status);
        expect(node.category).toBe('CONDUCT');
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i - 1].receivedAt >= seen[i].receivedAt).toBe(true);
    expect(seen.every((n) => n.receivedAt >= '2025-02-28T17:00:00.000Z')).toBe(true);
  });

  it('reads the inboxes and totals of 34 provinces in two statements', async () => {
    let answer: Answer<InboxPage> = {};
    const count = await statements(async () => {
      answer = await query<InboxPage>(INBOX, { r: provinces.map(representation) });
    });
    expect(count).toBe(2);
    expect(
      answer.data?._entities.every((e) => e.petitions.nodes.length === Math.min(7, e.petitions.totalCount)),
    ).toBe(true);
  });

  it('refuses a cursor it did not issue', async () => {
    const answer = await query(INBOX, { r: [representation('tinh-01')], after: 'bm9wZQ' });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('procedures', () => {
  it('counts petitions per procedure for many procedures in one statement', async () => {
    let answer: Answer<{ _entities: { code: string; petitionCount: number }[] }> = {};
    const count = await statements(async () => {
      answer = await query(
        `{ _entities(representations: [
             { __typename: "AdministrativeProcedure", code: "1.001193" },
             { __typename: "AdministrativeProcedure", code: "2.000806" },
             { __typename: "AdministrativeProcedure", code: "9.999999" }]) {
           ... on AdministrativeProcedure { code petitionCount(from: "2025-01-01", to: "2025-12-31") } } }`,
      );
    });
    expect(count).toBe(1);
    const direct = (await db.raw(`select count(*) as n from petitions where procedure_code = '1.001193'`))
      .rows[0] as { n: number };
    expect(answer.data?._entities[0]).toEqual({ code: '1.001193', petitionCount: direct.n });
    expect(answer.data?._entities[2].petitionCount).toBe(0);
  });
});
