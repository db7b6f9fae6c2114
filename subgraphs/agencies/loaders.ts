import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import {
  type AgencyRow,
  agenciesByIds,
  ancestorIds,
  type Closure,
  childCounts,
  childrenPages,
  closureIds,
  predecessorsOf,
} from './agencyStore.ts';
import { type AgencyNameRow, namesOf } from './nameStore.ts';

export type ChildrenArgs = PageArgs & { activeOn: string | null };

function closureLoader(knex: Knex, closure: Closure) {
  return new DataLoader<string, string[]>(async (ids) => {
    const found = await closureIds(knex, ids, closure);
    return ids.map((id) => found.get(id) ?? [id]);
  });
}

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
    lineageUnitIds: closureLoader(knex, { units: true, predecessors: true }),
    descendantUnitIds: closureLoader(knex, { units: true, predecessors: false }),
    predecessorIds: closureLoader(knex, { units: false, predecessors: true }),
    /** Every name of the agency, oldest first. */
    names: new DataLoader<string, AgencyNameRow[]>(async (ids) => {
      const names = await namesOf(knex, ids);
      return ids.map((id) => names.get(id) ?? []);
    }),
    ancestorIds: new DataLoader<string, string[]>(async (ids) => {
      const ancestors = await ancestorIds(knex, ids);
      return ids.map((id) => ancestors.get(id) ?? []);
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
