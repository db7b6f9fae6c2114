import { addDays } from '../../../kit/dates.ts';
import type { PlannedObligation } from './planObligations.ts';
import { randomFor } from './prng.ts';
import type { SampleIndicator } from './sampleRegimes.ts';

export interface SimulatedSubmission {
  version: number;
  /** ISO 8601 with the Vietnam offset. */
  submittedAt: string;
  late: boolean;
  values: Record<string, number | string | boolean>;
}

/** How punctual an agency is: some provinces and ministries are reliably on time, others are not. */
function habitOf(agencyId: string) {
  const random = randomFor(`habit:${agencyId}`);
  return { missing: 0.01 + 0.06 * random(), late: 0.03 + 0.14 * random() };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function instant(day: string, random: () => number): string {
  const minutes = 7 * 60 + 30 + Math.floor(random() * 600);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}:00+07:00`;
}

function valuesFor(indicators: readonly SampleIndicator[], random: () => number, scale: number) {
  const values: Record<string, number | string | boolean> = {};
  for (const [code, , , type, required = true] of indicators) {
    if (!required && random() < 0.5) continue;
    switch (type) {
      case 'INTEGER':
        values[code] = Math.round(random() * 2000 * scale);
        break;
      case 'DECIMAL':
        values[code] = Math.round(random() * 50_000 * scale) / 10;
        break;
      case 'PERCENT':
        values[code] = Math.round((60 + random() * 40) * 10) / 10;
        break;
      case 'BOOLEAN':
        values[code] = random() < 0.85;
        break;
      case 'TEXT':
        values[code] = TEXTS[Math.floor(random() * TEXTS.length)];
        break;
    }
  }
  return values;
}

const TEXTS = [
  'Cơ bản hoàn thành các nhiệm vụ đề ra; một số chỉ tiêu đạt thấp do ảnh hưởng của thời tiết.',
  'Tiến độ chậm ở một số dự án do vướng mắc giải phóng mặt bằng; đề nghị bộ, ngành hướng dẫn tháo gỡ.',
  'Việc sắp xếp đơn vị hành chính làm thay đổi đầu mối tiếp nhận; số liệu được tổng hợp lại theo địa giới mới.',
  'Đề nghị sửa đổi biểu mẫu báo cáo để giảm chỉ tiêu trùng lặp với chế độ báo cáo thống kê.',
  'Các chỉ tiêu chủ yếu đạt và vượt kế hoạch; tiếp tục đẩy mạnh chuyển đổi số.',
];

/**
 * The submissions an obligation received by `until`: most on time, some late, a few missing, and now and
 * then a corrected version. Agencies dissolved on 2025-06-30 slip more often on reports due after it.
 * Deterministic per obligation, so figures for a past period do not change when `until` moves.
 */
export function simulateSubmissions(
  obligation: PlannedObligation,
  indicators: readonly SampleIndicator[],
  agencyValidTo: string | null,
  until: string,
): SimulatedSubmission[] {
  const random = randomFor(`${obligation.regimeCode}|${obligation.agencyId}|${obligation.periodLabel}`);
  const habit = habitOf(obligation.agencyId);
  // The last reports of a province merged on 2025-07-01 fell due amid the merger: they slipped more often.
  const dissolvedBeforeDue = agencyValidTo !== null && agencyValidTo < addDays(obligation.dueDate, 30);
  const missing = habit.missing + (dissolvedBeforeDue ? 0.08 : 0);
  const late = habit.late + (dissolvedBeforeDue ? 0.15 : 0);
  const draw = random();
  if (draw < missing) return [];

  let day: string;
  if (draw < missing + late) {
    day = addDays(obligation.dueDate, 1 + Math.floor(random() ** 2 * 30));
  } else {
    const window = Math.min(6, daysBetween(obligation.periodEnd, obligation.dueDate));
    day = addDays(obligation.dueDate, -Math.floor(random() * window));
  }
  if (day > until) return [];

  const scale = obligation.agencyId.startsWith('bo-') ? 3 : 1;
  const first = valuesFor(indicators, random, scale);
  const submissions: SimulatedSubmission[] = [
    { version: 1, submittedAt: instant(day, random), late: day > obligation.dueDate, values: first },
  ];
  if (random() < 0.07) {
    const correctedOn = addDays(day, 1 + Math.floor(random() * 20));
    if (correctedOn <= until) {
      submissions.push({
        version: 2,
        submittedAt: instant(correctedOn, random),
        late: correctedOn > obligation.dueDate,
        values: { ...first, ...valuesFor(indicators.slice(0, 1), random, scale) },
      });
    }
  }
  return submissions;
}
