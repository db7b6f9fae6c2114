import type { Knex } from 'knex';
import { workingDaysBetween } from '../../../kit/workingDays.ts';
import { transferDueDate } from '../deadlines.ts';
import type { Category } from '../domain.ts';
import { ancestorsOf } from './agencyPools.ts';

const CHUNK = 1_000;

/**
 * Fills the lifecycle columns of petitions stored before the lifecycle migration, in TypeScript because
 * the calendar and the agency tree are not in this database: ancestors from the reference agencies, the
 * transfer deadline and the working days to the answer from the kit's calendar. Nothing to do when empty.
 */
export async function backfillLifecycleColumns(knex: Knex): Promise<void> {
  const rows = (
    await knex.raw(
      `select id::text as id, category, handling_agency_id,
              to_char((received_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as received_on,
              to_char((answered_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as answered_on
       from petitions`,
    )
  ).rows as {
    id: string;
    category: Category;
    handling_agency_id: string;
    received_on: string;
    answered_on: string | null;
  }[];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await knex.raw(
      `update petitions p set
         transfer_due_date = v.transfer_due::date,
         answer_working_days = v.days,
         handling_agency_ancestors = string_to_array(nullif(v.ancestors, ''), ',')
       from unnest(?::uuid[], ?::text[], ?::int[], ?::text[]) as v(id, transfer_due, days, ancestors)
       where p.id = v.id`,
      [
        chunk.map((row) => row.id),
        chunk.map((row) => transferDueDate(row.category, row.received_on)),
        chunk.map((row) => (row.answered_on ? workingDaysBetween(row.received_on, row.answered_on) : null)),
        chunk.map((row) => ancestorsOf(row.handling_agency_id).join(',')),
      ] as unknown as Knex.RawBinding[],
    );
  }
}
