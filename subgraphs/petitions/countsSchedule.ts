import type { Database } from '../../kit/db.ts';
import { log } from '../../kit/log.ts';
import { advancePetitionCounts, mergePetitionCounts } from './petitionCounts.ts';

const MERGE_EVERY_MS = 1_000;
const ADVANCE_EVERY_MS = 60 * 60 * 1000;

/** Runs one upkeep step; a failure is logged and the next run catches up (readers stay exact meanwhile). */
async function attempt(what: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    log.warn({ service: 'petitions', err: error }, `${what} failed`);
  }
}

/**
 * Keeps the petition counts close to the petitions: merges the logged changes every second, so readers
 * add only a second's worth, and keeps the as-of day at today (on start, then hourly), so a reader's
 * correction for petitions fallen due is a handful of rows. Every replica may run both: one merge runs at a
 * time and the day only moves forward, under locks in the database.
 */
export async function startCountsUpkeep(db: Database): Promise<void> {
  await attempt('moving the petition counts to today', () => advancePetitionCounts(db));
  let merging = false;
  setInterval(() => {
    if (merging) return;
    merging = true;
    void attempt('merging the petition count changes', () => mergePetitionCounts(db)).finally(() => {
      merging = false;
    });
  }, MERGE_EVERY_MS).unref();
  setInterval(
    () => void attempt('moving the petition counts to today', () => advancePetitionCounts(db)),
    ADVANCE_EVERY_MS,
  ).unref();
}
