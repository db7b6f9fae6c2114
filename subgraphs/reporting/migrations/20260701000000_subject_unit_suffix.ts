import type { Knex } from 'knex';

/**
 * Which units of a kind report under a regime (e.g. 'stc': only the Departments of Finance among the
 * provincial departments). The obligation planner reads regimes from this table, so the rule has to be stored
 * with them rather than live only in the sample data. One statement per knex.raw call (PGlite).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table reporting_regimes add column subject_unit_suffix text
    check (subject_unit_suffix is null or subject_unit_suffix ~ '^[a-z0-9]+$')`);
  // Hubs seeded before this migration hold the sample regimes: give them the units the seed planned for.
  await knex.raw(`
    update reporting_regimes r set subject_unit_suffix = v.suffix
    from (values ('BTC-NSDP-QUY', 'stc'), ('BTC25-NSDP-QUY', 'stc'), ('BTC-TSC', 'stc'), ('BTP-HOTICH', 'stp'),
      ('BTP-TGPL', 'stp'), ('BYT-ATTP', 'syt'), ('BYT-TCMR', 'syt'), ('BGDDT-TKNH', 'sgddt'),
      ('BGDDT-THITN', 'sgddt')) as v (code, suffix)
    where r.code = v.code`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table reporting_regimes drop column subject_unit_suffix');
}
