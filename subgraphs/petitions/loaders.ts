import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { type AgencyScope, parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import {
  type EventRow,
  emptyStats,
  eventsByPetitions,
  inboxCounts,
  inboxPages,
  type PetitionFilter,
  type PetitionRow,
  type PetitionStats,
  petitionCountsByProcedure,
  petitionStatsForAgencies,
  petitionsByIds,
} from './petitionStore.ts';

export type InboxArgs = PageArgs & { filter: PetitionFilter };
export interface StatsArgs {
  from: string;
  to: string;
  today: string;
  /** Part of the batch key: the same agency asked with other flags has another unit set. */
  units: 'lineage' | 'descendants' | 'predecessors' | 'self';
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
    events: new DataLoader<string, EventRow[]>(async (ids) => {
      const byPetition = await eventsByPetitions(knex, ids);
      return ids.map((id) => byPetition.get(id.toLowerCase()) ?? []);
    }),
    inbox: parentLoader<InboxArgs, PetitionRow[], AgencyScope>(
      (scopes, { filter, ...page }) => inboxPages(knex, scopes, filter, page),
      () => [],
    ),
    inboxCount: parentLoader<PetitionFilter, number, AgencyScope>(
      (scopes, filter) => inboxCounts(knex, scopes, filter),
      () => 0,
    ),
    stats: parentLoader<StatsArgs, PetitionStats, AgencyScope>(
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
