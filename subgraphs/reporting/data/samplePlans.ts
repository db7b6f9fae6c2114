import type { PlanAction } from '../plans.ts';

/**
 * Sample simplification plans, modelled on the Government Office's yearly review of reporting regimes:
 * cost assumptions are illustrative (an hour of a civil servant's time valued at 62,500 VND).
 */
export interface SamplePlan {
  id: number;
  regimeCode: string;
  year: number;
  action: PlanAction;
  mergeInto?: string;
  newFrequency?: 'MONTHLY' | 'QUARTERLY' | 'SEMIANNUAL' | 'NINE_MONTHS' | 'ANNUAL';
  removedIndicators?: string[];
  reportingAgencies: number;
  hoursBefore: number;
  hoursAfter: number;
  otherBefore?: number;
  otherAfter?: number;
  description: string;
}

const HOUR_VALUE_VND = 62_500;

export const SAMPLE_PLANS: SamplePlan[] = [
  {
    id: 1,
    regimeCode: 'TTCP-TCDKNTC',
    year: 2025,
    action: 'REDUCE_FREQUENCY',
    newFrequency: 'SEMIANNUAL',
    reportingAgencies: 57,
    hoursBefore: 24,
    hoursAfter: 28,
    description:
      'Giảm tần suất báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo từ hằng quý xuống 6 tháng và năm; số liệu quý khai thác trên Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo.',
  },
  {
    id: 2,
    regimeCode: 'BTP-PHAPCHE',
    year: 2025,
    action: 'MOVE_TO_ELECTRONIC',
    reportingAgencies: 22,
    hoursBefore: 16,
    hoursAfter: 12,
    otherBefore: 150_000,
    otherAfter: 0,
    description:
      'Chuyển báo cáo công tác pháp chế sang gửi, nhận qua Hệ thống thông tin báo cáo Chính phủ; bỏ bản giấy gửi qua bưu chính.',
  },
  {
    id: 3,
    regimeCode: 'BTC-THTK',
    year: 2025,
    action: 'REDUCE_INDICATORS',
    removedIndicators: ['vu_viec_lang_phi'],
    reportingAgencies: 57,
    hoursBefore: 40,
    hoursAfter: 32,
    otherBefore: 100_000,
    otherAfter: 100_000,
    description:
      'Bỏ chỉ tiêu số vụ việc lãng phí đã phát hiện, trùng với báo cáo công tác phòng, chống tham nhũng và thanh tra.',
  },
  {
    id: 4,
    regimeCode: 'BNV-VTLT',
    year: 2026,
    action: 'ABOLISH',
    reportingAgencies: 51,
    hoursBefore: 12,
    hoursAfter: 0,
    otherBefore: 120_000,
    description:
      'Bãi bỏ báo cáo văn thư, lưu trữ hằng năm: số liệu đã có trong chế độ báo cáo thống kê ngành nội vụ.',
  },
  {
    id: 5,
    regimeCode: 'VPCP-KTXH-9T',
    year: 2026,
    action: 'MERGE_INTO',
    mergeInto: 'VPCP-KTXH-THANG',
    reportingAgencies: 34,
    hoursBefore: 40,
    hoursAfter: 1,
    description:
      'Gộp báo cáo 9 tháng vào báo cáo kinh tế – xã hội hằng tháng: đánh giá 9 tháng lồng ghép vào báo cáo tháng 9.',
  },
  {
    id: 6,
    regimeCode: 'BYT-TCMR',
    year: 2026,
    action: 'REDUCE_FREQUENCY',
    newFrequency: 'SEMIANNUAL',
    reportingAgencies: 34,
    hoursBefore: 10,
    hoursAfter: 12,
    description:
      'Giảm tần suất báo cáo tiêm chủng mở rộng từ hằng quý xuống 6 tháng và năm; số liệu tiêm chủng cập nhật trực tuyến trên Hệ thống quản lý thông tin tiêm chủng.',
  },
];

/**
 * The row of a sample plan in reporting_simplification_plans. The sample plans are the review's approved
 * proposals: the sample regimes still show their state before them, so none is implemented yet.
 */
export function planRow(plan: SamplePlan) {
  return {
    id: plan.id,
    regime_code: plan.regimeCode,
    year: plan.year,
    action: plan.action,
    merge_into_code: plan.mergeInto ?? null,
    new_frequency: plan.newFrequency ?? null,
    removed_indicator_codes: plan.removedIndicators ?? [],
    reporting_agencies: plan.reportingAgencies,
    hours_per_report_before: plan.hoursBefore,
    hours_per_report_after: plan.hoursAfter,
    hour_value_vnd: HOUR_VALUE_VND,
    other_costs_per_report_before_vnd: plan.otherBefore ?? 0,
    other_costs_per_report_after_vnd: plan.otherAfter ?? 0,
    description: plan.description,
    proposed_by: null,
    proposed_by_agency_id: 'bo-vpcp',
    status: 'APPROVED',
    submitted_at: `${plan.year}-01-15T02:00:00Z`,
    approved_at: `${plan.year}-03-31T02:00:00Z`,
  };
}
