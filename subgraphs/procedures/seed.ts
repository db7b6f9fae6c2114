import type { Knex } from 'knex';
import { FIELDS } from './data/fields.ts';
import {
  DEFAULT_PROCEDURE_COUNT,
  DEFAULT_SEED,
  type GeneratedProcedure,
  generateProcedures,
} from './data/generate.ts';
import { LEGAL_DOCUMENTS } from './data/legalDocuments.ts';

export interface ProcedureSeedOptions {
  /** How many procedures; the default is the sample catalog, 6,500 is the national scale. */
  count?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 250;

async function writeBatch(trx: Knex.Transaction, batch: GeneratedProcedure[]): Promise<void> {
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
      })),
    )
    .onConflict('code')
    .merge();
  // Re-seeding replaces a procedure's children rather than piling duplicates on them.
  for (const table of ['procedure_agencies', 'procedure_channels', 'procedure_legal_bases']) {
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
}

/** Writes the sample catalog (deterministic for a seed; idempotent: rows are upserted by code). */
export async function seedProcedures(knex: Knex, options: ProcedureSeedOptions = {}): Promise<void> {
  const catalog = generateProcedures(options.count ?? DEFAULT_PROCEDURE_COUNT, options.seed ?? DEFAULT_SEED);
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
  });
}
