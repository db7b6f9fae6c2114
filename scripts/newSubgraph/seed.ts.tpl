import type { Knex } from 'knex';
import { referenceAgencies } from '../../fixtures/agencies/referenceAgencies.ts';
import type { {{Type}}Row } from './{{type}}Store.ts';

/** A few records on agencies of the shared reference fixture, which the agencies subgraph is seeded from. */
export const SAMPLE_{{TYPE}}_ROWS: {{Type}}Row[] = [
  { id: '{{name}}-1', title: 'Bản ghi mẫu 1', agency_id: 'tinh-01', recorded_on: '2026-01-15' },
  { id: '{{name}}-2', title: 'Bản ghi mẫu 2', agency_id: 'tinh-79-2025', recorded_on: '2026-02-20' },
  { id: '{{name}}-3', title: 'Bản ghi mẫu 3', agency_id: 'bo-vpcp', recorded_on: '2026-03-25' },
];

/** Writes the sample records (idempotent: upserted by id). */
export async function seed{{Identifier}}(knex: Knex): Promise<void> {
  const known = new Set(referenceAgencies().map((agency) => agency.id));
  for (const row of SAMPLE_{{TYPE}}_ROWS) {
    if (!known.has(row.agency_id)) throw new Error(`${row.id} names unknown agency ${row.agency_id}`);
  }
  await knex('{{table}}').insert(SAMPLE_{{TYPE}}_ROWS).onConflict('id').merge();
}
