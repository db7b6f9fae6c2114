import type { Knex } from 'knex';
import { type Keyset, keysetPagesByParent, type PageArgs } from '../../kit/pagination.ts';

/** Child rows of the record parts added with maintenance (steps, dossier, related, history). */
export interface StepRow {
  procedure_code: string;
  position: number;
  description: string;
}

export interface DossierRow {
  procedure_code: string;
  position: number;
  document: string;
  form: string | null;
  quantity: number;
}

export interface RelatedRow {
  procedure_code: string;
  related_code: string;
  position: number;
}

export interface ChangeRow extends Record<string, unknown> {
  id: number;
  procedure_code: string;
  action: string;
  changed_by: string;
  agency_id: string;
  changed_at: Date;
  effective_on: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** History newest first; ids are identity values, so their order is the order of the commands. */
export const CHANGE_ORDER: Keyset = {
  name: 'procedure-changes',
  keys: [{ column: 'id', field: 'id', type: 'number' }],
  direction: 'desc',
};

export function stepsOfProcedures(knex: Knex, codes: readonly string[]): Promise<StepRow[]> {
  return knex('procedure_steps')
    .select('procedure_code', 'position', 'description')
    .whereIn('procedure_code', codes as string[])
    .orderBy(['procedure_code', 'position']);
}

export function dossierOfProcedures(knex: Knex, codes: readonly string[]): Promise<DossierRow[]> {
  return knex('procedure_dossier_components')
    .select('procedure_code', 'position', 'document', 'form', 'quantity')
    .whereIn('procedure_code', codes as string[])
    .orderBy(['procedure_code', 'position']);
}

export function relatedOfProcedures(knex: Knex, codes: readonly string[]): Promise<RelatedRow[]> {
  return knex('procedure_related')
    .select('procedure_code', 'related_code', 'position')
    .whereIn('procedure_code', codes as string[])
    .orderBy(['procedure_code', 'position']);
}

function changeQuery(knex: Knex): Knex.QueryBuilder {
  // bigint ids come back as text from pg and as numbers from PGlite: read them as integers.
  return knex('procedure_changes').select(
    knex.raw('id::integer as id'),
    'procedure_code',
    'action',
    'changed_by',
    'agency_id',
    'changed_at',
    'effective_on',
    'reason',
    'before',
    'after',
  );
}

/** One history page per procedure, in one statement. */
export function historyPages(knex: Knex, codes: readonly string[], page: PageArgs) {
  return keysetPagesByParent<ChangeRow>(
    knex,
    changeQuery(knex),
    'procedure_code',
    'procedure_code',
    codes,
    CHANGE_ORDER,
    page,
  );
}

export async function historyCounts(knex: Knex, codes: readonly string[]): Promise<Map<string, number>> {
  const rows = (await knex('procedure_changes')
    .select('procedure_code')
    .count({ n: '*' })
    .whereIn('procedure_code', codes as string[])
    .groupBy('procedure_code')) as { procedure_code: string; n: number }[];
  return new Map(rows.map((row) => [row.procedure_code, Number(row.n)]));
}
