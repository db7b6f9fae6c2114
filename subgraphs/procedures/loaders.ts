import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import type { PlanItemRow } from './plans/cost.ts';
import { itemsOfPlans, type PlanRow, plansByIds } from './plans/planStore.ts';
import {
  type AgencyRef,
  agenciesOfProcedures,
  type ChannelRow,
  channelsOfProcedures,
  type FieldRow,
  fieldProcedureCodes,
  fieldProcedureCounts,
  fieldProcedurePages,
  fieldsByCodes,
  type LegalBasisRow,
  legalBasesOfProcedures,
  type ProcedureAgencyRow,
  type ProcedureRow,
  procedureCountsForAgencies,
  procedurePagesForAgencies,
  proceduresByCodes,
} from './procedureStore.ts';
import {
  type ChangeRow,
  type DossierRow,
  dossierOfProcedures,
  historyCounts,
  historyPages,
  type RelatedRow,
  relatedOfProcedures,
  type StepRow,
  stepsOfProcedures,
} from './recordStore.ts';

/** Groups child rows of many procedures, loaded in one statement, back to each procedure. */
function childLoader<R extends { procedure_code: string }>(load: (codes: readonly string[]) => Promise<R[]>) {
  return new DataLoader<string, R[]>(async (codes) => {
    const byCode = new Map<string, R[]>();
    for (const row of await load(codes)) {
      const list = byCode.get(row.procedure_code) ?? [];
      list.push(row);
      byCode.set(row.procedure_code, list);
    }
    return codes.map((code) => byCode.get(code) ?? []);
  });
}

export function createProcedureLoaders(knex: Knex) {
  return {
    procedure: rowLoader(
      (codes: readonly string[]) => proceduresByCodes(knex, codes),
      (row: ProcedureRow) => row.code,
    ),
    field: rowLoader(
      (codes: readonly string[]) => fieldsByCodes(knex, codes),
      (row: FieldRow) => row.code,
    ),
    agencies: childLoader<ProcedureAgencyRow>((codes) => agenciesOfProcedures(knex, codes)),
    channels: childLoader<ChannelRow>((codes) => channelsOfProcedures(knex, codes)),
    legalBases: childLoader<LegalBasisRow>((codes) => legalBasesOfProcedures(knex, codes)),
    steps: childLoader<StepRow>((codes) => stepsOfProcedures(knex, codes)),
    dossier: childLoader<DossierRow>((codes) => dossierOfProcedures(knex, codes)),
    related: childLoader<RelatedRow>((codes) => relatedOfProcedures(knex, codes)),
    history: parentLoader<PageArgs, ChangeRow[]>(
      (codes, page) => historyPages(knex, codes, page),
      () => [],
    ),
    historyCount: parentLoader<Record<string, never>, number>(
      (codes) => historyCounts(knex, codes),
      () => 0,
    ),
    plan: rowLoader(
      (ids: readonly string[]) => plansByIds(knex, ids),
      (row: PlanRow) => String(row.id),
    ),
    planItems: new DataLoader<string, PlanItemRow[]>(async (ids) => {
      const byPlan = new Map<string, PlanItemRow[]>();
      for (const row of await itemsOfPlans(knex, ids)) {
        const list = byPlan.get(row.plan_id) ?? [];
        list.push(row);
        byPlan.set(row.plan_id, list);
      }
      return ids.map((id) => byPlan.get(id) ?? []);
    }),
    fieldProcedures: parentLoader<PageArgs, ProcedureRow[]>(
      (fieldCodes, page) => fieldProcedurePages(knex, fieldCodes, page),
      () => [],
    ),
    fieldProcedureCodes: parentLoader<Record<string, never>, string[]>(
      (fieldCodes) => fieldProcedureCodes(knex, fieldCodes),
      () => [],
    ),
    fieldProcedureCount: parentLoader<Record<string, never>, number>(
      (fieldCodes) => fieldProcedureCounts(knex, fieldCodes),
      () => 0,
    ),
    agencyProcedures: parentLoader<PageArgs, ProcedureRow[], AgencyRef>(
      (agencies, page) => procedurePagesForAgencies(knex, agencies, page),
      () => [],
    ),
    agencyProcedureCount: parentLoader<Record<string, never>, number, AgencyRef>(
      (agencies) => procedureCountsForAgencies(knex, agencies),
      () => 0,
    ),
  };
}

export type ProcedureLoaders = ReturnType<typeof createProcedureLoaders>;
