import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import {
  type AgencyRow,
  agenciesByIds,
  childCounts,
  childrenPages,
  lineageUnitIds,
  predecessorsOf,
} from './agencyStore.ts';

export type ChildrenArgs = PageArgs & { activeOn: string | null };

export function createAgencyLoaders(knex: Knex) {
  return {
    agency: rowLoader(
      (ids: readonly string[]) => agenciesByIds(knex, ids),
      (row: AgencyRow) => row.id,
    ),
    predecessors: new DataLoader<string, AgencyRow[]>(async (ids) => {
      const rows = await predecessorsOf(knex, ids);
      return ids.map((id) => rows.filter((row) => row.successor_id === id));
    }),
    lineageUnitIds: new DataLoader<string, string[]>(async (ids) => {
      const lineage = await lineageUnitIds(knex, ids);
      return ids.map((id) => lineage.get(id) ?? [id]);
    }),
    children: parentLoader<ChildrenArgs, AgencyRow[]>(
      (parentIds, { activeOn, ...page }) => childrenPages(knex, parentIds, activeOn, page),
      () => [],
    ),
    childCount: parentLoader<{ activeOn: string | null }, number>(
      (parentIds, { activeOn }) => childCounts(knex, parentIds, activeOn),
      () => 0,
    ),
  };
}

export type AgencyLoaders = ReturnType<typeof createAgencyLoaders>;
