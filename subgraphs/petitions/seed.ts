import type { Knex } from 'knex';
import { addDays, todayInVietnam } from '../../kit/dates.ts';
import type { SeedOptions } from '../../kit/subgraph.ts';
import { COUNT_TABLES, mergePetitionCounts } from './petitionCounts.ts';
import {
  type EventInsert,
  type GeneratedPetition,
  petitionGenerator,
  redrawIdentity,
} from './seed/generator.ts';
import { hashString, mulberry32 } from './seed/random.ts';

export const DEFAULT_PETITIONS = 30_000;
/** As the lifecycle migration creates it. */
const SEARCH_INDEX = `create index petitions_search on petitions using gin (search_text(title || ' ' || content) gin_trgm_ops)`;
/** Decree 20/2008: the history's default seed. */
const DEFAULT_SEED = 20_2008;
const BATCH = 1_000;
/** Events per insert: 8 columns each stays well under PostgreSQL's 65,535 bound parameters. */
const EVENT_CHUNK = 4_000;

export interface AppendOptions {
  count: number;
  /** The last day of the synthetic history (default: today in Vietnam). */
  until?: string;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The last instant anything may happen: now when the history ends today, else the end of that day. */
function asOfInstant(until: string): number {
  const endOfDay = Date.parse(`${addDays(until, 1)}T00:00:00+07:00`) - 1;
  return Math.min(endOfDay, until === todayInVietnam() ? Date.now() : endOfDay);
}

/**
 * Replaces all petitions with a deterministic synthetic history: `options.petitions` (default 30,000)
 * received over the twelve months ending at `options.until` (default today in Vietnam).
 */
export async function seedPetitions(knex: Knex, options: SeedOptions = {}): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw('delete from petition_submissions');
    await trx.raw('delete from urgings');
    await trx.raw('delete from petition_events');
    await trx.raw('delete from petitions');
    // The trigram index costs more kept up row by row than built once after the load (12 s vs 2 s for 30k).
    await trx.raw('drop index if exists petitions_search');
    await insertGenerated(trx, {
      count: options.petitions ?? DEFAULT_PETITIONS,
      until: options.until,
      seed: DEFAULT_SEED,
      onProgress: options.onProgress,
    });
    await trx.raw(SEARCH_INDEX);
  });
  await analyze(knex);
}

/**
 * After a bulk load: the petition counts merged (readers need not add a load's worth of logged changes) and
 * fresh planner statistics, so the scorecard and inbox plans use the indexes well.
 */
async function analyze(knex: Knex): Promise<void> {
  await mergePetitionCounts(knex);
  for (const table of ['petitions', 'petition_events', ...COUNT_TABLES]) await knex.raw(`analyze ${table}`);
}

/**
 * Adds `count` more petitions to whatever is stored (`npm run seed -- --petitions N`). The stream is seeded
 * with the seed and the number of rows already there, so repeated calls add different petitions; ids and
 * tracking codes that clash with stored ones are redrawn.
 */
export async function appendPetitions(knex: Knex, options: AppendOptions): Promise<void> {
  await knex.transaction(async (trx) => {
    const row = (await trx('petitions').count({ n: '*' }).first()) as { n: number } | undefined;
    const existing = Number(row?.n ?? 0);
    const seed = hashString(`${options.seed ?? DEFAULT_SEED}/${existing}`);
    await insertGenerated(trx, { ...options, seed });
  });
  await analyze(knex);
}

async function insertGenerated(
  trx: Knex.Transaction,
  options: AppendOptions & { seed: number },
): Promise<void> {
  const until = options.until ?? todayInVietnam();
  const next = petitionGenerator({ seed: options.seed, until, asOf: asOfInstant(until) });
  const redraw = mulberry32(options.seed ^ 0x5bd1e995);
  const usedIds = new Set<string>();
  const usedCodes = new Set<string>();
  let done = 0;
  while (done < options.count) {
    const batch: GeneratedPetition[] = [];
    for (let i = 0; i < Math.min(BATCH, options.count - done); i += 1) batch.push(next());
    await resolveClashes(trx, batch, usedIds, usedCodes, redraw);
    await trx('petitions').insert(batch.map((generated) => generated.petition));
    const events: EventInsert[] = batch.flatMap((generated) => generated.events);
    for (let i = 0; i < events.length; i += EVENT_CHUNK) {
      await trx('petition_events').insert(events.slice(i, i + EVENT_CHUNK));
    }
    done += batch.length;
    options.onProgress?.(done, options.count);
  }
}

/**
 * Redraws ids and codes already stored or already used in this run. One query per batch; a redrawn pair is
 * checked again, so the loop ends only when no row of the batch clashes.
 */
async function resolveClashes(
  trx: Knex.Transaction,
  batch: GeneratedPetition[],
  usedIds: Set<string>,
  usedCodes: Set<string>,
  redraw: () => number,
): Promise<void> {
  let pending = batch;
  while (pending.length) {
    const stored = (await trx('petitions')
      .select(trx.raw('id::text as id'), 'tracking_code')
      .whereRaw('id = any(?::uuid[]) or tracking_code = any(?::text[])', [
        pending.map((g) => g.petition.id),
        pending.map((g) => g.petition.tracking_code),
      ])) as { id: string; tracking_code: string }[];
    for (const row of stored) {
      usedIds.add(row.id);
      usedCodes.add(row.tracking_code);
    }
    const redrawn: GeneratedPetition[] = [];
    for (const generated of pending) {
      const { petition } = generated;
      if (usedIds.has(petition.id) || usedCodes.has(petition.tracking_code)) {
        const fresh = redrawIdentity(redraw);
        petition.id = fresh.id;
        petition.tracking_code = fresh.trackingCode;
        for (const event of generated.events) event.petition_id = fresh.id;
        redrawn.push(generated);
      } else {
        usedIds.add(petition.id);
        usedCodes.add(petition.tracking_code);
      }
    }
    pending = redrawn;
  }
}
