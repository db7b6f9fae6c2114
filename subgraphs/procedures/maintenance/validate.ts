import type { Knex } from 'knex';
import { agencyDirectory, existsOn } from '../../../kit/agencyDirectory.ts';
import { badInput } from '../../../kit/errors.ts';
import { PROCEDURE_CODE_PATTERN } from '../procedureStore.ts';
import type { ProcedureRecord } from './record.ts';

/** The two-tier local government starts: no record in effect from this day may have a DISTRICT level. */
export const TWO_TIER_START = '2025-07-01';
const CENTRAL_KINDS = new Set(['MINISTRY', 'MINISTERIAL_AGENCY', 'GOVERNMENT_AGENCY']);

const blank = (text: string | null | undefined) => !text || text.trim() === '';

function requireText(value: string | null | undefined, field: string, what: string): void {
  if (blank(value)) throw badInput(`${what} không được để trống.`, field);
}

function requireList<T>(list: readonly T[], field: string, what: string): void {
  if (list.length === 0) throw badInput(`Cần ít nhất một ${what}.`, field);
}

/**
 * The record rules (Decree 63/2010/NĐ-CP, Art. 8, and the 2025 two-tier levels). Throws BAD_USER_INPUT
 * naming the first offending field (`extensions.field`, e.g. `channels[1].fee`).
 */
export async function validateRecord(
  knex: Knex,
  record: ProcedureRecord,
  mode: 'create' | 'amend',
): Promise<void> {
  if (!PROCEDURE_CODE_PATTERN.test(record.code)) {
    throw badInput(`Mã thủ tục "${record.code}" không hợp lệ: cần dạng d.dddddd (ví dụ 1.001193).`, 'code');
  }
  requireText(record.name, 'name', 'Tên thủ tục');
  if (record.name.length > 500) throw badInput('Tên thủ tục dài quá 500 ký tự.', 'name');

  const field = await knex('procedure_fields').where('code', record.fieldCode).first('code');
  if (!field) throw badInput(`Lĩnh vực "${record.fieldCode}" không có trong danh mục.`, 'fieldCode');

  requireList(record.levels, 'levels', 'cấp thực hiện');
  if (new Set(record.levels).size !== record.levels.length) throw badInput('Cấp thực hiện bị lặp.', 'levels');
  if (record.levels.includes('DISTRICT') && (mode === 'create' || record.effectiveFrom >= TWO_TIER_START)) {
    throw badInput('Từ ngày 01/07/2025 không còn cấp huyện: chọn cấp trung ương, tỉnh hoặc xã.', 'levels');
  }

  requireList(record.subjects, 'subjects', 'đối tượng thực hiện');
  record.subjects.forEach((s, i) => {
    requireText(s, `subjects[${i}]`, 'Đối tượng thực hiện');
  });

  // The agencies subgraph owns the directory: asked (cached a few minutes), never read from its data.
  const agencies = new Map((await agencyDirectory()).map((agency) => [agency.id, agency]));
  const ministry = agencies.get(record.ministryId);
  if (!ministry || !CENTRAL_KINDS.has(ministry.kind) || !existsOn(ministry, record.effectiveFrom)) {
    throw badInput(`"${record.ministryId}" không phải bộ, ngành đang hoạt động.`, 'ministryId');
  }

  requireList(record.agencies, 'agencies', 'cơ quan thực hiện');
  record.agencies.forEach((a, i) => {
    requireText(a.name, `agencies[${i}].name`, 'Tên cơ quan');
    if (a.agencyId && !agencies.has(a.agencyId))
      throw badInput(`Cơ quan "${a.agencyId}" không có trong danh mục.`, `agencies[${i}].agencyId`);
  });
  for (const role of ['COMPETENT', 'IMPLEMENTING']) {
    if (!record.agencies.some((a) => a.role === role))
      throw badInput(`Cần có cơ quan với vai trò ${role}.`, 'agencies');
  }

  requireList(record.channels, 'channels', 'cách thức thực hiện');
  if (new Set(record.channels.map((c) => c.channel)).size !== record.channels.length)
    throw badInput('Mỗi cách thức thực hiện chỉ khai một lần.', 'channels');
  record.channels.forEach((c, i) => {
    if (!Number.isInteger(c.processingDays) || c.processingDays < 0 || c.processingDays > 365)
      throw badInput('Thời hạn giải quyết phải từ 0 đến 365 ngày làm việc.', `channels[${i}].processingDays`);
    if (!Number.isInteger(c.fee) || c.fee < 0)
      throw badInput('Phí, lệ phí không được âm.', `channels[${i}].fee`);
  });

  requireList(record.steps, 'steps', 'bước thực hiện');
  record.steps.forEach((s, i) => {
    requireText(s, `steps[${i}]`, 'Bước thực hiện');
  });
  requireList(record.dossierComponents, 'dossierComponents', 'thành phần hồ sơ');
  record.dossierComponents.forEach((d, i) => {
    requireText(d.document, `dossierComponents[${i}].document`, 'Tên giấy tờ');
    if (!Number.isInteger(d.quantity) || d.quantity < 1)
      throw badInput('Số lượng phải ít nhất là 1.', `dossierComponents[${i}].quantity`);
  });
  record.requirements.forEach((r, i) => {
    requireText(r, `requirements[${i}]`, 'Yêu cầu, điều kiện');
  });
  requireText(record.result.name, 'result.name', 'Tên kết quả');
  requireText(record.result.code, 'result.code', 'Mã kết quả');

  requireList(record.legalBases, 'legalBases', 'căn cứ pháp lý');
  record.legalBases.forEach((b, i) => {
    requireText(b.number, `legalBases[${i}].number`, 'Số hiệu văn bản');
    requireText(b.title, `legalBases[${i}].title`, 'Trích yếu văn bản');
    requireText(b.issuer, `legalBases[${i}].issuer`, 'Cơ quan ban hành');
  });
  if (new Set(record.legalBases.map((b) => b.number)).size !== record.legalBases.length)
    throw badInput('Căn cứ pháp lý bị lặp.', 'legalBases');
  requireText(record.publicationDecision.number, 'publicationDecision.number', 'Số quyết định công bố');

  if (new Set(record.relatedCodes).size !== record.relatedCodes.length)
    throw badInput('Thủ tục liên quan bị lặp.', 'relatedCodes');
  record.relatedCodes.forEach((code, i) => {
    if (!PROCEDURE_CODE_PATTERN.test(code) || code === record.code)
      throw badInput(`Mã thủ tục liên quan "${code}" không hợp lệ.`, `relatedCodes[${i}]`);
  });
  if (record.relatedCodes.length > 0) {
    const known = new Set(
      (await knex('procedures').whereIn('code', record.relatedCodes).select('code')).map((r) => r.code),
    );
    const missing = record.relatedCodes.findIndex((code) => !known.has(code));
    if (missing >= 0)
      throw badInput(`Không có thủ tục mã "${record.relatedCodes[missing]}".`, `relatedCodes[${missing}]`);
  }
  record.keywords.forEach((k, i) => {
    requireText(k, `keywords[${i}]`, 'Từ khóa');
  });
}
