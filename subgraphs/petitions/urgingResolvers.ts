import { GraphQLError } from 'graphql';
import { recordScope, requireCovers } from '../../kit/agencyScope.ts';
import { ErrorCode } from '../../kit/errors.ts';
import { connectionFromRows, pageSize } from '../../kit/pagination.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import { clock } from './clock.ts';
import type { PetitionLoaders } from './loaders.ts';
import type { PetitionRow } from './petitionStore.ts';
import { basisOf, type WithStatsBasis } from './statsBasis.ts';
import { acknowledgeUrging, type UrgePetitionsInput, urgePetitions } from './urgingCommands.ts';
import { NO_URGINGS, type UrgingFigures } from './urgingStats.ts';
import { URGING_ORDER, type UrgingRow } from './urgingStore.ts';

type Context = SubgraphContext<PetitionLoaders>;

/** The urging as its command just wrote it. */
async function written(id: string, loaders: PetitionLoaders): Promise<UrgingRow> {
  const urging = await loaders.urging.load(id);
  if (!urging) throw new Error('the urging just written is missing');
  return urging;
}

/** Over the same petitions as the PetitionStats object: one statement per kind of parent, when asked. */
async function figuresOf(stats: WithStatsBasis<object>, loaders: PetitionLoaders): Promise<UrgingFigures> {
  const basis = basisOf(stats);
  if (basis.kind === 'field') {
    const { parent, from, to, units } = basis;
    return loaders.fieldUrgingFigures.load({ parent, args: { from, to, units } });
  }
  const { parent, from, to, units, category } = basis;
  const byCategory = await loaders.agencyUrgingFigures.load({
    parent,
    args: { from, to, units, byCategory: category !== null },
  });
  return byCategory.get(category ?? '') ?? NO_URGINGS;
}

/** Urging (đôn đốc) about overdue petitions: its commands, the Urging type and where urgings are read. */
export const urgingResolvers = {
  Mutation: {
    async urgePetitions(
      _: unknown,
      { input }: { input: UrgePetitionsInput },
      { db, identity, loaders }: Context,
    ) {
      return written(await urgePetitions(db, identity, input, clock.now()), loaders);
    },
    async acknowledgeUrging(_: unknown, { id }: { id: string }, { db, identity, loaders }: Context) {
      return written(await acknowledgeUrging(db, identity, id, clock.now()), loaders);
    },
  },
  Urging: {
    agency: (u: UrgingRow) => ({ id: u.agency_id }),
    urgedAt: (u: UrgingRow) => u.urged_at,
    urgedBy: (u: UrgingRow) => u.urged_by,
    urgedByAgency: (u: UrgingRow) => ({ id: u.urged_by_agency_id }),
    expectedBy: (u: UrgingRow) => u.expected_by,
    acknowledgedAt: (u: UrgingRow) => u.acknowledged_at,
    acknowledgedBy: (u: UrgingRow) => u.acknowledged_by,
    petitionCount: async (u: UrgingRow, _: unknown, { loaders }: Context) =>
      (await loaders.urgedPetitionIds.load(u.id)).length,
    /** Those the caller may read: a petition since transferred outside their reach is left out. */
    async petitions(u: UrgingRow, _: unknown, { loaders }: Context) {
      const ids = await loaders.urgedPetitionIds.load(u.id);
      const loaded = await loaders.petition.loadMany(ids);
      return loaded.filter((petition): petition is PetitionRow => {
        if (petition instanceof GraphQLError && petition.extensions.code === ErrorCode.FORBIDDEN)
          return false;
        if (petition instanceof Error) throw petition;
        return petition !== null;
      });
    },
  },
  Petition: {
    /** The handling data's readers only (Petition.petitioner's rule): the tracking code alone shows none. */
    async urgings(p: PetitionRow, _: unknown, { identity, loaders }: Context) {
      requireCovers(await recordScope(identity), p.handling_agency_id);
      return loaders.petitionUrgings.load(p.id);
    },
  },
  Agency: {
    async urgings(
      agency: { id: string },
      args: { acknowledged?: boolean | null; first?: number | null; after?: string | null },
      { identity, loaders }: Context,
    ) {
      const scope = await recordScope(identity);
      requireCovers(scope, agency.id);
      const acknowledged = args.acknowledged ?? null;
      const page = { first: pageSize(args.first), after: args.after ?? null };
      const rows = await loaders.agencyUrgings.load({ parent: agency.id, args: { ...page, acknowledged } });
      return connectionFromRows(rows, URGING_ORDER, page, () =>
        loaders.agencyUrgingCount.load({ parent: agency.id, args: { acknowledged } }),
      );
    },
  },
  PetitionStats: {
    urged: async (stats: WithStatsBasis<object>, _: unknown, { loaders }: Context) =>
      (await figuresOf(stats, loaders)).urged,
    resolvedAfterUrging: async (stats: WithStatsBasis<object>, _: unknown, { loaders }: Context) =>
      (await figuresOf(stats, loaders)).resolvedAfterUrging,
  },
};
