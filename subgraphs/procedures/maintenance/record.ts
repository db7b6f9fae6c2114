import type { Knex } from 'knex';
import { toDateString } from '../../../kit/dates.ts';
import { PROCEDURE_PART_TABLES } from '../procedureStore.ts';

/**
 * A procedure record as one plain object: what maintenance validates, writes, and keeps as the before/after
 * snapshot of its history. Field names follow the GraphQL inputs.
 */
export interface ProcedureRecord {
  code: string;
  name: string;
  fieldCode: string;
  levels: string[];
  kind: string;
  subjects: string[];
  ministryId: string;
  agencies: { role: string; name: string; agencyId: string | null }[];
  channels: { channel: string; processingDays: number; fee: number }[];
  steps: string[];
  dossierComponents: { document: string; form: string | null; quantity: number }[];
  requirements: string[];
  result: { name: string; code: string };
  legalBases: { number: string; title: string; issuer: string; date: string }[];
  publicationDecision: { number: string; date: string };
  relatedCodes: string[];
  keywords: string[];
  status: 'IN_EFFECT' | 'AMENDED' | 'ABOLISHED';
  effectiveFrom: string;
  effectiveTo: string | null;
  sample: boolean;
}

const day = (value: string | Date): string => toDateString(value) as string;

/** The whole record as stored, or null (one statement per part: commands are rare; reads use loaders). */
export async function readRecord(knex: Knex, code: string): Promise<ProcedureRecord | null> {
  const row = await knex('procedures').where('code', code).first();
  if (!row) return null;
  // One after another: inside a transaction the pg driver has one connection and refuses overlapping queries.
  const agencies = await knex('procedure_agencies').where('procedure_code', code).orderBy('position');
  const channels = await knex('procedure_channels')
    .where('procedure_code', code)
    .orderByRaw(`array_position(array['ONLINE', 'POST', 'IN_PERSON']::text[], channel)`);
  const legalBases = await knex('procedure_legal_bases as b')
    .join('legal_documents as d', 'd.number', 'b.document_number')
    .where('b.procedure_code', code)
    .orderBy('b.position')
    .select('d.number', 'd.title', 'd.issuer', 'd.issued_on');
  const steps = await knex('procedure_steps').where('procedure_code', code).orderBy('position');
  const dossier = await knex('procedure_dossier_components')
    .where('procedure_code', code)
    .orderBy('position');
  const related = await knex('procedure_related').where('procedure_code', code).orderBy('position');
  return {
    code: row.code,
    name: row.name,
    fieldCode: row.field_code,
    levels: row.levels,
    kind: row.kind,
    subjects: row.subjects,
    ministryId: row.managing_agency_id,
    agencies: agencies.map((a) => ({ role: a.role, name: a.agency_name, agencyId: a.agency_id })),
    channels: channels.map((c) => ({
      channel: c.channel,
      processingDays: c.processing_days,
      fee: Number(c.fee_vnd),
    })),
    steps: steps.map((s) => s.description),
    dossierComponents: dossier.map((d) => ({ document: d.document, form: d.form, quantity: d.quantity })),
    requirements: row.requirements,
    result: { name: row.result_name, code: row.result_code },
    legalBases: legalBases.map((b) => ({
      number: b.number,
      title: b.title,
      issuer: b.issuer,
      date: day(b.issued_on),
    })),
    publicationDecision: { number: row.publication_number, date: day(row.publication_date) },
    relatedCodes: related.map((r) => r.related_code),
    keywords: row.keywords,
    status: row.status,
    effectiveFrom: day(row.effective_from),
    effectiveTo: row.effective_to ? day(row.effective_to) : null,
    sample: row.sample,
  };
}

/** Stores a validated record: the row upserted, its parts replaced. Runs inside the command's transaction. */
export async function writeRecord(trx: Knex.Transaction, record: ProcedureRecord): Promise<void> {
  await trx('procedures')
    .insert({
      code: record.code,
      name: record.name,
      field_code: record.fieldCode,
      levels: record.levels,
      kind: record.kind,
      subjects: record.subjects,
      keywords: record.keywords,
      status: record.status,
      effective_from: record.effectiveFrom,
      effective_to: record.effectiveTo,
      sample: record.sample,
      managing_agency_id: record.ministryId,
      result_name: record.result.name,
      result_code: record.result.code,
      publication_number: record.publicationDecision.number,
      publication_date: record.publicationDecision.date,
      requirements: record.requirements,
      updated_at: trx.fn.now(),
    })
    .onConflict('code')
    .merge();
  const code = record.code;
  for (const table of PROCEDURE_PART_TABLES) {
    await trx(table).where('procedure_code', code).delete();
  }
  // A cited document already in the register keeps its registered title (documents are shared).
  await trx('legal_documents')
    .insert(
      record.legalBases.map((b) => ({
        number: b.number,
        title: b.title,
        issuer: b.issuer,
        issued_on: b.date,
      })),
    )
    .onConflict('number')
    .ignore();
  await trx('procedure_agencies').insert(
    record.agencies.map((a, position) => ({
      procedure_code: code,
      position,
      role: a.role,
      agency_id: a.agencyId,
      agency_name: a.name,
    })),
  );
  await trx('procedure_channels').insert(
    record.channels.map((c) => ({
      procedure_code: code,
      channel: c.channel,
      processing_days: c.processingDays,
      fee_vnd: c.fee,
    })),
  );
  await trx('procedure_legal_bases').insert(
    record.legalBases.map((b, position) => ({ procedure_code: code, document_number: b.number, position })),
  );
  await trx('procedure_steps').insert(
    record.steps.map((description, position) => ({ procedure_code: code, position, description })),
  );
  await trx('procedure_dossier_components').insert(
    record.dossierComponents.map((d, position) => ({ procedure_code: code, position, ...d })),
  );
  if (record.relatedCodes.length > 0) {
    await trx('procedure_related').insert(
      record.relatedCodes.map((related, position) => ({
        procedure_code: code,
        related_code: related,
        position,
      })),
    );
  }
}

/** Top-level parts that differ between two snapshots, alphabetically (jsonb does not keep key order). */
export function changedParts(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  return Object.keys(after)
    .filter((key) => before === null || JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .sort();
}
