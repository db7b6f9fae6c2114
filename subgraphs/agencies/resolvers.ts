import { todayInVietnam } from '../../kit/dates.ts';
import { notFound } from '../../kit/errors.ts';
import { connectionFromRows, type PageArgs, pageSize } from '../../kit/pagination.ts';
import { searchTerm } from '../../kit/searchTerm.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import {
  AGENCY_ORDER,
  type AgencyFilter,
  type AgencyRow,
  agencyByCode,
  listAgencies,
} from './agencyStore.ts';
import type { AgencyLoaders } from './loaders.ts';
import { agencyNameFields, agencyNameResolvers } from './nameResolvers.ts';

type Context = SubgraphContext<AgencyLoaders>;

function isActive(agency: AgencyRow, day: string): boolean {
  return (
    (agency.valid_from === null || agency.valid_from <= day) &&
    (agency.valid_to === null || agency.valid_to >= day)
  );
}

export const resolvers = {
  Query: {
    async agency(_: unknown, { id }: { id: string }, { loaders }: Context) {
      const agency = await loaders.agency.load(id);
      if (!agency) throw notFound(`Không tìm thấy cơ quan "${id}".`, 'id');
      return agency;
    },
    async agencyByCode(
      _: unknown,
      { kind, code, on }: { kind: string; code: string; on?: string | null },
      { db }: Context,
    ) {
      const day = on ?? todayInVietnam();
      const agency = await agencyByCode(db, kind, code, day);
      if (!agency) throw notFound(`Không có cơ quan loại ${kind} mã "${code}" vào ngày ${day}.`, 'code');
      return agency;
    },
    agencies(_: unknown, args: PageArgs & { filter?: AgencyFilter | null }, { db }: Context) {
      // A lone token may be a code ("52", "CP"): matched exactly, and the few hundred agencies cost little.
      const search = searchTerm(args.filter?.search, 'filter.search', { exactCode: /^[0-9A-Za-z]+$/ });
      return listAgencies(db, { ...args.filter, search }, args);
    },
  },
  Agency: {
    ...agencyNameFields,
    __resolveReference(reference: { id: string }, { loaders }: Context) {
      return loaders.agency.load(reference.id);
    },
    shortName: (agency: AgencyRow) => agency.short_name,
    validFrom: (agency: AgencyRow) => agency.valid_from,
    validTo: (agency: AgencyRow) => agency.valid_to,
    activeOn: (agency: AgencyRow, { on }: { on?: string | null }) => isActive(agency, on ?? todayInVietnam()),
    parent: (agency: AgencyRow, _: unknown, { loaders }: Context) =>
      agency.parent_id ? loaders.agency.load(agency.parent_id) : null,
    successor: (agency: AgencyRow, _: unknown, { loaders }: Context) =>
      agency.successor_id ? loaders.agency.load(agency.successor_id) : null,
    predecessors: (agency: AgencyRow, _: unknown, { loaders }: Context) =>
      loaders.predecessors.load(agency.id),
    lineageUnitIds: (agency: AgencyRow, _: unknown, { loaders }: Context) =>
      loaders.lineageUnitIds.load(agency.id),
    descendantUnitIds: (agency: AgencyRow, _: unknown, { loaders }: Context) =>
      loaders.descendantUnitIds.load(agency.id),
    predecessorIds: (agency: AgencyRow, _: unknown, { loaders }: Context) =>
      loaders.predecessorIds.load(agency.id),
    async ancestors(agency: AgencyRow, _: unknown, { loaders }: Context) {
      const ids = await loaders.ancestorIds.load(agency.id);
      return loaders.agency.loadMany(ids);
    },
    /** Follows successors until one exists on the day: where a petition addressed to this agency goes. */
    async activeSuccessor(agency: AgencyRow, { on }: { on?: string | null }, { loaders }: Context) {
      const day = on ?? todayInVietnam();
      let current: AgencyRow | null = agency;
      while (current && !isActive(current, day)) {
        current = current.successor_id ? await loaders.agency.load(current.successor_id) : null;
      }
      return current;
    },
    async children(agency: AgencyRow, args: PageArgs & { activeOn?: string | null }, { loaders }: Context) {
      const activeOn = args.activeOn ?? null;
      const page = { first: pageSize(args.first), after: args.after ?? null };
      const rows = await loaders.children.load({ parent: agency.id, args: { ...page, activeOn } });
      return connectionFromRows(rows, AGENCY_ORDER, page, () =>
        loaders.childCount.load({ parent: agency.id, args: { activeOn } }),
      );
    },
  },
  AgencyName: agencyNameResolvers,
};
