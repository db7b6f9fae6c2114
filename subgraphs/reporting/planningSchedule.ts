import { todayInVietnam } from '../../kit/dates.ts';
import type { Database } from '../../kit/db.ts';
import { planObligationsUntil } from './obligationPlanner.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

async function planToday(db: Database): Promise<void> {
  try {
    const added = await planObligationsUntil(db, todayInVietnam());
    if (added > 0) console.log(`[reporting] planned ${added} new reporting obligations`);
  } catch (error) {
    // A failed run (e.g. the database unreachable for a moment) must not stop the service; the next
    // day's run tries again.
    console.error('[reporting] planning reporting obligations failed:', error);
  }
}

/**
 * Creates the obligations of periods closed since the seed or the last run: now, then once a day. Every
 * replica runs it; that is safe because the planner only inserts what is missing (on conflict do nothing).
 */
export async function startObligationPlanning(db: Database): Promise<void> {
  await planToday(db);
  setInterval(() => void planToday(db), DAY_MS).unref();
}
