import type { Database } from '../../kit/db.ts';
import { log } from '../../kit/log.ts';
import { reportingClock } from './clock.ts';
import { planObligationsUntil } from './obligationPlanner.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first retry after a failed run, doubling up to the last: the agencies subgraph may start after this one. */
const RETRY_FIRST_MS = 5_000;
const RETRY_LAST_MS = 10 * 60_000;

async function planToday(db: Database): Promise<boolean> {
  try {
    const added = await planObligationsUntil(db, reportingClock.today());
    if (added > 0) log.info({ service: 'reporting', added }, 'planned new reporting obligations');
    return true;
  } catch (error) {
    // A failed run (the agencies subgraph not up yet, the database unreachable for a moment) must not stop
    // the service: it is tried again after a pause.
    log.warn({ service: 'reporting', err: error }, 'planning reporting obligations failed, retrying later');
    return false;
  }
}

/** Plans now; after a failure, again after a growing pause until a run succeeds. */
async function planUntilDone(db: Database, pauseMs = RETRY_FIRST_MS): Promise<void> {
  if (await planToday(db)) return;
  setTimeout(() => void planUntilDone(db, Math.min(pauseMs * 2, RETRY_LAST_MS)), pauseMs).unref();
}

/**
 * Creates the obligations of periods closed since the seed or the last run: on start, then once a day. It
 * runs beside the service rather than before it: agencies come from the agencies subgraph, which may start
 * later. Every replica runs it; that is safe because the planner only inserts what is missing (on conflict
 * do nothing).
 */
export async function startObligationPlanning(
  db: Database,
  { firstRetryMs = RETRY_FIRST_MS }: { firstRetryMs?: number } = {},
): Promise<void> {
  void planUntilDone(db, firstRetryMs);
  setInterval(() => void planUntilDone(db), DAY_MS).unref();
}
