import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import {
  emptyStats,
  inboxCounts,
  inboxPages,
  type PetitionFilter,
  type PetitionRow,
  type PetitionStats,
  petitionCountsByProcedure,
  petitionStatsForAgencies,
  petitionsByIds,
} from './petitionStore.ts';
import { scopeLoader } from './scopeLoader.ts';

export type InboxArgs = PageArgs & { filter: PetitionFilter };
export interface StatsArgs {
  from: string;
  to: string;
  today: string;
}
export interface RangeArgs {
  from: string | null;
  to: string | null;
}

export function createPetitionLoaders(knex: Knex) {
  return {
    petition: rowLoader(
      (ids: readonly string[]) => petitionsByIds(knex, ids),
      (row: PetitionRow) => row.id,
    ),
    inbox: scopeLoader<InboxArgs, PetitionRow[]>(
      (scopes, { filter, ...page }) => inboxPages(knex, scopes, filter, page),
      () => [],
    ),
    inboxCount: scopeLoader<PetitionFilter, number>(
      (scopes, filter) => inboxCounts(knex, scopes, filter),
      () => 0,
    ),
    stats: scopeLoader<StatsArgs, PetitionStats>(
      (scopes, { from, to, today }) => petitionStatsForAgencies(knex, scopes, from, to, today),
      emptyStats,
    ),
    procedureCount: parentLoader<RangeArgs, number>(
      (codes, { from, to }) => petitionCountsByProcedure(knex, codes, from, to),
      () => 0,
    ),
  };
}

export type PetitionLoaders = ReturnType<typeof createPetitionLoaders>;
