import type { AgencyScope } from '../../kit/loaders.ts';
import type { Category } from './domain.ts';
import type { CountedUnits, FieldProcedures } from './petitionStats.ts';

/**
 * What a PetitionStats object was counted over, carried under a symbol (never a schema field), so that the
 * figures counted from the rows only when a client asks for them (escalated, urged, resolvedAfterUrging)
 * count the same petitions as the kept figures beside them.
 */
export const STATS_BASIS = Symbol('statsBasis');

export type StatsBasis =
  | {
      kind: 'agency';
      parent: AgencyScope;
      from: string;
      to: string;
      /** The unit-set flag of the statistics' key: the same agency asked with other flags counts others. */
      units: string;
      /** One category's figures (petitionStatsByCategory), or null for all. */
      category: Category | null;
    }
  | { kind: 'field'; parent: FieldProcedures; from: string; to: string; units: CountedUnits };

export type WithStatsBasis<T> = T & { [STATS_BASIS]?: StatsBasis };

export const withStatsBasis = <T extends object>(stats: T, basis: StatsBasis): WithStatsBasis<T> => ({
  ...stats,
  [STATS_BASIS]: basis,
});

export function basisOf(stats: WithStatsBasis<object>): StatsBasis {
  const basis = stats[STATS_BASIS];
  if (!basis) throw new Error('PetitionStats without what it was counted over');
  return basis;
}
