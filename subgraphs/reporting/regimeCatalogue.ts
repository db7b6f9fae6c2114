import type { Knex } from 'knex';
import { agencyDirectory } from '../../kit/agencyDirectory.ts';
import { addDays, toDateString } from '../../kit/dates.ts';
import { badInput, notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { reportingClock } from './clock.ts';
import { cutOffRuleOf } from './data/regimeContents.ts';
import { requireRole } from './errors.ts';
import type { Frequency } from './periods.ts';
import {
  type FieldChange,
  insertChange,
  putVersion,
  type VersionRow,
  versionedRegime,
  versionsOf,
} from './regimeHistoryStore.ts';
import { opensWindow, versionedSchedule } from './regimeSchedule.ts';
import { indicatorsOf, type RegimeRow, regimesByCodes } from './regimeStore.ts';

/**
 * The regime catalogue's commands (Decree 09/2019 Art. 27–28: regimes are issued, amended, abolished or
 * merged), for the central office. Each change applies from a day not in the past and is recorded in the
 * regime's history; implementing a simplification plan goes through the same functions with the plan named.
 * A period keeps the version in force on its cut-off start, so obligations of periods opened before the
 * change never move.
 */
export interface IndicatorInput {
  code: string;
  name: string;
  unit?: string | null;
  dataType: string;
  required?: boolean | null;
  disaggregation?: string[] | null;
}

export interface NewRegimeInput {
  code: string;
  name: string;
  content: string;
  frequency: Frequency;
  reportingSubjects: string[];
  subjectNote?: string | null;
  subjectAgencyIds?: string[] | null;
  receivingAgencyId: string;
  issuingAgencyId: string;
  sendingMethods: string[];
  deadlineWorkingDays: number;
  legalBasis: string;
  dataCutOffRule: string;
  outlineTemplate: string;
  effectiveFrom: string;
  indicators: IndicatorInput[];
}

export interface AmendmentInput {
  effectiveFrom: string;
  reason: string;
  frequency?: Frequency | null;
  sendingMethods?: string[] | null;
  deadlineWorkingDays?: number | null;
  addIndicators?: IndicatorInput[] | null;
  removeIndicators?: string[] | null;
}

/** Who makes a change, and the plan it implements (null for a catalogue command). */
export interface Author {
  identity: Identity;
  planId: number | null;
}

const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

function text(value: string | null | undefined, field: string, what: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw badInput(`Cần ${what}.`, field);
  return trimmed;
}

function notInPast(day: string, field = 'effectiveFrom'): string {
  const today = reportingClock.today();
  if (day < today) throw badInput(`Ngày có hiệu lực (${day}) không được trước hôm nay (${today}).`, field);
  return day;
}

function deadline(days: number, field: string): number {
  if (!Number.isInteger(days) || days < 0 || days > 60)
    throw badInput('Thời hạn gửi báo cáo phải từ 0 đến 60 ngày làm việc.', field);
  return days;
}

function methods(list: readonly string[], field: string): string[] {
  const unique = [...new Set(list)];
  if (unique.length === 0) throw badInput('Cần ít nhất một phương thức gửi, nhận báo cáo.', field);
  return unique;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** The regime row, locked until the transaction ends: changes to one regime run one after the other. */
async function lockedRegimes(trx: Knex.Transaction, codes: string[]): Promise<Map<string, RegimeRow>> {
  await trx('reporting_regimes').select('code').whereIn('code', codes).orderBy('code').forUpdate();
  const rows = await regimesByCodes(trx, codes);
  return new Map(rows.map((row) => [row.code, row]));
}

async function regimeInForce(trx: Knex.Transaction, code: string, field = 'code'): Promise<RegimeRow> {
  const regime = (await lockedRegimes(trx, [code])).get(code);
  if (!regime) throw notFound(`Không tìm thấy chế độ báo cáo "${code}".`, field);
  return requireInForce(regime, field);
}

function requireInForce(regime: RegimeRow, field: string): RegimeRow {
  if (regime.status !== 'ACTIVE' || regime.effective_to !== null) {
    throw badInput(
      `Chế độ báo cáo "${regime.code}" đã bãi bỏ, được gộp hoặc đã định ngày hết hiệu lực.`,
      field,
    );
  }
  return regime;
}

function checkIndicators(inputs: readonly IndicatorInput[], taken: Set<string>, field: string) {
  return inputs.map((input, i) => {
    const code = text(input.code, `${field}[${i}].code`, 'mã chỉ tiêu');
    if (taken.has(code)) throw badInput(`Mã chỉ tiêu "${code}" đã được dùng.`, `${field}[${i}].code`);
    taken.add(code);
    return {
      code,
      name: text(input.name, `${field}[${i}].name`, 'tên chỉ tiêu'),
      unit: input.unit?.trim() || null,
      data_type: input.dataType,
      required: input.required ?? true,
      disaggregation: input.disaggregation ?? [],
    };
  });
}

/**
 * Obligations already planned for periods opening on or after `from` that the regime as changed no longer
 * owes are removed, and due dates follow a changed deadline; a period with a report is never touched.
 */
async function reconcileObligations(trx: Knex.Transaction, code: string, from: string): Promise<void> {
  const candidates: { id: number; period_label: string; period_end: string; due_date: string }[] = await trx(
    'reporting_obligations as o',
  )
    .select(
      'o.id',
      'o.period_label',
      trx.raw('o.period_end::text as period_end'),
      trx.raw('o.due_date::text as due_date'),
    )
    .where('o.regime_code', code)
    .where('o.period_start', '>=', from)
    .whereNotExists(
      trx('reporting_submissions as s').select(trx.raw('1')).whereRaw('s.obligation_id = o.id'),
    );
  if (candidates.length === 0) return;
  const [regime] = await regimesByCodes(trx, [code]);
  const versions = await versionsOf(trx, [code]);
  const last = candidates
    .map((row) => row.period_end)
    .sort()
    .at(-1) as string;
  const owed = new Map(
    versionedSchedule(versionedRegime(regime, versions), from, last).map((period) => [
      period.label,
      period.dueDate,
    ]),
  );
  const gone = candidates.filter((row) => !owed.has(row.period_label)).map((row) => row.id);
  if (gone.length > 0) await trx('reporting_obligations').whereIn('id', gone).delete();
  for (const row of candidates) {
    const due = owed.get(row.period_label);
    if (due && due !== row.due_date)
      await trx('reporting_obligations').where('id', row.id).update({ due_date: due });
  }
}

function record(
  trx: Knex.Transaction,
  author: Author,
  regimeCode: string,
  kind: 'CREATED' | 'AMENDED' | 'ABOLISHED' | 'MERGED',
  effectiveFrom: string,
  reason: string,
  changes: FieldChange[],
) {
  return insertChange(trx, {
    regime_code: regimeCode,
    by_subject: author.identity.subject ?? null,
    by_agency_id: author.identity.agencyId ?? null,
    kind,
    effective_from: effectiveFrom,
    reason,
    plan_id: author.planId,
    changes,
  });
}

export async function createRegimeIn(
  trx: Knex.Transaction,
  author: Author,
  input: NewRegimeInput,
): Promise<string> {
  const code = input.code.trim();
  if (!CODE_PATTERN.test(code))
    throw badInput('Mã chế độ báo cáo gồm chữ in hoa, chữ số và dấu gạch ngang (2–40 ký tự).', 'input.code');
  if ((await regimesByCodes(trx, [code])).length > 0)
    throw badInput(`Đã có chế độ báo cáo mã "${code}".`, 'input.code');
  const effectiveFrom = notInPast(input.effectiveFrom, 'input.effectiveFrom');
  const subjects = [...new Set(input.reportingSubjects)];
  if (subjects.length === 0)
    throw badInput('Cần ít nhất một loại cơ quan báo cáo.', 'input.reportingSubjects');
  if (input.indicators.length === 0) throw badInput('Cần ít nhất một chỉ tiêu.', 'input.indicators');
  const indicators = checkIndicators(input.indicators, new Set(), 'input.indicators');
  const row = {
    code,
    name: text(input.name, 'input.name', 'tên chế độ báo cáo'),
    content: text(input.content, 'input.content', 'nội dung báo cáo'),
    frequency: input.frequency,
    reporting_subjects: subjects,
    subject_note: input.subjectNote?.trim() || null,
    subject_agency_ids: [...new Set(input.subjectAgencyIds ?? [])],
    receiving_agency_id: input.receivingAgencyId,
    issuing_agency_id: input.issuingAgencyId,
    sending_methods: methods(input.sendingMethods, 'input.sendingMethods'),
    deadline_working_days: deadline(input.deadlineWorkingDays, 'input.deadlineWorkingDays'),
    legal_basis: text(input.legalBasis, 'input.legalBasis', 'căn cứ pháp lý'),
    data_cut_off_rule: text(input.dataCutOffRule, 'input.dataCutOffRule', 'thời gian chốt số liệu'),
    outline_template: text(input.outlineTemplate, 'input.outlineTemplate', 'đề cương báo cáo'),
    status: 'ACTIVE',
    effective_from: effectiveFrom,
  };
  await trx('reporting_regimes').insert(row);
  await trx('reporting_indicators').insert(
    indicators.map((indicator, i) => ({ ...indicator, regime_code: code, position: i + 1 })),
  );
  await putVersion(trx, {
    regime_code: code,
    effective_from: effectiveFrom,
    frequency: row.frequency,
    sending_methods: row.sending_methods,
    deadline_working_days: row.deadline_working_days,
  });
  await record(trx, author, code, 'CREATED', effectiveFrom, row.legal_basis, []);
  return code;
}

/** The schedule's part of an amendment (frequency, sending methods, deadline): the next version and its changes. */
function scheduleAmendment(latest: VersionRow, from: string, input: AmendmentInput) {
  const next: VersionRow = { ...latest, effective_from: from };
  const changes: FieldChange[] = [];
  if (input.frequency && input.frequency !== latest.frequency) {
    if (!opensWindow(latest.frequency, from) || !opensWindow(input.frequency, from)) {
      throw badInput(
        `Tần suất chỉ đổi từ ngày bắt đầu chốt số liệu của cả kỳ ${latest.frequency} và kỳ ${input.frequency} (ngày 15, ví dụ 15/12 cho kỳ năm): ${from} không phải.`,
        'input.effectiveFrom',
      );
    }
    changes.push({ field: 'frequency', before: latest.frequency, after: input.frequency });
    next.frequency = input.frequency;
  }
  if (input.sendingMethods) {
    const after = methods(input.sendingMethods, 'input.sendingMethods');
    if (!sameSet(after, latest.sending_methods)) {
      changes.push({
        field: 'sendingMethods',
        before: latest.sending_methods.join(', '),
        after: after.join(', '),
      });
      next.sending_methods = after;
    }
  }
  if (input.deadlineWorkingDays != null && input.deadlineWorkingDays !== latest.deadline_working_days) {
    const after = deadline(input.deadlineWorkingDays, 'input.deadlineWorkingDays');
    changes.push({
      field: 'deadlineWorkingDays',
      before: String(latest.deadline_working_days),
      after: String(after),
    });
    next.deadline_working_days = after;
  }
  return { next, changes };
}

/** The indicators' part of an amendment: those removed and added, checked against the regime's indicators. */
async function indicatorAmendment(trx: Knex.Transaction, code: string, input: AmendmentInput) {
  const all = await indicatorsOf(trx, [code]);
  const current = all
    .filter((indicator) => indicator.removed_from === null)
    .map((indicator) => indicator.code);
  const removed = [...new Set(input.removeIndicators ?? [])];
  for (const [i, removedCode] of removed.entries()) {
    if (!current.includes(removedCode))
      throw badInput(`Chế độ báo cáo không có chỉ tiêu "${removedCode}".`, `input.removeIndicators[${i}]`);
  }
  const added = checkIndicators(
    input.addIndicators ?? [],
    new Set(all.map((i) => i.code)),
    'input.addIndicators',
  );
  const remaining = [
    ...current.filter((c) => !removed.includes(c)),
    ...added.map((indicator) => indicator.code),
  ];
  if (remaining.length === 0)
    throw badInput('Chế độ báo cáo cần còn ít nhất một chỉ tiêu.', 'input.removeIndicators');
  const change: FieldChange | null =
    removed.length > 0 || added.length > 0
      ? { field: 'indicators', before: current.join(', '), after: remaining.join(', ') }
      : null;
  const top = all.reduce((max, indicator) => Math.max(max, Number(indicator.position)), 0);
  return { removed, added, change, top };
}

/** Writes the indicators removed and added from `from` on, after the last position in use (`top`). */
async function writeIndicatorAmendment(
  trx: Knex.Transaction,
  code: string,
  from: string,
  { removed, added, top }: Awaited<ReturnType<typeof indicatorAmendment>>,
): Promise<void> {
  if (removed.length > 0) {
    // One added from this very day never applied: it is dropped rather than kept with an empty span.
    await trx('reporting_indicators')
      .where({ regime_code: code, added_from: from })
      .whereIn('code', removed)
      .delete();
    await trx('reporting_indicators')
      .where('regime_code', code)
      .whereIn('code', removed)
      .update({ removed_from: from });
  }
  if (added.length > 0) {
    await trx('reporting_indicators').insert(
      added.map((indicator, i) => ({
        ...indicator,
        regime_code: code,
        position: top + i + 1,
        added_from: from,
      })),
    );
  }
}

export async function amendRegimeIn(
  trx: Knex.Transaction,
  author: Author,
  code: string,
  input: AmendmentInput,
): Promise<void> {
  const regime = await regimeInForce(trx, code);
  const from = notInPast(input.effectiveFrom, 'input.effectiveFrom');
  const reason = text(input.reason, 'input.reason', 'lý do sửa đổi');
  const versions = await versionsOf(trx, [code]);
  const latest = versions.at(-1) as VersionRow;
  if (from < latest.effective_from) {
    throw badInput(
      `Chế độ báo cáo đã có thay đổi từ ${latest.effective_from}: chỉ sửa đổi từ ngày đó trở đi.`,
      'input.effectiveFrom',
    );
  }
  const { next, changes } = scheduleAmendment(latest, from, input);
  const indicators = await indicatorAmendment(trx, code, input);
  if (indicators.change) changes.push(indicators.change);
  if (changes.length === 0) throw badInput('Không có thay đổi nào so với chế độ báo cáo hiện hành.', 'input');

  // Every amendment is a version, so that versions also show when the indicators changed.
  await putVersion(trx, next);
  if (changes.some((change) => change.field !== 'indicators')) {
    await trx('reporting_regimes')
      .where('code', code)
      .update({
        frequency: next.frequency,
        sending_methods: next.sending_methods,
        deadline_working_days: next.deadline_working_days,
        // The stated cut-off rule is the frequency's (Decree 09 Art. 12).
        data_cut_off_rule:
          next.frequency === latest.frequency ? regime.data_cut_off_rule : cutOffRuleOf(next.frequency),
        updated_at: trx.fn.now(),
      });
  }
  await writeIndicatorAmendment(trx, code, from, indicators);
  await reconcileObligations(trx, code, from);
  await record(trx, author, code, 'AMENDED', from, reason, changes);
}

function endingDay(regime: RegimeRow, from: string): string {
  notInPast(from);
  if (from <= (toDateString(regime.effective_from) as string))
    throw badInput('Ngày hết hiệu lực phải sau ngày chế độ báo cáo có hiệu lực.', 'effectiveFrom');
  return addDays(from, -1);
}

export async function abolishRegimeIn(
  trx: Knex.Transaction,
  author: Author,
  code: string,
  from: string,
  reason: string,
): Promise<void> {
  const regime = await regimeInForce(trx, code);
  const why = text(reason, 'reason', 'lý do bãi bỏ');
  const to = endingDay(regime, from);
  await trx('reporting_regimes')
    .where('code', code)
    .update({ status: 'ABOLISHED', effective_to: to, updated_at: trx.fn.now() });
  await reconcileObligations(trx, code, from);
  await record(trx, author, code, 'ABOLISHED', from, why, [
    { field: 'status', before: regime.status, after: 'ABOLISHED' },
    { field: 'effectiveTo', before: null, after: to },
  ]);
}

/**
 * A merged regime ends the day before `from` as SUPERSEDED, with mergedInto naming the regime whose reports
 * carry its content from then on; that regime must itself be in force.
 */
export async function mergeRegimeIn(
  trx: Knex.Transaction,
  author: Author,
  code: string,
  intoCode: string,
  from: string,
  reason: string,
): Promise<void> {
  if (intoCode === code) throw badInput('Không thể gộp chế độ báo cáo vào chính nó.', 'intoCode');
  const locked = await lockedRegimes(trx, [code, intoCode]);
  const regime = locked.get(code);
  if (!regime) throw notFound(`Không tìm thấy chế độ báo cáo "${code}".`, 'code');
  const target = locked.get(intoCode);
  if (!target) throw notFound(`Không tìm thấy chế độ báo cáo "${intoCode}".`, 'intoCode');
  requireInForce(regime, 'code');
  requireInForce(target, 'intoCode');
  const why = text(reason, 'reason', 'lý do gộp');
  const to = endingDay(regime, from);
  await trx('reporting_regimes')
    .where('code', code)
    .update({ status: 'SUPERSEDED', effective_to: to, merged_into_code: intoCode, updated_at: trx.fn.now() });
  await reconcileObligations(trx, code, from);
  await record(trx, author, code, 'MERGED', from, why, [
    { field: 'status', before: regime.status, after: 'SUPERSEDED' },
    { field: 'effectiveTo', before: null, after: to },
    { field: 'mergedInto', before: null, after: intoCode },
  ]);
}

/** The agencies a new regime names must exist in the agencies subgraph's directory. */
async function checkAgencies(input: NewRegimeInput): Promise<void> {
  const known = new Set((await agencyDirectory()).map((agency) => agency.id));
  const named: [string, string][] = [
    [input.receivingAgencyId, 'input.receivingAgencyId'],
    [input.issuingAgencyId, 'input.issuingAgencyId'],
    ...(input.subjectAgencyIds ?? []).map((id, i): [string, string] => [id, `input.subjectAgencyIds[${i}]`]),
  ];
  for (const [id, field] of named) if (!known.has(id)) throw badInput(`Không có cơ quan "${id}".`, field);
}

const central = (identity: Identity): Author => {
  requireRole(identity, ['CENTRAL_OFFICE']);
  return { identity, planId: null };
};

async function reread(db: Knex, code: string): Promise<RegimeRow> {
  const [row] = await regimesByCodes(db, [code]);
  return row;
}

export async function createRegime(db: Knex, identity: Identity, input: NewRegimeInput): Promise<RegimeRow> {
  const author = central(identity);
  await checkAgencies(input);
  const code = await db.transaction((trx) => createRegimeIn(trx, author, input));
  return reread(db, code);
}

export async function amendRegime(db: Knex, identity: Identity, code: string, input: AmendmentInput) {
  const author = central(identity);
  await db.transaction((trx) => amendRegimeIn(trx, author, code, input));
  return reread(db, code);
}

export async function abolishRegime(
  db: Knex,
  identity: Identity,
  code: string,
  from: string,
  reason: string,
) {
  const author = central(identity);
  await db.transaction((trx) => abolishRegimeIn(trx, author, code, from, reason));
  return reread(db, code);
}

export async function mergeRegime(
  db: Knex,
  identity: Identity,
  args: { code: string; intoCode: string; effectiveFrom: string; reason: string },
) {
  const author = central(identity);
  await db.transaction((trx) =>
    mergeRegimeIn(trx, author, args.code, args.intoCode, args.effectiveFrom, args.reason),
  );
  return reread(db, args.code);
}
