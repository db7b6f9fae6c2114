import type { Knex } from 'knex';

/**
 * Deadline changes and late transfers, recorded in the history where they happen. due_date_before and
 * due_date_after are both set on an event that changed the petition's due date, and both null otherwise.
 * transfer_late is set on a transfer to an agency outside the transferring ministry or province: true when
 * it was made after the transfer window (petitions.transfer_due_date, Decree 20/2008 Art. 9), counted
 * against the transferring agency (the event's actor agency); null on every other event.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table petition_events
    add column due_date_before date,
    add column due_date_after date,
    add column transfer_late boolean,
    add constraint petition_events_due_date_change
      check ((due_date_before is null) = (due_date_after is null)),
    add constraint petition_events_transfer_late_on_transfers
      check (transfer_late is null or to_status = 'TRANSFERRED')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`alter table petition_events
    drop constraint petition_events_transfer_late_on_transfers,
    drop constraint petition_events_due_date_change,
    drop column transfer_late,
    drop column due_date_after,
    drop column due_date_before`);
}
