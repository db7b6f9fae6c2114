import type { Knex } from 'knex';
import { parseDate } from '../../../kit/dates.ts';
import { badInput, notFound } from '../../../kit/errors.ts';
import type { Identity } from '../../../kit/identity.ts';
import { PROCEDURE_CODE_PATTERN, type ProcedureRow, proceduresByCodes } from '../procedureStore.ts';
import { invalidTransition, requireOfficerOf } from './access.ts';
import { type ProcedureRecord, readRecord, writeRecord } from './record.ts';
import { validateRecord } from './validate.ts';

type Parts = Omit<ProcedureRecord, 'code' | 'ministryId' | 'status' | 'effectiveTo' | 'sample'>;
export type NewProcedureInput = Omit<Parts, 'requirements' | 'relatedCodes' | 'keywords'> & {
  code: string;
  ministryId: string;
  requirements?: string[] | null;
  relatedCodes?: string[] | null;
  keywords?: string[] | null;
  reason?: string | null;
};
export type AmendmentInput = { [K in keyof Parts]?: Parts[K] | null } & {
  effectiveFrom: string;
  reason: string;
};

const trim = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Inputs arrive with stray spaces; the record keeps them tidy (and "  " becomes empty, hence refused). */
function tidy(record: ProcedureRecord): ProcedureRecord {
  return {
    ...record,
    code: record.code.trim(),
    name: trim(record.name),
    subjects: record.subjects.map(trim),
    agencies: record.agencies.map((a) => ({ ...a, name: trim(a.name), agencyId: a.agencyId ?? null })),
    steps: record.steps.map((s) => s.trim()),
    dossierComponents: record.dossierComponents.map((d) => ({
      document: trim(d.document),
      form: d.form?.trim() || null,
      quantity: d.quantity,
    })),
    requirements: record.requirements.map((r) => r.trim()),
    result: { name: trim(record.result.name), code: record.result.code.trim() },
    legalBases: record.legalBases.map((b) => ({
      number: b.number.trim(),
      title: trim(b.title),
      issuer: trim(b.issuer),
      date: parseDate(b.date, 'legalBases.date'),
    })),
    publicationDecision: {
      number: record.publicationDecision.number.trim(),
      date: parseDate(record.publicationDecision.date, 'publicationDecision.date'),
    },
    relatedCodes: record.relatedCodes.map((c) => c.trim()),
    keywords: record.keywords.map(trim),
  };
}

async function recordChange(
  trx: Knex.Transaction,
  who: { subject: string; agencyId: string },
  action: 'CREATED' | 'AMENDED' | 'ABOLISHED',
  before: ProcedureRecord | null,
  after: ProcedureRecord,
  effectiveOn: string,
  reason: string | null,
): Promise<void> {
  await trx('procedure_changes').insert({
    procedure_code: after.code,
    action,
    changed_by: who.subject,
    agency_id: who.agencyId,
    effective_on: effectiveOn,
    reason,
    // Serialised here: both drivers then store the same jsonb (pg would turn a JS array into text[]).
    before: before ? trx.raw('?::jsonb', [JSON.stringify(before)]) : null,
    after: trx.raw('?::jsonb', [JSON.stringify(after)]),
  });
}

async function reread(knex: Knex, code: string): Promise<ProcedureRow> {
  const [row] = await proceduresByCodes(knex, [code]);
  return row;
}

function checkCode(code: string): string {
  const trimmed = code.trim();
  if (!PROCEDURE_CODE_PATTERN.test(trimmed))
    throw badInput(`Mã thủ tục "${code}" không hợp lệ: cần dạng d.dddddd (ví dụ 1.001193).`, 'code');
  return trimmed;
}

/** The managed record, after checking who asks: unknown → NOT_FOUND, another ministry's → FORBIDDEN. */
async function managedRecord(trx: Knex.Transaction, code: string, identity: Identity) {
  const before = await readRecord(trx, code);
  if (!before) throw notFound(`Không tìm thấy thủ tục hành chính mã "${code}".`, 'code');
  const who = requireOfficerOf(identity, before.ministryId);
  return { before, who };
}

export async function createProcedure(
  knex: Knex,
  identity: Identity,
  input: NewProcedureInput,
): Promise<ProcedureRow> {
  const who = requireOfficerOf(identity, input.ministryId);
  const record = tidy({
    ...input,
    requirements: input.requirements ?? [],
    relatedCodes: input.relatedCodes ?? [],
    keywords: input.keywords ?? [],
    status: 'IN_EFFECT',
    effectiveFrom: parseDate(input.effectiveFrom, 'effectiveFrom'),
    effectiveTo: null,
    sample: false,
  });
  delete (record as Partial<NewProcedureInput>).reason;
  await knex.transaction(async (trx) => {
    const taken = PROCEDURE_CODE_PATTERN.test(record.code)
      ? await trx('procedures').where('code', record.code).first('code')
      : undefined;
    if (taken) throw badInput(`Mã thủ tục "${record.code}" đã được sử dụng.`, 'code');
    await validateRecord(trx, record, 'create');
    await writeRecord(trx, record);
    await recordChange(trx, who, 'CREATED', null, record, record.effectiveFrom, input.reason?.trim() || null);
  });
  return reread(knex, record.code);
}

export async function amendProcedure(
  knex: Knex,
  identity: Identity,
  rawCode: string,
  input: AmendmentInput,
): Promise<ProcedureRow> {
  const code = checkCode(rawCode);
  const effectiveFrom = parseDate(input.effectiveFrom, 'effectiveFrom');
  if (!input.reason?.trim()) throw badInput('Cần nêu lý do sửa đổi.', 'reason');
  await knex.transaction(async (trx) => {
    const { before, who } = await managedRecord(trx, code, identity);
    if (before.status === 'ABOLISHED')
      throw invalidTransition(`Thủ tục "${code}" đã bị bãi bỏ, không sửa đổi được.`);
    if (effectiveFrom < before.effectiveFrom)
      throw badInput('Ngày hiệu lực của sửa đổi không được trước ngày hiệu lực hiện tại.', 'effectiveFrom');
    const { reason, effectiveFrom: _, ...parts } = input;
    const given = Object.fromEntries(Object.entries(parts).filter(([, value]) => value != null));
    const after = tidy({ ...before, ...given, status: 'AMENDED', effectiveFrom } as ProcedureRecord);
    await validateRecord(trx, after, 'amend');
    await writeRecord(trx, after);
    await recordChange(trx, who, 'AMENDED', before, after, effectiveFrom, reason.trim());
  });
  return reread(knex, code);
}

export async function abolishProcedure(
  knex: Knex,
  identity: Identity,
  rawCode: string,
  rawEffectiveTo: string,
  reason: string,
): Promise<ProcedureRow> {
  const code = checkCode(rawCode);
  const effectiveTo = parseDate(rawEffectiveTo, 'effectiveTo');
  if (!reason.trim()) throw badInput('Cần nêu lý do bãi bỏ.', 'reason');
  await knex.transaction(async (trx) => {
    const { before, who } = await managedRecord(trx, code, identity);
    if (before.status === 'ABOLISHED') throw invalidTransition(`Thủ tục "${code}" đã bị bãi bỏ từ trước.`);
    if (effectiveTo < before.effectiveFrom)
      throw badInput('Ngày hết hiệu lực không được trước ngày có hiệu lực.', 'effectiveTo');
    const after: ProcedureRecord = { ...before, status: 'ABOLISHED', effectiveTo };
    // Only the status and the last day change: the record's parts stay for those who look it up later.
    await trx('procedures')
      .where('code', code)
      .update({ status: 'ABOLISHED', effective_to: effectiveTo, updated_at: trx.fn.now() });
    await recordChange(trx, who, 'ABOLISHED', before, after, effectiveTo, reason.trim());
  });
  return reread(knex, code);
}
