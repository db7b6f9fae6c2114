import type { Knex } from 'knex';
import { type AgencyScope, scopePairs } from '../../kit/loaders.ts';
import type { CountedUnits, FieldProcedures } from './petitionStats.ts';
import { vietnamDayEnd, vietnamDayStart } from './petitionStore.ts';

/**
 * PetitionStats.urged and resolvedAfterUrging: of the petitions the figures count (received in the period,
 * handled by the agencies counted — the same rows as `received`), those urged at least once, and of those
 * the ones published after their first urging. Counted from the rows in one statement of their own, run
 * only when a client asks for one of the two (the PetitionStats resolvers below), never kept in the counts.
 */
export interface UrgingFigures {
  urged: number;
  resolvedAfterUrging: number;
}

export const NO_URGINGS: UrgingFigures = Object.freeze({ urged: 0, resolvedAfterUrging: 0 });

/** Each urged petition and the instant it was first urged (urged_petitions is small beside petitions). */
const FIRST_URGING = `first_urging as (
  select up.petition_id, min(u.urged_at) as first_at
  from urged_petitions up join urgings u on u.id = up.urging_id
  group by up.petition_id)`;

const FIGURES = `count(*)::int as urged,
  count(*) filter (where p.status = 'PUBLISHED' and p.published_at > f.first_at)::int as resolved`;

const IN_PERIOD =
  'p.received_at >= cast(:start as timestamptz) and p.received_at < cast(:end as timestamptz)';

interface FigureRow {
  root_id: string;
  category: string | null;
  urged: number;
  resolved: number;
}

const figuresOf = (row: FigureRow): UrgingFigures => ({
  urged: Number(row.urged),
  resolvedAfterUrging: Number(row.resolved),
});

/**
 * The figures of many agency scopes in one statement: per scope, and per (scope, category) when asked by
 * category (the key '' stands for all categories). Scopes or categories with none are absent.
 */
export async function urgingFiguresForAgencies(
  knex: Knex,
  scopes: readonly AgencyScope[],
  range: { from: string; to: string },
  byCategory: boolean,
): Promise<Map<string, Map<string, UrgingFigures>>> {
  const { roots, units } = scopePairs(scopes);
  const byScope = new Map<string, Map<string, UrgingFigures>>();
  if (!units.length) return byScope;
  const key = byCategory ? 'p.category' : `''`;
  const result = await knex.raw(
    `with scope as (select * from unnest(cast(:roots as text[]), cast(:units as text[])) as s(root_id, unit_id)),
     ${FIRST_URGING}
     select scope.root_id, ${key} as category, ${FIGURES}
     from first_urging f
     join petitions p on p.id = f.petition_id
     join scope on scope.unit_id = p.handling_agency_id
     where ${IN_PERIOD}
     group by 1, 2`,
    { roots, units, start: vietnamDayStart(range.from), end: vietnamDayEnd(range.to) },
  );
  for (const row of result.rows as FigureRow[]) {
    const categories = byScope.get(row.root_id) ?? new Map<string, UrgingFigures>();
    categories.set(row.category ?? '', figuresOf(row));
    byScope.set(row.root_id, categories);
  }
  return byScope;
}

/** The figures of many fields in one statement, over the petitions Field.petitionStats counts. */
export async function urgingFiguresForFields(
  knex: Knex,
  fields: readonly FieldProcedures[],
  range: { from: string; to: string },
  units: CountedUnits,
): Promise<Map<string, UrgingFigures>> {
  const pairs = fields.flatMap((field) => [...new Set(field.procedureCodes)].map((code) => [field.id, code]));
  if (!pairs.length) return new Map();
  const result = await knex.raw(
    `with field as (
       select * from unnest(cast(:fieldCodes as text[]), cast(:procedureCodes as text[])) as f(root_id, procedure_code)),
     ${FIRST_URGING}
     select field.root_id, null as category, ${FIGURES}
     from first_urging f
     join petitions p on p.id = f.petition_id
     join field on field.procedure_code = p.procedure_code
     where ${IN_PERIOD}
       and (cast(:units as text[]) is null or p.handling_agency_id = any(cast(:units as text[])))
     group by 1`,
    {
      fieldCodes: pairs.map(([field]) => field),
      procedureCodes: pairs.map(([, code]) => code),
      units: units as string[] | null,
      start: vietnamDayStart(range.from),
      end: vietnamDayEnd(range.to),
    },
  );
  return new Map((result.rows as FigureRow[]).map((row) => [row.root_id, figuresOf(row)]));
}
