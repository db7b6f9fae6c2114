import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import {
  type AgencyRow,
  agenciesByIds,
  ancestorIds,
  type Closures,
  childCounts,
  childrenPages,
  closuresOf,
  predecessorsOf,
} from './agencyStore.ts';
import { type AgencyNameRow, namesOf } from './nameStore.ts';

export type ChildrenArgs = PageArgs & { activeOn: string | null };

/** The three closures of the agencies a request asks about, in one statement for all three. */
function closuresLoader(knex: Knex) {
  return new DataLoader<string, Closures>(async (ids) => {
    const found = await closuresOf(knex, ids);
    return ids.map((id) => found.get(id) ?? { lineage: [id], descendants: [id], predecessors: [id] });
  });
}

function closureLoader(closures: DataLoader<string, Closures>, kind: keyof Closures) {
  return new DataLoader<string, string[]>(async (ids) =>
    (await closures.loadMany(ids)).map((found) => (found instanceof Error ? found : found[kind])),
  );
}

export function createAgencyLoaders(knex: Knex) {
  const closures = closuresLoader(knex);
  return {
    agency: rowLoader(
      (ids: readonly string[]) => agenciesByIds(knex, ids),
      (row: AgencyRow) => row.id,
    ),
    predecessors: new DataLoader<string, AgencyRow[]>(async (ids) => {
      const rows = await predecessorsOf(knex, ids);
      return ids.map((id) => rows.filter((row) => row.successor_id === id));
    }),
    lineageUnitIds: closureLoader(closures, 'lineage'),
    descendantUnitIds: closureLoader(closures, 'descendants'),
    predecessorIds: closureLoader(closures, 'predecessors'),
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
