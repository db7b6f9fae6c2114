import type { Knex } from 'knex';
import type { Keyset, PageArgs } from '../../kit/pagination.ts';
import { keysetPage } from '../../kit/pagination.ts';

/** A reporting_regimes row as stored. */
export interface RegimeRow extends Record<string, unknown> {
  code: string;
  name: string;
  content: string;
  frequency: string;
  reporting_subjects: string[];
  subject_note: string | null;
  subject_agency_ids: string[];
  data_cut_off_rule: string;
  outline_template: string;
  receiving_agency_id: string;
  sending_methods: string[];
  deadline_working_days: number;
  legal_basis: string;
  issuing_agency_id: string;
  status: string;
  effective_from: string;
  effective_to: string | null;
  /** The regime that took over its content when it was merged. */
  merged_into_code: string | null;
}

export interface IndicatorRow {
  regime_code: string;
  position: number;
  code: string;
  name: string;
  unit: string | null;
  data_type: string;
  required: boolean;
  disaggregation: string[];
  /** First day of the periods (by cut-off start) that report it; null: since the regime began. */
  added_from: string | null;
  /** First day of the periods that no longer report it; null: still reported. */
  removed_from: string | null;
}

export interface RegimeFilter {
  frequency?: string | null;
  subject?: string | null;
  receivingAgencyId?: string | null;
  status?: string | null;
  search?: string | null;
}

export const REGIME_ORDER: Keyset = {
  name: 'reportingRegimes',
  keys: [{ column: 'code', field: 'code', type: 'string' }],
  direction: 'asc',
};

const COLUMNS = [
  'code',
  'name',
  'content',
  'frequency',
  'reporting_subjects',
  'subject_note',
  'subject_agency_ids',
  'data_cut_off_rule',
  'outline_template',
  'receiving_agency_id',
  'sending_methods',
  'deadline_working_days',
  'legal_basis',
  'issuing_agency_id',
  'status',
  'effective_from',
  'effective_to',
  'merged_into_code',
];

export async function regimesByCodes(knex: Knex, codes: readonly string[]): Promise<RegimeRow[]> {
  return knex('reporting_regimes')
    .select(COLUMNS)
    .whereIn('code', codes as string[]);
}

/** The indicators of many regimes in one statement, in their order on the form. */
export async function indicatorsOf(knex: Knex, codes: readonly string[]): Promise<IndicatorRow[]> {
  return knex('reporting_indicators')
    .select(
      'regime_code',
      'position',
      'code',
      'name',
      'unit',
      'data_type',
      'required',
      'disaggregation',
      knex.raw('added_from::text as added_from'),
      knex.raw('removed_from::text as removed_from'),
    )
    .whereIn('regime_code', codes as string[])
    .orderBy(['regime_code', 'position']);
}

/** The indicators a period whose cut-off opens on `day` reports; the latest ones when `day` is null. */
export function indicatorsInForce(indicators: readonly IndicatorRow[], day: string | null): IndicatorRow[] {
  if (day === null) return indicators.filter((indicator) => indicator.removed_from === null);
  return indicators.filter(
    (indicator) =>
      (indicator.added_from === null || indicator.added_from <= day) &&
      (indicator.removed_from === null || indicator.removed_from > day),
  );
}

function filtered(knex: Knex, filter: RegimeFilter): Knex.QueryBuilder {
  const query = knex('reporting_regimes').select(COLUMNS);
  if (filter.frequency) query.where('frequency', filter.frequency);
  if (filter.subject) query.whereRaw('? = any(reporting_subjects)', [filter.subject]);
  if (filter.receivingAgencyId) query.where('receiving_agency_id', filter.receivingAgencyId);
  if (filter.status) query.where('status', filter.status);
  const search = filter.search?.trim();
  if (search) {
    query.whereRaw(`search_text(name || ' ' || code) like '%' || search_text(?) || '%'`, [search]);
  }
  return query;
}

export function listRegimes(knex: Knex, filter: RegimeFilter, page: PageArgs) {
  return keysetPage<RegimeRow>(filtered(knex, filter), REGIME_ORDER, page);
}

export async function hasRegimes(knex: Knex): Promise<boolean> {
  return (await knex('reporting_regimes').first('code')) !== undefined;
}
