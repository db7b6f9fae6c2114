import type { Knex } from 'knex';

/**
 * The statistics judge publication by the due date (Decree 20/2008 Art. 19) and count per category, so the
 * (handling agency, received) index also carries published_at and category: the statistics stay an
 * index-only scan. The key is unchanged, so the officer's inbox keeps its keyset order.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `create index petitions_handling_received_publication on petitions (handling_agency_id, received_at, id)
     include (status, answered_at, published_at, due_date, category, answer_working_days, rating)`,
  );
  await knex.raw('drop index petitions_handling_received');
  await knex.raw('alter index petitions_handling_received_publication rename to petitions_handling_received');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    `create index petitions_handling_received_answers on petitions (handling_agency_id, received_at, id)
     include (status, answered_at, due_date, answer_working_days, rating)`,
  );
  await knex.raw('drop index petitions_handling_received');
  await knex.raw('alter index petitions_handling_received_answers rename to petitions_handling_received');
}
