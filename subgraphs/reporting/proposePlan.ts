import type { Knex } from 'knex';
import { badInput, notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { ReportingErrorCode as Code, reportingError, requireRole } from './errors.ts';
import type { Frequency } from './periods.ts';
import { insertPlan, type PlanRow } from './planStore.ts';
import { type PlanAction, reportsPerAgencyPerYear } from './plans.ts';
import { indicatorsOf, regimesByCodes } from './regimeStore.ts';

export interface PlanInput {
  regimeCode: string;
  year: number;
  action: PlanAction;
  mergeInto?: string | null;
  newFrequency?: Frequency | null;
  removedIndicators?: string[] | null;
  reportingAgencies: number;
  hoursPerReportBefore: number;
  hoursPerReportAfter: number;
  hourValueVnd: number;
  otherCostsPerReportBeforeVnd?: number | null;
  otherCostsPerReportAfterVnd?: number | null;
  description: string;
}

function nonNegative(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) throw badInput(`"${field}" phải là số không âm.`, field);
  return value;
}

/**
 * Records a simplification plan. The central office reviews every regime; a ministry's officers propose plans
 * for the regimes it issued or receives. Action-specific fields are required for their action only.
 */
export async function proposePlan(db: Knex, identity: Identity, input: PlanInput): Promise<PlanRow> {
  requireRole(identity, ['CENTRAL_OFFICE', 'OFFICER', 'LEADER']);
  return db.transaction(async (trx) => {
    const [regime] = await regimesByCodes(trx, [input.regimeCode]);
    if (!regime) throw notFound(`Không tìm thấy chế độ báo cáo "${input.regimeCode}".`, 'regimeCode');
    if (
      identity.role !== 'CENTRAL_OFFICE' &&
      identity.agencyId !== regime.issuing_agency_id &&
      identity.agencyId !== regime.receiving_agency_id
    ) {
      throw reportingError(
        Code.FORBIDDEN,
        'Chỉ Văn phòng Chính phủ hoặc cơ quan ban hành, cơ quan nhận báo cáo được đề xuất phương án.',
        'regimeCode',
      );
    }
    if (!Number.isInteger(input.year) || input.year < 2019 || input.year > 2100) {
      throw badInput('"year" phải là năm từ 2019 đến 2100.', 'year');
    }
    if (!Number.isInteger(input.reportingAgencies) || input.reportingAgencies < 0) {
      throw badInput('"reportingAgencies" phải là số nguyên không âm.', 'reportingAgencies');
    }
    const description = input.description.trim();
    if (!description) throw badInput('Cần mô tả phương án.', 'description');

    let mergeInto: string | null = null;
    let newFrequency: Frequency | null = null;
    let removed: string[] = [];
    const unexpected = (field: string) => badInput(`"${field}" chỉ dùng cho phương án tương ứng.`, field);
    if (input.action !== 'MERGE_INTO' && input.mergeInto) throw unexpected('mergeInto');
    if (input.action !== 'REDUCE_FREQUENCY' && input.newFrequency) throw unexpected('newFrequency');
    if (input.action !== 'REDUCE_INDICATORS' && input.removedIndicators?.length) {
      throw unexpected('removedIndicators');
    }
    if (input.action === 'MERGE_INTO') {
      if (!input.mergeInto) throw badInput('Cần "mergeInto": chế độ báo cáo được gộp vào.', 'mergeInto');
      if (input.mergeInto === regime.code)
        throw badInput('Không thể gộp chế độ báo cáo vào chính nó.', 'mergeInto');
      const [target] = await regimesByCodes(trx, [input.mergeInto]);
      if (!target) throw notFound(`Không tìm thấy chế độ báo cáo "${input.mergeInto}".`, 'mergeInto');
      mergeInto = target.code;
    }
    if (input.action === 'REDUCE_FREQUENCY') {
      const frequency = input.newFrequency;
      if (!frequency || frequency === 'THEMATIC' || frequency === 'AD_HOC') {
        throw badInput('Cần "newFrequency": một tần suất định kỳ.', 'newFrequency');
      }
      if (reportsPerAgencyPerYear(frequency) >= reportsPerAgencyPerYear(regime.frequency as Frequency)) {
        throw badInput(`Tần suất mới phải ít kỳ báo cáo hơn ${regime.frequency}.`, 'newFrequency');
      }
      newFrequency = frequency;
    }
    if (input.action === 'REDUCE_INDICATORS') {
      removed = [...new Set(input.removedIndicators ?? [])];
      if (removed.length === 0)
        throw badInput('Cần "removedIndicators": các chỉ tiêu được bỏ.', 'removedIndicators');
      const codes = new Set((await indicatorsOf(trx, [regime.code])).map((indicator) => indicator.code));
      const unknown = removed.find((code) => !codes.has(code));
      if (unknown) {
        throw reportingError(
          Code.UNKNOWN_INDICATOR,
          `Chế độ báo cáo không có chỉ tiêu "${unknown}".`,
          'removedIndicators',
        );
      }
    }
    return insertPlan(trx, {
      regime_code: regime.code,
      year: input.year,
      action: input.action,
      merge_into_code: mergeInto,
      new_frequency: newFrequency,
      removed_indicator_codes: removed,
      reporting_agencies: input.reportingAgencies,
      hours_per_report_before: nonNegative(input.hoursPerReportBefore, 'hoursPerReportBefore'),
      hours_per_report_after:
        input.action === 'ABOLISH' ? 0 : nonNegative(input.hoursPerReportAfter, 'hoursPerReportAfter'),
      hour_value_vnd: nonNegative(input.hourValueVnd, 'hourValueVnd'),
      other_costs_per_report_before_vnd: nonNegative(
        input.otherCostsPerReportBeforeVnd ?? 0,
        'otherCostsPerReportBeforeVnd',
      ),
      other_costs_per_report_after_vnd:
        input.action === 'ABOLISH'
          ? 0
          : nonNegative(input.otherCostsPerReportAfterVnd ?? 0, 'otherCostsPerReportAfterVnd'),
      description,
      proposed_by: identity.subject,
      proposed_by_agency_id: identity.agencyId,
    });
  });
}
