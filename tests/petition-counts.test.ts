import type { Knex } from 'knex';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../kit/dates.ts';
import { CATEGORIES, STATUSES } from '../subgraphs/petitions/domain.ts';
import {
  advancePetitionCounts,
  countable,
  countRanges,
  mergePetitionCounts,
} from '../subgraphs/petitions/petitionCounts.ts';
import { petitionStatsByCategory, petitionStatsForAgencies } from '../subgraphs/petitions/petitionStats.ts';
import { inboxCounts, listPetitions } from '../subgraphs/petitions/petitionStore.ts';
import { type Hub, sharedHub } from './support/hub.ts';
import { petitionInput, runCommand, SUBMIT, type Submitted } from './support/petitionCommands.ts';

/**
 * The statistics and the inbox totals read petition counts that the writers keep in their own
 * transactions. Whatever happened, they must say exactly what the petitions themselves say.
 */
let hub: Hub;
let petitions: Knex;
let today: string;

beforeAll(async () => {
  hub = await sharedHub();
  petitions = hub.db.petitions;
  today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
});

/** Each petition's contribution, written here from the columns: per day or month, in all or per category. */
function rawCounts(grain: 'day' | 'month', byCategory: boolean): string {
  const day = `(received_at at time zone 'UTC' + interval '7 hours')::date`;
  const due = `((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC'`;
  const open = `status not in ('PUBLISHED', 'REJECTED')`;
  const answered = `status in ('ANSWERED', 'PUBLISHED')`;
  return `select handling_agency_id, ${grain === 'day' ? day : `date_trunc('month', ${day})::date`} as received_on,
      ${byCategory ? 'category' : `'all'`} as category,
      ${STATUSES.map((status) => `count(*) filter (where status = '${status}') as in_${status.toLowerCase()}`).join(', ')},
      count(*) filter (where ${answered} and answered_at < ${due}) as answered_on_time,
      count(*) filter (where status = 'PUBLISHED' and published_at < ${due}) as published_on_time,
      count(*) filter (where ${open} and due_date < (select day from petition_counts_as_of)) as open_past_due,
      coalesce(sum(answer_working_days) filter (where ${answered}), 0) as days_sum,
      count(answer_working_days) filter (where ${answered}) as days_n,
      count(rating) as rating_n, coalesce(sum(rating), 0) as rating_sum
    from petitions group by 1, 2, 3`;
}

const KEPT = (byCategory: boolean) => `select handling_agency_id, received_on,
  ${byCategory ? 'category' : `'all'`} as category, in_received, in_rejected, in_transferred,
  in_accepted, in_processing, in_answered, in_returned, in_published, answered_on_time, published_on_time,
  open_past_due, days_sum, days_n, rating_n, rating_sum`;

/** Rows where the kept counts and a count of the petitions differ, either way (rows all zero are none). */
async function differences(grain: 'day' | 'month', byCategory = false): Promise<unknown[]> {
  const table = `petition_${byCategory ? 'category_' : ''}counts_by_${grain}`;
  const kept = `${KEPT(byCategory)} from ${table}
    where in_received + in_rejected + in_transferred + in_accepted + in_processing + in_answered + in_returned
      + in_published <> 0`;
  const result = await petitions.raw(
    `(${rawCounts(grain, byCategory)} except ${kept}) union all (${kept} except ${rawCounts(grain, byCategory)}) limit 5`,
  );
  return result.rows;
}

/** The count tables, once the logged changes are merged, against a count of the petitions. */
async function expectNoDifferences() {
  await mergePetitionCounts(petitions);
  expect(await pendingChanges()).toBe(0);
  for (const grain of ['day', 'month'] as const) {
    for (const byCategory of [false, true]) {
      expect([grain, byCategory, await differences(grain, byCategory)]).toEqual([grain, byCategory, []]);
    }
  }
}

async function pendingChanges(): Promise<number> {
  const result = await petitions.raw('select count(*)::int as n from petition_count_changes');
  return result.rows[0].n;
}

/** One scope per handling agency, and one per province or ministry holding all its units. */
async function scopes(): Promise<{ id: string; unitIds: string[] }[]> {
  const rows = await petitions('petitions').distinct('handling_agency_id').orderBy('handling_agency_id');
  const units = rows.map((row: { handling_agency_id: string }) => row.handling_agency_id);
  const roots = new Map<string, string[]>();
  for (const unit of units) {
    const root = unit.split('.')[0];
    roots.set(`all:${root}`, [...(roots.get(`all:${root}`) ?? []), unit]);
  }
  return [
    ...units.map((unit) => ({ id: unit, unitIds: [unit] })),
    ...[...roots].map(([id, unitIds]) => ({ id, unitIds })),
  ];
}

/** Periods with whole months and edges, edges only, and all of the sample's history. */
const periods = () => [
  { from: '2025-01-01', to: '2025-12-31' },
  { from: '2025-03-15', to: '2026-02-10' },
  { from: '2025-06-03', to: '2025-06-20' },
  { from: '2000-01-01', to: today },
];

// The transfer figures come from the petitions' history whatever the source: not what is compared here.
const countedParts = { transfers: false, lateTransfers: false };

async function expectStatisticsAgree(day = today) {
  const all = await scopes();
  for (const { from, to } of periods()) {
    const counted = await petitionStatsForAgencies(petitions, all, from, to, day, countedParts);
    const rows = await petitionStatsForAgencies(petitions, all, from, to, day, {
      ...countedParts,
      source: 'rows',
    });
    expect(counted).toEqual(rows);
    const range = { from, to, today: day };
    expect(await petitionStatsByCategory(petitions, all, range, countedParts)).toEqual(
      await petitionStatsByCategory(petitions, all, range, { ...countedParts, source: 'rows' }),
    );
  }
}

/** The inbox filters, each one counted from the petitions by a statement written here. */
async function expectInboxTotalsAgree() {
  const all = await scopes();
  const hanoi = all.filter((scope) => scope.id.startsWith('tinh-01'));
  const filters = [
    { filter: {}, where: 'true' },
    { filter: { status: ['PUBLISHED', 'REJECTED'] }, where: `status in ('PUBLISHED', 'REJECTED')` },
    { filter: { category: [CATEGORIES[0]] }, where: `category = '${CATEGORIES[0]}'` },
    {
      filter: { overdue: true, today },
      where: `(published_at >= ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC'
               or (status not in ('PUBLISHED', 'REJECTED') and due_date < '${today}'))`,
    },
    {
      filter: {
        status: ['ACCEPTED', 'PROCESSING'],
        category: CATEGORIES.slice(0, 3),
        receivedFrom: '2025-02-11',
      },
      where: `status in ('ACCEPTED', 'PROCESSING') and category in (${CATEGORIES.slice(0, 3)
        .map((c) => `'${c}'`)
        .join(', ')})
              and received_at >= '2025-02-11T00:00:00+07:00'`,
    },
    { filter: { receivedTo: '2025-07-31' }, where: `received_at < '2025-08-01T00:00:00+07:00'` },
    {
      filter: { receivedFrom: '2025-03-20', receivedTo: '2025-03-22' },
      where: `received_at >= '2025-03-20T00:00:00+07:00' and received_at < '2025-03-23T00:00:00+07:00'`,
    },
    {
      filter: { overdue: false, today, receivedFrom: '2025-02-11', receivedTo: '2026-01-31' },
      where: `not (coalesce(published_at >= ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC', false)
               or (status not in ('PUBLISHED', 'REJECTED') and due_date < '${today}'))
              and received_at >= '2025-02-11T00:00:00+07:00' and received_at < '2026-02-01T00:00:00+07:00'`,
    },
  ];
  for (const { filter, where } of filters) {
    const kept = await inboxCounts(petitions, hanoi, filter as never);
    for (const scope of hanoi) {
      const raw = await petitions('petitions')
        .count({ n: '*' })
        .whereIn('handling_agency_id', scope.unitIds)
        .whereRaw(where)
        .first();
      expect([scope.id, kept.get(scope.id) ?? 0]).toEqual([scope.id, Number(raw?.n)]);
    }
    const everywhere = await petitions('petitions').count({ n: '*' }).whereRaw(where).first();
    const list = await listPetitions(petitions, { kind: 'all' }, filter as never, { first: 1 });
    expect(await list.totalCount()).toBe(Number(everywhere?.n));
    const published = await petitions('petitions')
      .count({ n: '*' })
      .whereRaw(where)
      .where('status', 'PUBLISHED')
      .first();
    const publicList = await listPetitions(petitions, { kind: 'published' }, filter as never, { first: 1 });
    expect(await publicList.totalCount()).toBe(Number(published?.n));
  }
}

describe('Petition counts (kept by the writers) equal a count of the petitions', () => {
  it('holds for the sample data, day by day and month by month, and again when made from scratch', async () => {
    await expectNoDifferences();
    await petitions.raw('select rebuild_petition_counts()');
    await expectNoDifferences();
  });

  it('gives the statistics of every agency, in all and by category, that the petition rows give over any period', async () => {
    await expectStatisticsAgree();
  });

  it('gives the inbox totals the petition rows give, filter by filter', async () => {
    await expectInboxTotalsAgree();
    // What the counts cannot know is counted from the rows.
    expect([{ search: 'đất' }, { procedureCode: '1.001193' }, { overdue: true }].map(countable)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('reads a period as whole months and the fewer of its edge days or the rest of their month', () => {
    expect(countRanges('2025-12-07', '2026-12-06')).toEqual([
      { grain: 'month', start: '2025-12-01', end: '2026-11-30', sign: 1 },
      { grain: 'day', start: '2025-12-01', end: '2025-12-06', sign: -1 },
      { grain: 'day', start: '2026-12-01', end: '2026-12-06', sign: 1 },
    ]);
    expect(countRanges('2024-02-10', '2024-02-20')).toEqual([
      { grain: 'day', start: '2024-02-10', end: '2024-02-20', sign: 1 },
    ]);
    expect(countRanges('2024-02-02', '2024-02-28')).toEqual([
      { grain: 'month', start: '2024-02-01', end: '2024-02-01', sign: 1 },
      { grain: 'day', start: '2024-02-01', end: '2024-02-01', sign: -1 },
      { grain: 'day', start: '2024-02-29', end: '2024-02-29', sign: -1 },
    ]);
    expect(countRanges(null, null)).toEqual([
      { grain: 'month', start: '0001-01-01', end: '9999-12-01', sign: 1 },
    ]);
    expect(countRanges('2025-01-01', '2025-03-31')).toEqual([
      { grain: 'month', start: '2025-01-01', end: '2025-03-01', sign: 1 },
    ]);
    expect(countRanges('2026-03-01', '2026-02-28')).toEqual([]);
  });

  it('still holds after a burst of submissions and every kind of officer command', async () => {
    const officer = await hub.token({ subject: 'can-bo-dem', role: 'OFFICER', agencyId: 'tinh-01' });
    const leader = await hub.token({ subject: 'lanh-dao-dem', role: 'LEADER', agencyId: 'tinh-01' });
    const phone = (i: number) => `09${String(71_000_000 + i)}`;
    const submitted = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        hub.query<Submitted>(SUBMIT, {
          input: petitionInput({
            category: CATEGORIES[i % CATEGORIES.length],
            petitioner: { ...(petitionInput().petitioner as object), phone: phone(i) },
          }),
        }),
      ),
    );
    const ids = submitted.map((answer) => {
      expect(answer.errors).toBeUndefined();
      return (answer.data as Submitted).submitPetition.petition.id;
    });
    const codes = submitted.map((answer) => (answer.data as Submitted).submitPetition.trackingCode);
    // Concurrent commands on different petitions: each one moves its petition's counts.
    const steps = ids.map(async (id, i) => {
      let version = 1;
      const run = async (command: Parameters<typeof runCommand>[2], token = officer) => {
        const answer = await runCommand(hub, token, command, id, version);
        expect(answer.errors).toBeUndefined();
        version = Object.values(answer.data ?? {})[0].version;
      };
      if (i % 6 === 0) return run('reject');
      if (i % 6 === 1) return run('transfer');
      await run('accept');
      if (i % 6 === 2) return;
      await run('classify');
      await run('answer');
      if (i % 6 === 3) return;
      if (i % 6 === 4) return run('return', leader);
      await run('publish', leader);
      const rated = await hub.query(
        'mutation Rate($code: String!, $phone: String!) { ratePetition(trackingCode: $code, phone: $phone, rating: 4) { id } }',
        { code: codes[i], phone: phone(i) },
      );
      expect(rated.errors).toBeUndefined();
    });
    await Promise.all(steps);
    // Before any merge the readers add the logged changes themselves.
    expect(await pendingChanges()).toBeGreaterThan(0);
    await expectStatisticsAgree();
    await expectInboxTotalsAgree();
    await expectNoDifferences();
    await expectStatisticsAgree();
    await expectInboxTotalsAgree();
  });

  it('loses nothing when changes are merged while submissions keep coming', async () => {
    const submissions = Array.from({ length: 16 }, (_, i) =>
      hub.query<Submitted>(SUBMIT, {
        input: petitionInput({
          petitioner: { ...(petitionInput().petitioner as object), phone: `09${String(72_000_000 + i)}` },
        }),
      }),
    );
    const merges = Array.from({ length: 8 }, () => mergePetitionCounts(petitions));
    const answers = await Promise.all(submissions);
    await Promise.all(merges);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    await expectNoDifferences();
  });

  it('counts open petitions past due exactly on any day, before and after the as-of day moves', async () => {
    const [{ day: asOf }] = (await petitions.raw('select day::text as day from petition_counts_as_of')).rows;
    // Past the due date of every open petition (the burst above left some due weeks ahead).
    const [{ last }] = (
      await petitions.raw(
        `select max(due_date)::text as last from petitions where status not in ('PUBLISHED', 'REJECTED')`,
      )
    ).rows;
    const later = addDays([last, asOf].sort()[1], 1);
    // Before the day moves, a reader on a later day corrects by the open petitions that fell due meanwhile.
    await expectStatisticsAgree(later);
    const moved = await petitions.raw(
      'select count(*) as n from petitions where status not in (?, ?) and due_date >= ? and due_date < ?',
      ['PUBLISHED', 'REJECTED', asOf, later],
    );
    expect(Number(moved.rows[0].n)).toBeGreaterThan(0);
    expect(await advancePetitionCounts(petitions, later)).toBe(later);
    // Never backwards.
    expect(await advancePetitionCounts(petitions, asOf)).toBe(later);
    await expectNoDifferences();
    await expectStatisticsAgree(later);
    await expectStatisticsAgree(today);
  });

  it('gives the gateway the inbox total a count of the petitions gives', async () => {
    // A unit with nothing under it and no predecessor: its inbox is its own petitions.
    const unit = 'tinh-01.vp';
    const related = await hub.db
      .agencies('agencies')
      .where('parent_id', unit)
      .orWhere('successor_id', unit)
      .count({ n: '*' })
      .first();
    expect(Number(related?.n)).toBe(0);
    const officer = await hub.token({ subject: 'can-bo-dem', role: 'OFFICER', agencyId: 'tinh-01' });
    const answer = await hub.query<{ petitions: { totalCount: number } }>(
      `query Inbox { petitions(filter: { agencyId: "${unit}", status: [RECEIVED, ACCEPTED, PUBLISHED] }, first: 5) { totalCount } }`,
      {},
      { token: officer },
    );
    const raw = await petitions('petitions')
      .count({ n: '*' })
      .where('handling_agency_id', unit)
      .whereIn('status', ['RECEIVED', 'ACCEPTED', 'PUBLISHED'])
      .first();
    expect(Number(raw?.n)).toBeGreaterThan(0);
    expect(answer).toEqual({ status: 200, data: { petitions: { totalCount: Number(raw?.n) } } });
  });
});
