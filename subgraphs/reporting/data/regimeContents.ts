import type { Frequency } from '../periods.ts';
import type { SampleIndicator, SampleRegime } from './sampleRegimes.ts';

/**
 * The mandatory contents of a regime that the sample regimes leave implicit: the data cut-off rule, which
 * follows from the frequency (Decree 09/2019 Art. 12), the outline template and how indicators are broken
 * down. Written as text because that is how a regime states them.
 */
const CUT_OFF_RULES: Record<Frequency, string> = {
  MONTHLY: 'Từ ngày 15 của tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo.',
  QUARTERLY: 'Từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo.',
  SEMIANNUAL:
    'Báo cáo 6 tháng: từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 6; báo cáo năm: từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của kỳ báo cáo.',
  NINE_MONTHS: 'Từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 9 của kỳ báo cáo.',
  ANNUAL: 'Từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 của kỳ báo cáo.',
  THEMATIC: 'Theo yêu cầu của văn bản giao báo cáo chuyên đề.',
  AD_HOC: 'Theo yêu cầu của cơ quan yêu cầu báo cáo đột xuất.',
};

export function cutOffRuleOf(frequency: Frequency): string {
  return CUT_OFF_RULES[frequency];
}

/** The outline every Decree 09 report follows (Appendix of Decree 09), around the regime's own content. */
export function outlineOf(regime: SampleRegime): string {
  if (regime.outline) return regime.outline;
  return [
    `I. Tình hình, kết quả thực hiện: ${regime.content}`,
    'II. Đánh giá chung: kết quả đạt được; tồn tại, hạn chế và nguyên nhân',
    'III. Phương hướng, nhiệm vụ và giải pháp kỳ tới',
    'IV. Đề xuất, kiến nghị',
    `Phụ lục: Biểu số liệu gồm ${regime.indicators.length} chỉ tiêu`,
  ].join('\n');
}

/** How counts and amounts are broken down when the indicator does not say: by administrative level. */
export function disaggregationOf(regime: SampleRegime, indicator: SampleIndicator): string[] {
  const [, , , type, , given] = indicator;
  if (given) return given;
  if (type !== 'INTEGER' && type !== 'DECIMAL') return [];
  const local = regime.subjects.some((kind) => kind === 'PROVINCE' || kind === 'PROVINCIAL_DEPARTMENT');
  return local ? ['Cấp tỉnh', 'Cấp xã'] : ['Cơ quan bộ', 'Đơn vị trực thuộc'];
}
