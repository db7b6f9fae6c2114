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
export const formatDateTime = (value: string) =>
  new Date(value).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });
