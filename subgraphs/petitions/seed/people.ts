import { chance, intBetween, pick, type Rng, weighted } from './random.ts';

/**
 * Fake but realistic petitioners: Vietnamese names, addresses, mobile numbers. Stored in the petitioner
 * columns only, which the schema does not expose.
 */
const FAMILY: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4.5],
  ['Vũ', 4],
  ['Võ', 3.5],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.5],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trịnh', 0.6],
  ['Mai', 0.5],
  ['Lương', 0.4],
];
const MIDDLE_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Tuấn'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Bích', 'Kim', 'Hồng'];
const GIVEN_MALE = [
  'Anh',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Tiến',
  'Trung',
  'Tú',
  'Tuấn',
  'Việt',
  'Vinh',
  'Vũ',
];
const GIVEN_FEMALE = [
  'An',
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hằng',
  'Hoa',
  'Hương',
  'Huyền',
  'Lan',
  'Linh',
  'Loan',
  'Mai',
  'My',
  'Nga',
  'Ngân',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Tâm',
  'Thảo',
  'Thu',
  'Trang',
  'Trinh',
  'Vân',
  'Yến',
];
const STREETS = [
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Nguyễn Huệ',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Quang Trung',
  'Nguyễn Trãi',
  'Lê Duẩn',
  'Phan Đình Phùng',
  'Hùng Vương',
  'Nguyễn Văn Cừ',
  'Điện Biên Phủ',
  'Võ Thị Sáu',
  'Trần Phú',
  'Nguyễn Du',
  'Bạch Đằng',
  'Lạc Long Quân',
  'Tôn Đức Thắng',
  'Nguyễn Thị Minh Khai',
  'Lê Thánh Tông',
];
const WARDS = [
  'phường Trung Tâm',
  'phường Hòa Bình',
  'phường Tân An',
  'phường Thành Công',
  'phường Đông Hòa',
  'phường Tây Sơn',
  'xã Tân Phú',
  'xã Phú Lộc',
  'xã Hòa Thắng',
  'xã Nghĩa Hưng',
  'xã Thanh Bình',
  'xã An Phước',
];
const ORG_FORMS = ['Công ty TNHH', 'Công ty Cổ phần', 'Hợp tác xã', 'Doanh nghiệp tư nhân'];
const ORG_NAMES = [
  'Thương mại Dịch vụ Hoàng Gia',
  'Xây dựng Minh Phát',
  'Nông sản Sông Hậu',
  'Dược phẩm An Khang',
  'Vận tải Bắc Nam',
  'Công nghệ Sao Việt',
  'Thủy sản Mekong',
  'Cơ khí Thành Đạt',
  'Giáo dục Tương Lai',
  'Du lịch Biển Xanh',
  'May mặc Phú Thịnh',
  'Thực phẩm Hồng Hà',
];
const MOBILE_PREFIXES = ['090', '091', '093', '094', '096', '097', '098'];

export interface Petitioner {
  name: string;
  address: string;
  phone: string;
  email: string | null;
}

/** ASCII for an email local part: "Nguyễn Thị Đào" → "nguyenthidao". */
function ascii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function personName(rng: Rng): string {
  const female = chance(rng, 0.48);
  const family = weighted(rng, FAMILY);
  const middle = pick(rng, female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = pick(rng, female ? GIVEN_FEMALE : GIVEN_MALE);
  return `${family} ${middle} ${given}`;
}

/** `provinceName` is where the petitioner lives: the handling province, or any for central agencies. */
export function makePetitioner(
  rng: Rng,
  type: 'INDIVIDUAL' | 'ORGANIZATION',
  provinceName: string,
): Petitioner {
  const name = type === 'INDIVIDUAL' ? personName(rng) : `${pick(rng, ORG_FORMS)} ${pick(rng, ORG_NAMES)}`;
  const address = `Số ${intBetween(rng, 1, 350)}, đường ${pick(rng, STREETS)}, ${pick(rng, WARDS)}, ${provinceName}`;
  const phone = `${pick(rng, MOBILE_PREFIXES)}${String(intBetween(rng, 0, 9_999_999)).padStart(7, '0')}`;
  const email = chance(rng, type === 'ORGANIZATION' ? 0.9 : 0.55)
    ? `${ascii(type === 'INDIVIDUAL' ? name : name.split(' ').slice(-2).join(''))}${intBetween(rng, 1, 999)}@${pick(rng, ['gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com'])}`
    : null;
  return { name, address, phone, email };
}
