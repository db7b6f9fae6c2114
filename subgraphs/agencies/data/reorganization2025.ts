/**
 * The 2025 reorganization as facts (Resolutions 176/2025/QH15 and 202/2025/QH15, Decision 19/2025/QĐ-TTg).
 * `referenceAgencies.ts` turns these into agencies with the hub's identity rule.
 */

export const MINISTRIES_MERGED_ON = '2025-03-01';
export const PROVINCES_MERGED_ON = '2025-07-01';

export interface CentralAgencyFact {
  code: string;
  name: string;
  shortName: string;
  kind: 'MINISTRY' | 'MINISTERIAL_AGENCY';
}

/** The 22 ministries and ministerial-level agencies until 28 February 2025. */
export const CENTRAL_BEFORE: CentralAgencyFact[] = [
  { code: 'BQP', name: 'Bộ Quốc phòng', shortName: 'Quốc phòng', kind: 'MINISTRY' },
  { code: 'BCA', name: 'Bộ Công an', shortName: 'Công an', kind: 'MINISTRY' },
  { code: 'BNG', name: 'Bộ Ngoại giao', shortName: 'Ngoại giao', kind: 'MINISTRY' },
  { code: 'BNV', name: 'Bộ Nội vụ', shortName: 'Nội vụ', kind: 'MINISTRY' },
  { code: 'BTP', name: 'Bộ Tư pháp', shortName: 'Tư pháp', kind: 'MINISTRY' },
  { code: 'BKHDT', name: 'Bộ Kế hoạch và Đầu tư', shortName: 'Kế hoạch và Đầu tư', kind: 'MINISTRY' },
  { code: 'BTC', name: 'Bộ Tài chính', shortName: 'Tài chính', kind: 'MINISTRY' },
  { code: 'BCT', name: 'Bộ Công Thương', shortName: 'Công Thương', kind: 'MINISTRY' },
  {
    code: 'BNNPTNT',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    shortName: 'Nông nghiệp và Phát triển nông thôn',
    kind: 'MINISTRY',
  },
  { code: 'BGTVT', name: 'Bộ Giao thông vận tải', shortName: 'Giao thông vận tải', kind: 'MINISTRY' },
  { code: 'BXD', name: 'Bộ Xây dựng', shortName: 'Xây dựng', kind: 'MINISTRY' },
  {
    code: 'BTNMT',
    name: 'Bộ Tài nguyên và Môi trường',
    shortName: 'Tài nguyên và Môi trường',
    kind: 'MINISTRY',
  },
  {
    code: 'BTTTT',
    name: 'Bộ Thông tin và Truyền thông',
    shortName: 'Thông tin và Truyền thông',
    kind: 'MINISTRY',
  },
  {
    code: 'BLDTBXH',
    name: 'Bộ Lao động – Thương binh và Xã hội',
    shortName: 'Lao động – Thương binh và Xã hội',
    kind: 'MINISTRY',
  },
  {
    code: 'BVHTTDL',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    shortName: 'Văn hóa, Thể thao và Du lịch',
    kind: 'MINISTRY',
  },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', shortName: 'Khoa học và Công nghệ', kind: 'MINISTRY' },
  { code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', shortName: 'Giáo dục và Đào tạo', kind: 'MINISTRY' },
  { code: 'BYT', name: 'Bộ Y tế', shortName: 'Y tế', kind: 'MINISTRY' },
  { code: 'UBDT', name: 'Ủy ban Dân tộc', shortName: 'Dân tộc', kind: 'MINISTERIAL_AGENCY' },
  {
    code: 'NHNN',
    name: 'Ngân hàng Nhà nước Việt Nam',
    shortName: 'Ngân hàng Nhà nước',
    kind: 'MINISTERIAL_AGENCY',
  },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', shortName: 'Thanh tra Chính phủ', kind: 'MINISTERIAL_AGENCY' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', shortName: 'Văn phòng Chính phủ', kind: 'MINISTERIAL_AGENCY' },
];

/** Ministries formed on 1 March 2025, each a new agency whose predecessors are the codes listed. */
export const CENTRAL_FORMED: (CentralAgencyFact & { from: string[] })[] = [
  { code: 'BTC', name: 'Bộ Tài chính', shortName: 'Tài chính', kind: 'MINISTRY', from: ['BTC', 'BKHDT'] },
  { code: 'BNV', name: 'Bộ Nội vụ', shortName: 'Nội vụ', kind: 'MINISTRY', from: ['BNV', 'BLDTBXH'] },
  { code: 'BXD', name: 'Bộ Xây dựng', shortName: 'Xây dựng', kind: 'MINISTRY', from: ['BXD', 'BGTVT'] },
  {
    code: 'BKHCN',
    name: 'Bộ Khoa học và Công nghệ',
    shortName: 'Khoa học và Công nghệ',
    kind: 'MINISTRY',
    from: ['BKHCN', 'BTTTT'],
  },
  {
    code: 'BNNMT',
    name: 'Bộ Nông nghiệp và Môi trường',
    shortName: 'Nông nghiệp và Môi trường',
    kind: 'MINISTRY',
    from: ['BNNPTNT', 'BTNMT'],
  },
  // Also took the state management of religion from the Ministry of Home Affairs, which lives on as the new Nội vụ.
  {
    code: 'BDTTG',
    name: 'Bộ Dân tộc và Tôn giáo',
    shortName: 'Dân tộc và Tôn giáo',
    kind: 'MINISTRY',
    from: ['UBDT'],
  },
];

export interface ProvinceFact {
  code: string;
  shortName: string;
  /** A centrally-run city (thành phố trực thuộc trung ương) rather than a province (tỉnh). */
  city: boolean;
}

/**
 * The 63 provinces until 30 June 2025, each under its latest name: Huế became a centrally-run city on
 * 1 January 2025, keeping its identity; its former name, Thừa Thiên Huế, is in renames.ts.
 */
export const PROVINCES_BEFORE: ProvinceFact[] = [
  ['01', 'Hà Nội', true],
  ['02', 'Hà Giang'],
  ['04', 'Cao Bằng'],
  ['06', 'Bắc Kạn'],
  ['08', 'Tuyên Quang'],
  ['10', 'Lào Cai'],
  ['11', 'Điện Biên'],
  ['12', 'Lai Châu'],
  ['14', 'Sơn La'],
  ['15', 'Yên Bái'],
  ['17', 'Hòa Bình'],
  ['19', 'Thái Nguyên'],
  ['20', 'Lạng Sơn'],
  ['22', 'Quảng Ninh'],
  ['24', 'Bắc Giang'],
  ['25', 'Phú Thọ'],
  ['26', 'Vĩnh Phúc'],
  ['27', 'Bắc Ninh'],
  ['30', 'Hải Dương'],
  ['31', 'Hải Phòng', true],
  ['33', 'Hưng Yên'],
  ['34', 'Thái Bình'],
  ['35', 'Hà Nam'],
  ['36', 'Nam Định'],
  ['37', 'Ninh Bình'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['42', 'Hà Tĩnh'],
  ['44', 'Quảng Bình'],
  ['45', 'Quảng Trị'],
  ['46', 'Huế', true],
  ['48', 'Đà Nẵng', true],
  ['49', 'Quảng Nam'],
  ['51', 'Quảng Ngãi'],
  ['52', 'Bình Định'],
  ['54', 'Phú Yên'],
  ['56', 'Khánh Hòa'],
  ['58', 'Ninh Thuận'],
  ['60', 'Bình Thuận'],
  ['62', 'Kon Tum'],
  ['64', 'Gia Lai'],
  ['66', 'Đắk Lắk'],
  ['67', 'Đắk Nông'],
  ['68', 'Lâm Đồng'],
  ['70', 'Bình Phước'],
  ['72', 'Tây Ninh'],
  ['74', 'Bình Dương'],
  ['75', 'Đồng Nai'],
  ['77', 'Bà Rịa – Vũng Tàu'],
  ['79', 'Hồ Chí Minh', true],
  ['80', 'Long An'],
  ['82', 'Tiền Giang'],
  ['83', 'Bến Tre'],
  ['84', 'Trà Vinh'],
  ['86', 'Vĩnh Long'],
  ['87', 'Đồng Tháp'],
  ['89', 'An Giang'],
  ['91', 'Kiên Giang'],
  ['92', 'Cần Thơ', true],
  ['93', 'Hậu Giang'],
  ['94', 'Sóc Trăng'],
  ['95', 'Bạc Liêu'],
  ['96', 'Cà Mau'],
].map(([code, shortName, city]) => ({
  code: code as string,
  shortName: shortName as string,
  city: city === true,
}));

/** The 34 provinces from 1 July 2025 and the old codes each was formed from. */
export const PROVINCES_AFTER: (ProvinceFact & { from: string[] })[] = [
  ['01', 'Hà Nội', true, ['01']],
  ['04', 'Cao Bằng', false, ['04']],
  ['08', 'Tuyên Quang', false, ['02', '08']],
  ['11', 'Điện Biên', false, ['11']],
  ['12', 'Lai Châu', false, ['12']],
  ['14', 'Sơn La', false, ['14']],
  ['15', 'Lào Cai', false, ['10', '15']],
  ['19', 'Thái Nguyên', false, ['06', '19']],
  ['20', 'Lạng Sơn', false, ['20']],
  ['22', 'Quảng Ninh', false, ['22']],
  ['24', 'Bắc Ninh', false, ['24', '27']],
  ['25', 'Phú Thọ', false, ['17', '25', '26']],
  ['31', 'Hải Phòng', true, ['30', '31']],
  ['33', 'Hưng Yên', false, ['33', '34']],
  ['37', 'Ninh Bình', false, ['35', '36', '37']],
  ['38', 'Thanh Hóa', false, ['38']],
  ['40', 'Nghệ An', false, ['40']],
  ['42', 'Hà Tĩnh', false, ['42']],
  ['44', 'Quảng Trị', false, ['44', '45']],
  ['46', 'Huế', true, ['46']],
  ['48', 'Đà Nẵng', true, ['48', '49']],
  ['51', 'Quảng Ngãi', false, ['51', '62']],
  ['52', 'Gia Lai', false, ['52', '64']],
  ['56', 'Khánh Hòa', false, ['56', '58']],
  ['66', 'Đắk Lắk', false, ['54', '66']],
  ['68', 'Lâm Đồng', false, ['60', '67', '68']],
  ['75', 'Đồng Nai', false, ['70', '75']],
  ['79', 'Hồ Chí Minh', true, ['74', '77', '79']],
  ['80', 'Tây Ninh', false, ['72', '80']],
  ['82', 'Đồng Tháp', false, ['82', '87']],
  ['86', 'Vĩnh Long', false, ['83', '84', '86']],
  ['91', 'An Giang', false, ['89', '91']],
  ['92', 'Cần Thơ', true, ['92', '93', '94']],
  ['96', 'Cà Mau', false, ['95', '96']],
].map(([code, shortName, city, from]) => ({
  code: code as string,
  shortName: shortName as string,
  city: city as boolean,
  from: from as string[],
}));

/** Units every province's People's Committee has, so that provinces have children to route to. */
export const PROVINCIAL_UNITS = [
  { suffix: 'VP', name: 'Văn phòng Ủy ban nhân dân' },
  { suffix: 'STP', name: 'Sở Tư pháp' },
  { suffix: 'STC', name: 'Sở Tài chính' },
  { suffix: 'SYT', name: 'Sở Y tế' },
  { suffix: 'SGDDT', name: 'Sở Giáo dục và Đào tạo' },
];

export const MINISTRY_UNITS = [
  { suffix: 'VP', name: 'Văn phòng' },
  { suffix: 'VPC', name: 'Vụ Pháp chế' },
];
