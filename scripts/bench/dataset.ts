/**
 * The national-scale dataset: one database per subgraph on the PostgreSQL server, migrated and seeded with
 * the subgraphs' own seeds. Petitions: `count` appended in three yearly slices (appendPetitions spans twelve
 * months per call) ending today, a year ago and two years ago, 28/33/39 % of them oldest to newest. The
 * holiday calendar starts in 2024, so the oldest slice ends no earlier than 364 days after 1 January of its
 * first year: the few weeks where it overlaps the middle slice get both slices' petitions. Past a million,
 * the rest are copies of the generated ones (replicate.ts); a kept database asked for more gets copies too.
 */
import type { Knex } from 'knex';
import type { SubgraphName } from '../../kit/config.ts';
import { addDays, todayInVietnam } from '../../kit/dates.ts';
import { type Database, openDatabase } from '../../kit/db.ts';
import { prepareDatabase, type SubgraphDefinition } from '../../kit/subgraph.ts';
import { calendarYears } from '../../kit/workingDays.ts';
import { subgraphDefinitions } from '../../subgraphs/index.ts';
import { appendPetitions } from '../../subgraphs/petitions/seed.ts';
import { NATIONAL_SCALE } from '../../subgraphs/procedures/data/generate.ts';
import { seedProcedures } from '../../subgraphs/procedures/seed.ts';
import { benchDatabase, databaseExists, databaseUrl, recreateDatabase } from './databases.ts';
import { progress } from './progress.ts';
import { GENERATED_AT_MOST, replicatePetitions } from './replicate.ts';

export const DEFINITIONS = subgraphDefinitions();
/** Oldest year first: online filing grows, so each year brings more petitions than the one before. */
const YEAR_SHARES = [0.28, 0.33, 0.39];
const PETITION_SEED = 20_080_520;

export interface DatasetReport {
  /** Seconds per subgraph spent seeding (0 when reused). */
  seconds: Record<string, number>;
  petitions: number;
  procedures: number;
  obligations: number;
  reused: boolean;
}

async function count(db: Knex, table: string): Promise<number> {
  const row = (await db(table).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** The trigram search index costs far more kept up row by row than built once after the load. */
async function withoutSearchIndex(db: Knex, work: () => Promise<void>): Promise<void> {
  const found = await db.raw(`select indexdef from pg_indexes where indexname = 'petitions_search'`);
  const definition = (found.rows as { indexdef: string }[])[0]?.indexdef;
  if (definition) await db.raw('drop index petitions_search');
  await work();
  if (definition) await db.raw(definition);
}

/** The last day of a yearly slice: `yearsBack` years before today, but inside the holiday calendar. */
function sliceEnd(today: string, yearsBack: number): string {
  const earliest = addDays(`${calendarYears()[0]}-01-01`, 364);
  const end = addDays(today, -365 * yearsBack);
  // ISO dates compare as strings (Math.max would not).
  if (end < earliest) return earliest;
  return end;
}

async function seedOne(definition: SubgraphDefinition<unknown>, db: Database, petitionCount: number) {
  await prepareDatabase(definition, db);
  if (definition.name === 'procedures') {
    await seedProcedures(db, { count: NATIONAL_SCALE, onProgress: progress('[procedures] catalog') });
  } else if (definition.name === 'petitions') {
    await definition.seed(db, { petitions: 0 });
    const generated = Math.min(petitionCount, GENERATED_AT_MOST);
    await withoutSearchIndex(db, async () => {
      const today = todayInVietnam();
      let left = generated;
      for (const [index, share] of YEAR_SHARES.entries()) {
        const yearsBack = YEAR_SHARES.length - 1 - index;
        const slice = index === YEAR_SHARES.length - 1 ? left : Math.round(generated * share);
        left -= slice;
        if (slice === 0) continue;
        await appendPetitions(db, {
          count: slice,
          until: sliceEnd(today, yearsBack),
          seed: PETITION_SEED,
          onProgress: progress(`[petitions] year −${yearsBack}`),
        });
      }
      await replicatePetitions(db, petitionCount, progress('[petitions] copies'));
    });
  } else {
    await definition.seed(db, {});
  }
}

/** Builds (or with `reuse`, keeps) every subgraph's database; returns what they hold and how long seeding took. */
export async function prepareDataset(serverUrl: string, petitionCount: number, reuse: boolean) {
  const report: DatasetReport = { seconds: {}, petitions: 0, procedures: 0, obligations: 0, reused: true };
  for (const definition of DEFINITIONS) {
    const name = definition.name as SubgraphName;
    const database = benchDatabase(name);
    const keep = reuse && (await databaseExists(serverUrl, database));
    if (!keep) await recreateDatabase(serverUrl, database);
    const db = await openDatabase({ url: databaseUrl(serverUrl, database) });
    try {
      const started = Date.now();
      if (!keep || !(await definition.isSeeded(db))) {
        report.reused = false;
        await seedOne(definition, db, petitionCount);
      } else {
        // A kept database still gets the migrations written since it was built, and more petitions when
        // more are asked for than it holds.
        await prepareDatabase(definition, db);
        if (name === 'petitions' && (await count(db, 'petitions')) < petitionCount) {
          report.reused = false;
          // The copies drop and rebuild the non-unique indexes themselves, the search index among them.
          await replicatePetitions(db, petitionCount, progress('[petitions] copies'));
        }
      }
      // As autovacuum would leave it (it may be off on a test server): visibility map set, so counts can
      // be index-only scans, and fresh statistics. A reused database needs it too: an earlier run's
      // submissions (tens of thousands) left pages that no count can skip.
      await db.raw('vacuum analyze');
      report.seconds[name] = (Date.now() - started) / 1000;
      if (name === 'petitions') report.petitions = await count(db, 'petitions');
      if (name === 'procedures') report.procedures = await count(db, 'procedures');
      if (name === 'reporting') report.obligations = await count(db, 'reporting_obligations');
    } finally {
      await db.destroy();
    }
  }
  return report;
}
