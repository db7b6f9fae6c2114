import type { Knex } from 'knex';
import type { Units } from './complianceStore.ts';

/**
 * ReportingCompliance.urged and resolvedAfterUrging: of the obligations a compliance figure counts (due in
 * the range, of the agencies counted, under the regime counted), those urged at least once, and of those the
 * ones first submitted (reporting_obligations.first_submitted_at) after their first urging. Counted in one
 * statement of their own, only when a client asks for one of the two (ReportingCompliance resolvers).
 */
export interface UrgingFigures {
  urged: number;
  resolvedAfterUrging: number;
}

export const NO_URGINGS: UrgingFigures = Object.freeze({ urged: 0, resolvedAfterUrging: 0 });

/**
 * What one compliance object counts: its key (unique per kind) and the (regime, agency) pairs its obligations
 * match, null for any — an agency's units under every regime, a regime's reporting agencies (null: all), or
 * one agency under one regime.
 */
export interface UrgingKey {
  id: string;
  pairs: readonly (readonly [regimeCode: string | null, agencyId: string | null])[];
}

export const agencyKey = (agencyId: string, unitIds: readonly string[]): UrgingKey => ({
  id: `agency ${agencyId}`,
  pairs: [...new Set(unitIds)].map((unit) => [null, unit] as const),
});

export const regimeKey = (code: string, units: Units): UrgingKey => ({
  id: `regime ${code}`,
  pairs: units ? [...new Set(units)].map((unit) => [code, unit] as const) : [[code, null]],
});

export const regimeAgencyKey = (code: string, agencyId: string): UrgingKey => ({
  id: `regime-agency ${code} ${agencyId}`,
  pairs: [[code, agencyId]],
});

/** The figures of many keys in one statement; keys with none are absent. */
export async function urgingFigures(
  knex: Knex,
  keys: readonly UrgingKey[],
  range: { from: string; to: string },
): Promise<Map<string, UrgingFigures>> {
  const pairs = keys.flatMap((key) => key.pairs.map(([regime, agency]) => [key.id, regime, agency]));
  if (!pairs.length) return new Map();
  const result = await knex.raw(
    `with k as (
       select * from unnest(?::text[], ?::text[], ?::text[]) as k(root_id, regime_code, agency_id)
     ), first_urging as (
       select uo.obligation_id, min(u.urged_at) as first_at
       from urged_obligations uo join reporting_urgings u on u.id = uo.urging_id
       group by uo.obligation_id
     )
     select k.root_id, count(distinct o.id)::int as urged,
       count(distinct o.id) filter (where o.first_submitted_at > f.first_at)::int as resolved
     from first_urging f
     join reporting_obligations o on o.id = f.obligation_id
     join k on (k.regime_code is null or k.regime_code = o.regime_code)
           and (k.agency_id is null or k.agency_id = o.agency_id)
     where o.due_date between ?::date and ?::date
     group by k.root_id`,
    [
      pairs.map((p) => p[0]) as string[],
      pairs.map((p) => p[1]) as string[],
      pairs.map((p) => p[2]) as string[],
      range.from,
      range.to,
    ],
  );
  return new Map(
    (result.rows as { root_id: string; urged: number; resolved: number }[]).map((row) => [
      row.root_id,
      { urged: Number(row.urged), resolvedAfterUrging: Number(row.resolved) },
    ]),
  );
}

/** What a ReportingCompliance object was counted over, under a symbol (never a schema field). */
export const URGING_BASIS = Symbol('reportingUrgingBasis');

export interface UrgingBasis {
  key: UrgingKey;
  from: string;
  to: string;
}

export type WithUrgingBasis<T> = T & { [URGING_BASIS]?: UrgingBasis };

export const withUrgingBasis = <T extends object>(compliance: T, basis: UrgingBasis): WithUrgingBasis<T> => ({
  ...compliance,
  [URGING_BASIS]: basis,
});
