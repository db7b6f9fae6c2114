import type { Knex } from 'knex';
import { agencyDirectory } from '../../kit/agencyDirectory.ts';
import {
  type AgencyKind,
  obligationRow,
  type PlanningRegime,
  planObligations,
} from './data/planObligations.ts';
import type { Frequency } from './periods.ts';
import { type VersionRow, versionsOf } from './regimeHistoryStore.ts';

const BATCH = 1000;

/** The regimes as stored: planning follows the database, not the sample data the seed started from. */
async function storedRegimes(knex: Knex, codes: readonly string[] | null): Promise<PlanningRegime[]> {
  const rows: {
    code: string;
    frequency: Frequency;
    reporting_subjects: AgencyKind[];
    subject_unit_suffix: string | null;
    subject_agency_ids: string[];
    receiving_agency_id: string;
    deadline_working_days: number;
    effective_from: string;
    effective_to: string | null;
  }[] = await knex('reporting_regimes')
    .select(
      'code',
      'frequency',
      'reporting_subjects',
      'subject_unit_suffix',
      'subject_agency_ids',
      'receiving_agency_id',
      'deadline_working_days',
      knex.raw('effective_from::text as effective_from'),
      knex.raw('effective_to::text as effective_to'),
    )
    .modify((query) => {
      if (codes) query.whereIn('code', codes as string[]);
    })
    .orderBy('code');
  const versions = new Map<string, VersionRow[]>();
  for (const version of await versionsOf(
    knex,
    rows.map((row) => row.code),
  )) {
    versions.set(version.regime_code, [...(versions.get(version.regime_code) ?? []), version]);
  }
  return rows.map((row) => ({
    code: row.code,
    frequency: row.frequency,
    subjects: row.reporting_subjects,
    unitSuffix: row.subject_unit_suffix,
    subjectAgencies: row.subject_agency_ids,
    receiver: row.receiving_agency_id,
    deadline: row.deadline_working_days,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    versions: (versions.get(row.code) ?? []).map((version) => ({
      effectiveFrom: version.effective_from,
      frequency: version.frequency,
      deadline: version.deadline_working_days,
    })),
  }));
}

/**
 * Creates the obligations of every period whose cut-off ended on or before `until` (the rule the seed
 * follows), for the regimes in the database (or those of `regimeCodes`), each period under the regime's
 * version in force on its cut-off start, and returns how many were new. Idempotent: an obligation that
 * exists is left alone, so running it again, or on several replicas at once, adds nothing twice.
 *
 * Agencies come from the agencies subgraph's directory, asked over GraphQL (no SQL crosses databases): while
 * that subgraph does not answer, this rejects with SERVICE_UNAVAILABLE and plans nothing.
 */
export async function planObligationsUntil(
  knex: Knex,
  until: string,
  { regimeCodes = null }: { regimeCodes?: readonly string[] | null } = {},
): Promise<number> {
  const planned = planObligations(await storedRegimes(knex, regimeCodes), await agencyDirectory(), until);
  const rows = planned.map(obligationRow);
  return knex.transaction(async (trx) => {
    // Planners on other replicas wait here, and so does a reseed; with no other writer of obligations in
    // flight, the identity can safely be moved past any id given explicitly (the seed gives its ids and
    // resets the identity, but a database restored or filled by hand might not), so new ids never clash.
    await trx.raw('lock table reporting_obligations in share row exclusive mode');
    await trx.raw(
      `select setval(pg_get_serial_sequence('reporting_obligations', 'id'),
         greatest((select coalesce(max(id), 0) from reporting_obligations),
                  nextval(pg_get_serial_sequence('reporting_obligations', 'id'))))`,
    );
    let added = 0;
    for (let i = 0; i < rows.length; i += BATCH) {
      const inserted = await trx('reporting_obligations')
        .insert(rows.slice(i, i + BATCH))
        .onConflict(['regime_code', 'agency_id', 'period_label'])
        .ignore()
        .returning('id');
      added += inserted.length;
    }
    return added;
  });
}
