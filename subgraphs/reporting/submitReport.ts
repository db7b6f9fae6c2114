import type { Knex } from 'knex';
import { notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { reportingClock } from './clock.ts';
import { ReportingErrorCode as Code, isUniqueViolation, reportingError, requireRole } from './errors.ts';
import { findObligation, insertSubmission, latestVersion } from './obligationStore.ts';
import { periodByLabel } from './periods.ts';
import { versionedRegime, versionsOf } from './regimeHistoryStore.ts';
import { versionedPeriod } from './regimeSchedule.ts';
import { type IndicatorRow, indicatorsInForce, indicatorsOf, regimesByCodes } from './regimeStore.ts';

export interface ReportValueInput {
  indicator: string;
  number?: number | null;
  text?: string | null;
  boolean?: boolean | null;
}

export interface SubmitReportInput {
  regimeCode: string;
  agencyId: string;
  period: string;
  values: ReportValueInput[];
  correction?: boolean | null;
  note?: string | null;
}

type Value = number | string | boolean;

const MAX_TEXT = 10_000;

/** One value against its indicator's data type; the error names the value's place in the input. */
function checkValue(indicator: IndicatorRow, input: ReportValueInput, field: string): Value {
  const given = [input.number, input.text, input.boolean].filter((v) => v !== null && v !== undefined);
  const invalid = (why: string) =>
    reportingError(
      Code.INVALID_VALUE,
      `Giá trị của chỉ tiêu "${indicator.code}" không hợp lệ: ${why}.`,
      field,
    );
  if (given.length !== 1) throw invalid('cần đúng một trong number, text, boolean');
  switch (indicator.data_type) {
    case 'INTEGER':
      if (typeof input.number !== 'number' || !Number.isSafeInteger(input.number)) {
        throw invalid('cần một số nguyên (number)');
      }
      return input.number;
    case 'DECIMAL':
    case 'PERCENT':
      if (typeof input.number !== 'number' || !Number.isFinite(input.number))
        throw invalid('cần một số (number)');
      return input.number;
    case 'TEXT': {
      const text = input.text?.trim();
      if (!text) throw invalid('cần một đoạn văn bản không rỗng (text)');
      if (text.length > MAX_TEXT) throw invalid(`văn bản dài quá ${MAX_TEXT} ký tự`);
      return text;
    }
    case 'BOOLEAN':
      if (typeof input.boolean !== 'boolean') throw invalid('cần giá trị đúng/sai (boolean)');
      return input.boolean;
    default:
      throw invalid(`kiểu dữ liệu ${indicator.data_type} chưa được hỗ trợ`);
  }
}

/** The values as stored ({ code: value }), after every indicator check; throws on the first problem. */
export function checkValues(indicators: IndicatorRow[], values: ReportValueInput[]): Record<string, Value> {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const checked: Record<string, Value> = {};
  values.forEach((input, i) => {
    const field = `values[${i}]`;
    const indicator = byCode.get(input.indicator);
    if (!indicator) {
      throw reportingError(
        Code.UNKNOWN_INDICATOR,
        `Chế độ báo cáo không có chỉ tiêu "${input.indicator}".`,
        `${field}.indicator`,
      );
    }
    if (input.indicator in checked) {
      throw reportingError(Code.INVALID_VALUE, `Chỉ tiêu "${input.indicator}" được nhập hai lần.`, field);
    }
    checked[input.indicator] = checkValue(indicator, input, field);
  });
  const missing = indicators.filter((indicator) => indicator.required && !(indicator.code in checked));
  if (missing.length > 0) {
    throw reportingError(
      Code.REQUIRED_VALUE_MISSING,
      `Thiếu giá trị của chỉ tiêu bắt buộc: ${missing.map((indicator) => indicator.code).join(', ')}.`,
      'values',
    );
  }
  return checked;
}

/**
 * Submits a report or a correction in one transaction. The obligation row is locked first, so concurrent
 * submissions to it run one after the other; the (obligation, version) unique key is the backstop when the
 * lock is not enough (two first reports racing on a server without it).
 */
export async function submitReport(
  db: Knex,
  identity: Identity,
  input: SubmitReportInput,
): Promise<{ submissionId: number; obligationId: number }> {
  requireRole(identity, ['OFFICER', 'LEADER']);
  if (identity.agencyId !== input.agencyId) {
    throw reportingError(
      Code.FORBIDDEN,
      `Chỉ cán bộ của cơ quan "${input.agencyId}" được gửi báo cáo của cơ quan đó.`,
      'agencyId',
    );
  }
  const correction = input.correction === true;
  try {
    return await db.transaction(async (trx) => {
      const [regime] = await regimesByCodes(trx, [input.regimeCode]);
      if (!regime) throw notFound(`Không tìm thấy chế độ báo cáo "${input.regimeCode}".`, 'regimeCode');
      // The period and its indicators are those of the version in force on the period's cut-off start: a
      // late report or a correction for a period before a change is checked as the regime then stood.
      const versioned = versionedRegime(regime, await versionsOf(trx, [regime.code]));
      const found = versionedPeriod(versioned, input.period);
      if (!found) {
        const anyPeriod = versioned.versions.some((v) => periodByLabel(v.frequency, input.period));
        throw reportingError(
          Code.PERIOD_OUT_OF_RANGE,
          anyPeriod
            ? `Kỳ ${input.period} nằm ngoài thời gian hiệu lực của chế độ báo cáo (${versioned.effectiveFrom}–${versioned.effectiveTo ?? 'nay'}).`
            : `Chế độ báo cáo ${regime.code} không có kỳ báo cáo "${input.period}".`,
          'period',
        );
      }
      const { period } = found;
      const obligation = await findObligation(
        trx,
        { regimeCode: regime.code, agencyId: input.agencyId, periodLabel: period.label },
        { lock: true },
      );
      if (!obligation) {
        throw reportingError(
          Code.NOT_OBLIGED,
          `Cơ quan "${input.agencyId}" không có nghĩa vụ báo cáo ${regime.code} kỳ ${period.label}.`,
          'period',
        );
      }
      const indicators = indicatorsInForce(await indicatorsOf(trx, [regime.code]), period.cutOffStart);
      const values = checkValues(indicators, input.values);
      const latest = await latestVersion(trx, Number(obligation.id));
      if (latest > 0 && !correction) {
        throw reportingError(
          Code.ALREADY_SUBMITTED,
          `Báo cáo kỳ ${period.label} đã được gửi (phiên bản ${latest}); gửi lại với correction: true để điều chỉnh.`,
          'correction',
        );
      }
      if (latest === 0 && correction) {
        throw reportingError(
          Code.NOTHING_TO_CORRECT,
          `Chưa có báo cáo kỳ ${period.label} để điều chỉnh.`,
          'correction',
        );
      }
      const submissionId = await insertSubmission(trx, {
        obligationId: Number(obligation.id),
        version: latest + 1,
        // Late by the day in Vietnam, as the due date is a Vietnamese calendar day.
        late: reportingClock.today() > obligation.due_date,
        values,
        submittedBy: identity.subject as string,
        submittedByAgencyId: identity.agencyId as string,
        note: input.note?.trim() || null,
      });
      return { submissionId, obligationId: Number(obligation.id) };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw correction
      ? reportingError(Code.CONFLICT, 'Một điều chỉnh khác vừa được gửi cho kỳ này; hãy tải lại và gửi lại.')
      : reportingError(
          Code.ALREADY_SUBMITTED,
          `Báo cáo kỳ ${input.period} vừa được gửi bởi người khác.`,
          'correction',
        );
  }
}
