import type { GraphQLResolveInfo } from 'graphql';
import { agencyReach } from '../../kit/agencyReach.ts';
import { narrow, requireCovers, statisticsScope } from '../../kit/agencyScope.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import { badInput } from '../../kit/errors.ts';
import { selectsField } from '../../kit/selection.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import { clock } from './clock.ts';
import type { PetitionLoaders } from './loaders.ts';
import { withStatsBasis } from './statsBasis.ts';

/** A Field as the gateway sends it: its key and its procedures' codes, which only procedures knows. */
interface FieldReference {
  code: string;
  procedureCodes?: string[];
}

interface FieldStatsInput {
  from: string;
  to: string;
  agencyId?: string | null;
}

/** Field: the petition figures of a field (lĩnh vực) of administrative procedures. */
export const fieldResolvers = {
  __resolveReference: (reference: FieldReference) => reference,
  async petitionStats(
    field: FieldReference,
    args: FieldStatsInput,
    { identity, loaders }: SubgraphContext<PetitionLoaders>,
    info: GraphQLResolveInfo,
  ) {
    if (args.from > args.to)
      throw badInput(`Ngày bắt đầu (${args.from}) sau ngày kết thúc (${args.to}).`, 'from');
    const scope = await statisticsScope(identity);
    const agencyId = args.agencyId?.trim();
    if (agencyId) requireCovers(scope, agencyId);
    // One agency: with its units and the agencies it succeeded, as Agency.petitionStats counts by default.
    const units = agencyId
      ? narrow(scope, await agencyReach(agencyId))
      : scope.kind === 'all'
        ? null
        : [...scope.unitIds];
    const parent = { id: field.code, procedureCodes: field.procedureCodes ?? [] };
    const stats = await loaders.fieldStats.load({
      parent,
      args: {
        from: args.from,
        to: args.to,
        today: todayInVietnam(clock.now()),
        units,
        parts: {
          transfers: selectsField(info, 'transferredOut'),
          lateTransfers: selectsField(info, 'transferredLate'),
        },
      },
    });
    return withStatsBasis(stats, {
      kind: 'field',
      parent,
      from: args.from,
      to: args.to,
      units,
    });
  },
};
