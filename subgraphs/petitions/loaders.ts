import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { recordScope, type Scope } from '../../kit/agencyScope.ts';
import { audit } from '../../kit/audit.ts';
import { forbidden } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { type AgencyScope, parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import { clock } from './clock.ts';
import { createEscalationLoaders } from './escalationLoaders.ts';
import {
  type CategoryPetitionStats,
  type CountedUnits,
  emptyCategoryStats,
  emptyStats,
  type FieldProcedures,
  type PetitionStats,
  petitionStatsByCategory,
  petitionStatsForAgencies,
  petitionStatsForFields,
  type StatsParts,
} from './petitionStats.ts';
import {
  type EventRow,
  eventsByPetitions,
  existingPetitionIds,
  inboxCounts,
  inboxPages,
  type PetitionerRow,
  type PetitionFilter,
  type PetitionRow,
  petitionCountsByProcedure,
  petitionersByIds,
  petitionsByIds,
  recordPersonalDataAccess,
} from './petitionStore.ts';
import { createUrgingLoaders } from './urgingLoaders.ts';

export type InboxArgs = PageArgs & { filter: PetitionFilter };
export interface StatsArgs {
  from: string;
  to: string;
  today: string;
  /** Part of the batch key: the same agency asked with other flags has another unit set. */
  units: 'lineage' | 'descendants' | 'predecessors' | 'self';
  /** The transfer parts asked for (transferredOut, transferredLate): the costly parts of the statement. */
  parts: StatsParts;
}
export interface FieldStatsArgs {
  from: string;
  to: string;
  today: string;
  units: CountedUnits;
  parts: StatsParts;
}
export interface RangeArgs {
  from: string | null;
  to: string | null;
  scope: Scope;
}

const notYours = () =>
  forbidden('Phản ánh, kiến nghị này thuộc cơ quan khác: tài khoản của bạn không được xem.');

/** Per request: every loader reads as this caller may read (kit/agencyScope.ts), in its SQL. */
export function createPetitionLoaders(knex: Knex, identity: Identity) {
  return {
    ...createEscalationLoaders(knex),
    /**
     * A petition by id as the caller may see it: the row, null when no petition has the id, or a FORBIDDEN
     * error when it exists outside the caller's scope. Anonymous callers get UNAUTHENTICATED.
     */
    petition: new DataLoader<string, PetitionRow | null>(async (ids) => {
      const scope = await recordScope(identity);
      const rows = await petitionsByIds(knex, scope, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      const missing = ids.filter((id) => !byId.has(id.toLowerCase()));
      const elsewhere = missing.length ? await existingPetitionIds(knex, missing) : new Set<string>();
      return ids.map(
        (id) => byId.get(id.toLowerCase()) ?? (elsewhere.has(id.toLowerCase()) ? notYours() : null),
      );
    }),
    /** The petition a command of this request just wrote: its actor was entitled to it then. */
    actedOn: rowLoader(
      (ids: readonly string[]) => petitionsByIds(knex, { kind: 'all' }, ids),
      (row: PetitionRow) => row.id,
    ),
    /** Personal data, read in the caller's record scope; access.ts personalDataView says full or masked. */
    petitioner: rowLoader(
      async (ids: readonly string[]) => petitionersByIds(knex, await recordScope(identity), ids),
      (row: PetitionerRow) => row.id,
    ),
    /** One access record per petition read, written in one statement before the data leaves. */
    personalDataRead: new DataLoader<{ petitionId: string; masked: boolean }, true, string>(
      async (reads) => {
        const at = clock.now();
        await recordPersonalDataAccess(
          knex,
          reads.map((read) => ({
            ...read,
            subject: identity.subject,
            role: identity.role,
            agencyId: identity.agencyId,
            at,
          })),
        );
        for (const masked of [false, true]) {
          const petitionIds = reads.filter((read) => read.masked === masked).map((read) => read.petitionId);
          if (petitionIds.length) {
            audit({ event: 'personal_data.read', service: 'petitions', ...identity, petitionIds, masked });
          }
        }
        return reads.map(() => true as const);
      },
      { cacheKeyFn: (read) => `${read.petitionId}:${read.masked}` },
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
      (scopes, { from, to, today, parts }) => petitionStatsForAgencies(knex, scopes, from, to, today, parts),
      emptyStats,
    ),
    statsByCategory: parentLoader<StatsArgs, CategoryPetitionStats[], AgencyScope>(
      (scopes, { from, to, today, parts }) =>
        petitionStatsByCategory(knex, scopes, { from, to, today }, parts),
      emptyCategoryStats,
    ),
    fieldStats: parentLoader<FieldStatsArgs, PetitionStats, FieldProcedures>(
      (fields, { from, to, today, units, parts }) =>
        petitionStatsForFields(knex, fields, { from, to, today }, units, parts),
      emptyStats,
    ),
    procedureCount: parentLoader<RangeArgs, number>(
      (codes, { from, to, scope }) => petitionCountsByProcedure(knex, codes, from, to, scope),
      () => 0,
    ),
    ...createUrgingLoaders(knex),
  };
}

export type PetitionLoaders = ReturnType<typeof createPetitionLoaders>;
