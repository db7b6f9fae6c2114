/** Vietnamese labels of the API's codes, and number formats as a Vietnamese reader expects them. */
export const ROLE_LABELS: Record<string, string> = {
  CITIZEN: 'Người dân, doanh nghiệp',
  OFFICER: 'Cán bộ xử lý',
  LEADER: 'Lãnh đạo cơ quan',
  CENTRAL_OFFICE: 'Văn phòng Chính phủ',
};

export const STATUS_LABELS: Record<string, string> = {
  RECEIVED: 'Đã tiếp nhận',
  ACCEPTED: 'Đã thụ lý',
  PROCESSING: 'Đang xử lý',
  ANSWERED: 'Đã trả lời, chờ kiểm tra',
  RETURNED: 'Trả lại để xử lý lại',
  TRANSFERRED: 'Đã chuyển cơ quan khác',
  PUBLISHED: 'Đã công khai kết quả',
  REJECTED: 'Không tiếp nhận',
};

export const CATEGORY_LABELS: Record<string, string> = {
  CONDUCT: 'Hành vi hành chính',
  ILLEGAL_REGULATION: 'Quy định trái pháp luật',
  INCONSISTENT_REGULATION: 'Quy định mâu thuẫn, chồng chéo',
  UNSUITABLE_REGULATION: 'Quy định không phù hợp thực tế',
  CONTRARY_TO_TREATY: 'Quy định trái điều ước quốc tế',
  OTHER_REGULATION_ISSUE: 'Vấn đề khác về quy định',
  PROPOSED_SOLUTION: 'Đề xuất phương án xử lý',
  NEW_REGULATION_INITIATIVE: 'Sáng kiến ban hành quy định mới',
};

export const PLAN_ACTION_LABELS: Record<string, string> = {
  ABOLISH: 'Bãi bỏ chế độ báo cáo',
  MERGE_INTO: 'Gộp vào chế độ khác',
  MOVE_TO_ELECTRONIC: 'Chuyển sang gửi điện tử',
  REDUCE_FREQUENCY: 'Giảm tần suất',
  REDUCE_INDICATORS: 'Cắt giảm chỉ tiêu',
};

export const OBLIGATION_STATUS_LABELS: Record<string, string> = {
  OVERDUE: 'Quá hạn, chưa gửi',
  PENDING: 'Chưa đến hạn',
  SUBMITTED_LATE: 'Gửi muộn',
  SUBMITTED_ON_TIME: 'Gửi đúng hạn',
};

const integer = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (value: number) => integer.format(value);
/** A rate 0–1 as "87,5 %"; no rate (nothing to count) as "—". */
export const formatRate = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${percent.format(value * 100)} %`;
export const formatVnd = (value: number) => `${integer.format(Math.round(value))} ₫`;
/** "2026-10-31" → "31/10/2026". */
export const formatDate = (value: string) => value.slice(0, 10).split('-').reverse().join('/');
const VIETNAM = 'Asia/Ho_Chi_Minh';
/** An instant as Vietnam's clock shows it: "07/12/2026 06:17". */
export const formatDateTime = (value: string) => {
  const instant = new Date(value);
  const day = instant.toLocaleDateString('vi-VN', {
    timeZone: VIETNAM,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const time = instant.toLocaleTimeString('vi-VN', { timeZone: VIETNAM, hour: '2-digit', minute: '2-digit' });
  return `${day} ${time}`;
};

/** The grounds of Decree 20/2008/NĐ-CP Art. 17, as the API's history words them. */
export const ESCALATION_GROUND_LABELS: Record<string, string> = {
  AGENCIES_DISAGREE: 'Các cơ quan có ý kiến khác nhau (Điều 17 Nghị định 20/2008/NĐ-CP)',
  RESUBMITTED_AFTER_HANDLING: 'Vụ việc đã được xử lý nay gửi lại (Điều 17 Nghị định 20/2008/NĐ-CP)',
  GOVERNMENT_COMPETENCE: 'Vụ việc thuộc thẩm quyền của Chính phủ (Điều 17 Nghị định 20/2008/NĐ-CP)',
};

export const ESCALATION_STATE_LABELS: Record<string, string> = {
  PENDING: 'Chờ Văn phòng Chính phủ xử lý',
  ASSIGNED: 'Đã giao cơ quan xử lý',
  ANSWERED: 'Chính phủ đã trả lời',
};

export const PLAN_STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Nháp',
  SUBMITTED: 'Đã trình',
  APPROVED: 'Đã phê duyệt',
  IMPLEMENTED: 'Đã thực hiện',
};

export const REGIME_CHANGE_LABELS: Record<string, string> = {
  CREATED: 'Ban hành',
  AMENDED: 'Sửa đổi',
  ABOLISHED: 'Bãi bỏ',
  MERGED: 'Hợp nhất vào chế độ khác',
};

export const FREQUENCY_LABELS: Record<string, string> = {
  MONTHLY: 'hằng tháng',
  QUARTERLY: 'hằng quý',
  SEMIANNUAL: '6 tháng',
  NINE_MONTHS: '9 tháng',
  ANNUAL: 'hằng năm',
  THEMATIC: 'chuyên đề',
  AD_HOC: 'đột xuất',
};

/** The fields a regime's history names (ReportingRegimeFieldChange.field). */
export const REGIME_FIELD_LABELS: Record<string, string> = {
  frequency: 'Tần suất',
  sendingMethods: 'Phương thức gửi',
  deadlineWorkingDays: 'Hạn gửi (ngày làm việc)',
  indicators: 'Chỉ tiêu',
  status: 'Tình trạng',
  effectiveTo: 'Hiệu lực đến',
  mergedInto: 'Hợp nhất vào',
};

const CODE_LABELS: Record<string, string> = {
  ...FREQUENCY_LABELS,
  REPORTING_SYSTEM: 'hệ thống thông tin báo cáo',
  EMAIL: 'thư điện tử',
  FAX: 'fax',
  POST: 'bưu chính',
  IN_PERSON: 'gửi trực tiếp',
  ACTIVE: 'còn hiệu lực',
  SUPERSEDED: 'đã hợp nhất',
  ABOLISHED: 'đã bãi bỏ',
};

/** An API text for a Vietnamese reader: its days as 15/12/2026 and its codes (frequencies, methods) in words. */
export const localizeMessage = (message: string) =>
  message
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1')
    .replace(/\b[A-Z][A-Z_]+\b/g, (code) => CODE_LABELS[code] ?? code);
