import type { SubgraphContext } from '../../kit/subgraph.ts';
import type { AgencyRow } from './agencyStore.ts';
import type { AgencyLoaders } from './loaders.ts';
import type { AgencyNameRow, MatchedName } from './nameStore.ts';

type Context = SubgraphContext<AgencyLoaders>;

const covers = (period: AgencyNameRow, day: string) =>
  (period.valid_from === null || period.valid_from <= day) &&
  (period.valid_to === null || period.valid_to >= day);

/** Agency fields about its names over time (agency_names). */
export const agencyNameFields = {
  async nameOn(agency: AgencyRow, { date }: { date: string }, { loaders }: Context) {
    const names = await loaders.names.load(agency.id);
    return names.find((period) => covers(period, date))?.name ?? null;
  },
  async formerNames(agency: AgencyRow, _: unknown, { loaders }: Context) {
    const names = await loaders.names.load(agency.id);
    return names.slice(0, -1);
  },
  matchedName: (agency: AgencyRow) => agency.matched_name ?? null,
};

export const agencyNameResolvers = {
  shortName: (name: MatchedName) => name.short_name,
  validFrom: (name: MatchedName) => name.valid_from,
  validTo: (name: MatchedName) => name.valid_to,
};
