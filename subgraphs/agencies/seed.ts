import type { Knex } from 'knex';
import { referenceAgencyNames } from './data/agencyNames.ts';
import { type ReferenceAgency, referenceAgencies } from './data/referenceAgencies.ts';

const BATCH = 200;

/** A reference agency as its agencies row. */
export const agencyRow = (agency: ReferenceAgency) => ({
  id: agency.id,
  code: agency.code,
  name: agency.name,
  short_name: agency.shortName,
  kind: agency.kind,
  parent_id: agency.parentId,
  valid_from: agency.validFrom,
  valid_to: agency.validTo,
  successor_id: agency.successorId,
});

/** Writes the reference agencies and their names (idempotent: rows are upserted by id, names replaced). */
export async function seedAgencies(knex: Knex): Promise<void> {
  const agencies = referenceAgencies();
  const rows = agencies.map(agencyRow);
  const names = referenceAgencyNames(agencies).map((period) => ({
    agency_id: period.agencyId,
    name: period.name,
    short_name: period.shortName,
    valid_from: period.validFrom,
    valid_to: period.validTo,
  }));
  await knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await trx('agencies')
        .insert(rows.slice(i, i + BATCH))
        .onConflict('id')
        .merge();
    }
    await trx('agency_names')
      .whereIn(
        'agency_id',
        rows.map((row) => row.id),
      )
      .delete();
    for (let i = 0; i < names.length; i += BATCH) {
      await trx('agency_names').insert(names.slice(i, i + BATCH));
    }
  });
}
