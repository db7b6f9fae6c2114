import type { Knex } from 'knex';
import { referenceAgencies } from './data/referenceAgencies.ts';

/** Writes the reference agencies (idempotent: rows are upserted by id). */
export async function seedAgencies(knex: Knex): Promise<void> {
  const rows = referenceAgencies().map((agency) => ({
    id: agency.id,
    code: agency.code,
    name: agency.name,
    short_name: agency.shortName,
    kind: agency.kind,
    parent_id: agency.parentId,
    valid_from: agency.validFrom,
    valid_to: agency.validTo,
    successor_id: agency.successorId,
  }));
  await knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await trx('agencies')
        .insert(rows.slice(i, i + 200))
        .onConflict('id')
        .merge();
    }
  });
}
