import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { type AgencyScope, parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { Category } from './domain.ts';
import {
  agenciesByEscalations,
  type EscalationRow,
  type EscalationStep,
  escalatedForAgencies,
  escalatedForFields,
  escalationSteps,
  escalationsByIds,
  latestEscalations,
} from './escalationStore.ts';
import type { FieldProcedures } from './petitionStats.ts';

export interface EscalatedRange {
  from: string;
  to: string;
}

/**
 * Per request, one statement per batch. Escalations are read here without a scope: each resolver decides
 * first whether the caller may read what it asks for (escalationResolvers.ts).
 */
export function createEscalationLoaders(knex: Knex) {
  return {
    escalationById: rowLoader(
      (ids: readonly string[]) => escalationsByIds(knex, { kind: 'all' }, ids),
      (row: EscalationRow) => row.id,
    ),
    latestEscalation: rowLoader(
      (petitionIds: readonly string[]) => latestEscalations(knex, petitionIds),
      (row: EscalationRow) => row.petition_id,
    ),
    escalationAgencies: new DataLoader<string, string[]>(async (ids) => {
      const byEscalation = await agenciesByEscalations(knex, ids);
      return ids.map((id) => byEscalation.get(id) ?? []);
    }),
    escalationStep: rowLoader(
      (eventIds: readonly string[]) => escalationSteps(knex, eventIds),
      (row: EscalationStep) => row.event_id,
    ),
    /** PetitionStats.escalated of agencies, per category ("" for all), only when a client asks for it. */
    escalatedByAgency: parentLoader<EscalatedRange, Map<Category | '', number>, AgencyScope>(
      (scopes, { from, to }) => escalatedForAgencies(knex, scopes, from, to),
      () => new Map(),
    ),
    escalatedByField: parentLoader<
      EscalatedRange & { units: readonly string[] | null },
      number,
      FieldProcedures
    >(
      (fields, { from, to, units }) => escalatedForFields(knex, fields, from, to, units),
      () => 0,
    ),
  };
}
