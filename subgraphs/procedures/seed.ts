import type { Knex } from 'knex';
import { type ProcedureDetails, procedureDetails } from './data/details.ts';
import { FIELDS } from './data/fields.ts';
import {
  DEFAULT_PROCEDURE_COUNT,
  DEFAULT_SEED,
  type GeneratedProcedure,
  generateProcedures,
} from './data/generate.ts';
import { LEGAL_DOCUMENTS } from './data/legalDocuments.ts';
import { seedSimplificationPlans } from './plans/seedPlans.ts';
import { PROCEDURE_PART_TABLES } from './procedureStore.ts';

export interface ProcedureSeedOptions {
  /** How many procedures; the default is the sample catalog, 6,500 is the national scale. */
  count?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 250;

type Detailed = GeneratedProcedure & { details: ProcedureDetails };

async function writeBatch(trx: Knex.Transaction, batch: Detailed[]): Promise<void> {
  const codes = batch.map((p) => p.code);
  await trx('procedures')
    .insert(
      batch.map((p) => ({
        code: p.code,
        name: p.name,
        field_code: p.fieldCode,
        levels: p.levels,
        kind: p.kind,
        subjects: p.subjects,
        keywords: p.keywords,
        status: p.status,
        effective_from: p.effectiveFrom,
        effective_to: p.effectiveTo,
        sample: p.sample,
        managing_agency_id: p.managingAgencyId,
        result_name: p.details.result.name,
        result_code: p.details.result.code,
        publication_number: p.details.publication.number,
        publication_date: p.details.publication.date,
        requirements: p.details.requirements,
      })),
    )
    .onConflict('code')
    .merge();
  // Re-seeding replaces a procedure's children rather than piling duplicates on them.
  for (const table of PROCEDURE_PART_TABLES) {
    await trx(table).whereIn('procedure_code', codes).delete();
  }
  await trx('procedure_agencies').insert(
    batch.flatMap((p) =>
      p.agencies.map((a, position) => ({
        procedure_code: p.code,
        position,
        role: a.role,
        agency_id: a.agencyId,
        agency_name: a.agencyName,
      })),
    ),
  );
  await trx('procedure_channels').insert(
    batch.flatMap((p) =>
      p.channels.map((c) => ({
        procedure_code: p.code,
        channel: c.channel,
        processing_days: c.processingDays,
        fee_vnd: c.fee,
      })),
    ),
  );
  await trx('procedure_legal_bases').insert(
    batch.flatMap((p) =>
      p.legalBases.map((number, position) => ({ procedure_code: p.code, document_number: number, position })),
    ),
  );
  await trx('procedure_steps').insert(
    batch.flatMap((p) =>
      p.details.steps.map((description, position) => ({ procedure_code: p.code, position, description })),
    ),
  );
  await trx('procedure_dossier_components').insert(
    batch.flatMap((p) =>
      p.details.dossier.map((component, position) => ({ procedure_code: p.code, position, ...component })),
    ),
  );
  const related = batch.flatMap((p) =>
    p.details.related.map((code, position) => ({ procedure_code: p.code, related_code: code, position })),
  );
  if (related.length > 0) await trx('procedure_related').insert(related);
}

/** Each procedure with its details; related procedures point to earlier ones of the same field. */
function withDetails(catalog: GeneratedProcedure[]): Detailed[] {
  const earlier = new Map<string, string[]>();
  return catalog.map((procedure) => {
    const ofField = earlier.get(procedure.fieldCode) ?? [];
    const details = procedureDetails(procedure, ofField);
    ofField.push(procedure.code);
    earlier.set(procedure.fieldCode, ofField);
    return { ...procedure, details };
  });
}

/** Writes the sample catalog (deterministic for a seed; idempotent: rows are upserted by code). */
export async function seedProcedures(knex: Knex, options: ProcedureSeedOptions = {}): Promise<void> {
  const catalog = withDetails(
    generateProcedures(options.count ?? DEFAULT_PROCEDURE_COUNT, options.seed ?? DEFAULT_SEED),
  );
  await knex.transaction(async (trx) => {
    await trx('procedure_fields')
      .insert(FIELDS.map((field) => ({ code: field.code, name: field.name })))
      .onConflict('code')
      .merge();
    await trx('legal_documents')
      .insert(
        LEGAL_DOCUMENTS.map((doc) => ({
          number: doc.number,
          title: doc.title,
          issuer: doc.issuer,
          issued_on: doc.date,
        })),
      )
      .onConflict('number')
      .merge();
    for (let i = 0; i < catalog.length; i += BATCH) {
      await writeBatch(trx, catalog.slice(i, i + BATCH));
      options.onProgress?.(Math.min(i + BATCH, catalog.length), catalog.length);
    }
    await seedSimplificationPlans(trx, catalog);
  });
}
