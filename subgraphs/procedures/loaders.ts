import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import {
  type AgencyRef,
  agenciesOfProcedures,
  type ChannelRow,
  channelsOfProcedures,
  type FieldRow,
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

/**
 * parentLoader keys parents by a string; an agency's page depends on its kind as well as its id (the kind
 * arrives through @requires), so both travel in the key.
 */
export const agencyKey = (agency: AgencyRef) => JSON.stringify([agency.id, agency.kind]);
const agencyOfKey = (key: string): AgencyRef => {
  const [id, kind] = JSON.parse(key) as [string, string];
  return { id, kind };
};

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

/** Re-keys a per-agency result from agency ids back to the loader's keys. */
async function byAgencyKey<R>(
  keys: readonly string[],
  load: (agencies: AgencyRef[]) => Promise<Map<string, R>>,
): Promise<Map<string, R>> {
  const agencies = keys.map(agencyOfKey);
  const byId = await load(agencies);
  const result = new Map<string, R>();
  keys.forEach((key, i) => {
    const value = byId.get(agencies[i].id);
    if (value !== undefined) result.set(key, value);
  });
  return result;
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
    fieldProcedures: parentLoader<PageArgs, ProcedureRow[]>(
      (fieldCodes, page) => fieldProcedurePages(knex, fieldCodes, page),
      () => [],
    ),
    fieldProcedureCount: parentLoader<Record<string, never>, number>(
      (fieldCodes) => fieldProcedureCounts(knex, fieldCodes),
      () => 0,
    ),
    agencyProcedures: parentLoader<PageArgs, ProcedureRow[]>(
      (keys, page) => byAgencyKey(keys, (agencies) => procedurePagesForAgencies(knex, agencies, page)),
      () => [],
    ),
    agencyProcedureCount: parentLoader<Record<string, never>, number>(
      (keys) => byAgencyKey(keys, (agencies) => procedureCountsForAgencies(knex, agencies)),
      () => 0,
    ),
  };
}

export type ProcedureLoaders = ReturnType<typeof createProcedureLoaders>;
