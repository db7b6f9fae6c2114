import type { Frequency } from '../periods.ts';
import type { AgencyKind } from './planObligations.ts';

/**
 * Sample reporting regimes modelled on real ones under Decree 09/2019/NĐ-CP. Names, legal bases and receivers
 * follow the real regimes closely; deadlines and indicators are simplified. Where the receiving ministry was
 * reorganized on 2025-03-01 the regime is superseded by one addressed to the new ministry, as happened in
 * the circulars of 2025.
 */
export type SendingMethod = 'REPORTING_SYSTEM' | 'EMAIL' | 'FAX' | 'POST' | 'IN_PERSON';
export type IndicatorType = 'INTEGER' | 'DECIMAL' | 'PERCENT' | 'TEXT' | 'BOOLEAN';

/** [code, name, unit, data type, required (default true), disaggregation (default: see regimeContents.ts)] */
export type SampleIndicator = [string, string, string | null, IndicatorType, boolean?, string[]?];

export interface SampleRegime {
  code: string;
  name: string;
  content: string;
  frequency: Frequency;
  subjects: AgencyKind[];
  /** Only units with this id suffix report (e.g. 'stp': Departments of Justice), for unit-level subjects. */
  unitSuffix?: string;
  subjectNote?: string;
  /** Agencies named as reporting subjects whatever their kind (Decree 09 Art. 6: "đối tượng thực hiện"). */
  subjectAgencies?: string[];
  /** The outline template (đề cương); a generic Decree 09 outline built from the content when absent. */
  outline?: string;
  receiver: string;
  methods: SendingMethod[];
  deadline: number;
  legalBasis: string;
  issuer: string;
  status?: 'ACTIVE' | 'SUPERSEDED' | 'ABOLISHED';
  effectiveFrom: string;
  effectiveTo?: string;
  indicators: SampleIndicator[];
}

const SYSTEM: SendingMethod[] = ['REPORTING_SYSTEM', 'EMAIL'];
const SYSTEM_AND_PAPER: SendingMethod[] = ['REPORTING_SYSTEM', 'POST', 'IN_PERSON'];
const PROVINCES: AgencyKind[] = ['PROVINCE'];
const CENTRAL: AgencyKind[] = ['MINISTRY', 'MINISTERIAL_AGENCY'];
const CENTRAL_AND_PROVINCES: AgencyKind[] = ['MINISTRY', 'MINISTERIAL_AGENCY', 'PROVINCE'];
const BEFORE_MINISTRY_MERGERS = '2025-02-28';
const MINISTRY_MERGERS = '2025-03-01';

const publicInvestmentIndicators: SampleIndicator[] = [
  ['ke_hoach_von', 'Kế hoạch vốn đầu tư công được giao', 'tỷ đồng', 'DECIMAL'],
  ['gia_tri_giai_ngan', 'Giá trị giải ngân lũy kế', 'tỷ đồng', 'DECIMAL'],
  ['ty_le_giai_ngan', 'Tỷ lệ giải ngân so với kế hoạch', '%', 'PERCENT'],
  ['so_du_an_cham', 'Số dự án chậm giải ngân', 'dự án', 'INTEGER'],
  ['kho_khan', 'Khó khăn, vướng mắc và kiến nghị', null, 'TEXT', false],
];

const reformIndicators: SampleIndicator[] = [
  ['nhiem_vu_ke_hoach', 'Số nhiệm vụ cải cách hành chính trong kế hoạch', 'nhiệm vụ', 'INTEGER'],
  ['nhiem_vu_hoan_thanh', 'Số nhiệm vụ đã hoàn thành', 'nhiệm vụ', 'INTEGER'],
  ['ty_le_hoan_thanh', 'Tỷ lệ hoàn thành', '%', 'PERCENT'],
  ['ket_qua_noi_bat', 'Kết quả nổi bật', null, 'TEXT', false],
];

const budgetIndicators: SampleIndicator[] = [
  ['thu_nsdp', 'Thu ngân sách địa phương', 'tỷ đồng', 'DECIMAL'],
  ['chi_nsdp', 'Chi ngân sách địa phương', 'tỷ đồng', 'DECIMAL'],
  ['ty_le_thu_du_toan', 'Tỷ lệ thu so với dự toán', '%', 'PERCENT'],
  ['bo_chi', 'Bội chi (nếu có)', 'tỷ đồng', 'DECIMAL', false],
];

const ruralIndicators: SampleIndicator[] = [
  ['xa_dat_chuan', 'Số xã đạt chuẩn nông thôn mới', 'xã', 'INTEGER'],
  ['xa_nang_cao', 'Số xã đạt chuẩn nông thôn mới nâng cao', 'xã', 'INTEGER'],
  ['von_huy_dong', 'Vốn huy động thực hiện chương trình', 'tỷ đồng', 'DECIMAL'],
];

const digitalIndicators: SampleIndicator[] = [
  ['dvc_truc_tuyen_toan_trinh', 'Số dịch vụ công trực tuyến toàn trình', 'dịch vụ', 'INTEGER'],
  ['ho_so_truc_tuyen', 'Tỷ lệ hồ sơ nộp trực tuyến', '%', 'PERCENT'],
  ['van_ban_dien_tu', 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', '%', 'PERCENT'],
  ['su_co_atttt', 'Số sự cố an toàn thông tin mạng', 'sự cố', 'INTEGER'],
];

const ethnicIndicators: SampleIndicator[] = [
  ['ho_ngheo_dtts', 'Số hộ nghèo người dân tộc thiểu số', 'hộ', 'INTEGER'],
  ['giam_ngheo', 'Tỷ lệ giảm hộ nghèo trong năm', '%', 'PERCENT'],
  [
    'von_ctmtqg',
    'Vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số đã giải ngân',
    'tỷ đồng',
    'DECIMAL',
  ],
];

const archiveIndicators: SampleIndicator[] = [
  ['van_ban_den', 'Số văn bản đến', 'văn bản', 'INTEGER'],
  ['van_ban_di', 'Số văn bản đi', 'văn bản', 'INTEGER'],
  ['ho_so_nop_luu', 'Số hồ sơ nộp lưu vào lưu trữ lịch sử', 'hồ sơ', 'INTEGER'],
];

export const SAMPLE_REGIMES: SampleRegime[] = [
  {
    code: 'VPCP-KSTTHC',
    name: 'Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và tiếp nhận, xử lý phản ánh, kiến nghị',
    content:
      'Kết quả kiểm soát việc ban hành, công bố, công khai thủ tục hành chính; tình hình tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa; kết quả tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; khó khăn, vướng mắc và đề xuất.',
    frequency: 'SEMIANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-vpcp',
    methods: SYSTEM,
    deadline: 5,
    legalBasis:
      'Nghị định 63/2010/NĐ-CP; Nghị định 61/2018/NĐ-CP; Nghị định 20/2008/NĐ-CP; Thông tư 01/2020/TT-VPCP ngày 21/10/2020',
    issuer: 'bo-vpcp',
    effectiveFrom: '2020-12-05',
    indicators: [
      ['tthc_cong_bo', 'Số thủ tục hành chính được công bố', 'thủ tục', 'INTEGER'],
      ['ho_so_tiep_nhan', 'Số hồ sơ thủ tục hành chính tiếp nhận', 'hồ sơ', 'INTEGER'],
      ['ho_so_dung_han', 'Số hồ sơ giải quyết đúng hạn', 'hồ sơ', 'INTEGER'],
      ['ty_le_dung_han', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', 'PERCENT'],
      ['pakn_tiep_nhan', 'Số phản ánh, kiến nghị tiếp nhận', 'phản ánh, kiến nghị', 'INTEGER'],
      ['pakn_da_xu_ly', 'Số phản ánh, kiến nghị đã xử lý', 'phản ánh, kiến nghị', 'INTEGER'],
      ['de_xuat', 'Đề xuất, kiến nghị', null, 'TEXT', false],
    ],
  },
  {
    code: 'VPCP-KTXH-THANG',
    name: 'Báo cáo tình hình kinh tế – xã hội hằng tháng',
    content:
      'Tình hình thực hiện các chỉ tiêu kinh tế – xã hội chủ yếu trong tháng; công tác chỉ đạo, điều hành của Ủy ban nhân dân; những tồn tại, hạn chế và nhiệm vụ, giải pháp tháng tiếp theo.',
    frequency: 'MONTHLY',
    subjects: PROVINCES,
    receiver: 'bo-vpcp',
    methods: SYSTEM,
    deadline: 3,
    legalBasis: 'Nghị định 09/2019/NĐ-CP; Quy chế làm việc của Chính phủ (Nghị định 39/2022/NĐ-CP)',
    issuer: 'cp',
    effectiveFrom: '2019-03-15',
    indicators: [
      ['tang_truong_iip', 'Chỉ số sản xuất công nghiệp so với cùng kỳ', '%', 'PERCENT'],
      ['tong_muc_ban_le', 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', 'tỷ đồng', 'DECIMAL'],
      ['thu_ngan_sach', 'Thu ngân sách nhà nước trên địa bàn', 'tỷ đồng', 'DECIMAL'],
      ['doanh_nghiep_moi', 'Số doanh nghiệp thành lập mới', 'doanh nghiệp', 'INTEGER'],
      ['danh_gia_chung', 'Đánh giá chung', null, 'TEXT'],
    ],
  },
  {
    code: 'VPCP-NVCPGIAO',
    name: 'Báo cáo tình hình thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao',
    content:
      'Số nhiệm vụ được giao trong kỳ, đã hoàn thành, đang thực hiện trong hạn và quá hạn; nguyên nhân chậm và giải pháp khắc phục.',
    frequency: 'MONTHLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-vpcp',
    methods: SYSTEM,
    deadline: 2,
    legalBasis: 'Quyết định 28/2018/QĐ-TTg; Nghị định 09/2019/NĐ-CP',
    issuer: 'cp',
    effectiveFrom: '2019-03-15',
    indicators: [
      ['nhiem_vu_giao', 'Số nhiệm vụ được giao', 'nhiệm vụ', 'INTEGER'],
      ['hoan_thanh_dung_han', 'Số nhiệm vụ hoàn thành đúng hạn', 'nhiệm vụ', 'INTEGER'],
      ['qua_han', 'Số nhiệm vụ quá hạn chưa hoàn thành', 'nhiệm vụ', 'INTEGER'],
    ],
  },
  {
    code: 'VPCP-KTXH-9T',
    name: 'Báo cáo đánh giá tình hình thực hiện kế hoạch phát triển kinh tế – xã hội 9 tháng',
    content:
      'Đánh giá 9 tháng và ước cả năm việc thực hiện các chỉ tiêu kinh tế – xã hội; dự kiến mục tiêu, chỉ tiêu, nhiệm vụ năm sau.',
    frequency: 'NINE_MONTHS',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-vpcp',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Nghị định 09/2019/NĐ-CP; Nghị quyết của Chính phủ về nhiệm vụ, giải pháp chủ yếu hằng năm',
    issuer: 'cp',
    effectiveFrom: '2019-03-15',
    indicators: [
      ['tang_truong_grdp', 'Tốc độ tăng trưởng GRDP ước 9 tháng', '%', 'PERCENT'],
      ['chi_tieu_dat', 'Số chỉ tiêu dự kiến đạt và vượt kế hoạch năm', 'chỉ tiêu', 'INTEGER'],
      ['du_kien_nam_sau', 'Dự kiến mục tiêu năm sau', null, 'TEXT'],
    ],
  },
  {
    code: 'VPCP-RSCDBC',
    name: 'Báo cáo kết quả rà soát, đơn giản hóa chế độ báo cáo',
    content:
      'Số chế độ báo cáo đang áp dụng, đã rà soát, đề xuất bãi bỏ, gộp, giảm tần suất hoặc chỉ tiêu; chi phí tuân thủ trước và sau đơn giản hóa.',
    frequency: 'ANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-vpcp',
    methods: SYSTEM,
    deadline: 10,
    legalBasis: 'Nghị định 09/2019/NĐ-CP, Điều 27 và Điều 28',
    issuer: 'cp',
    effectiveFrom: '2019-03-15',
    indicators: [
      ['che_do_ap_dung', 'Số chế độ báo cáo đang áp dụng', 'chế độ', 'INTEGER'],
      ['de_xuat_bai_bo', 'Số chế độ báo cáo đề xuất bãi bỏ hoặc gộp', 'chế độ', 'INTEGER'],
      ['chi_phi_truoc', 'Chi phí tuân thủ trước đơn giản hóa', 'triệu đồng', 'DECIMAL'],
      ['chi_phi_sau', 'Chi phí tuân thủ sau đơn giản hóa', 'triệu đồng', 'DECIMAL'],
    ],
  },
  {
    code: 'VPCP-PCDP',
    name: 'Báo cáo tình hình thực hiện phân cấp, phân quyền trong giải quyết thủ tục hành chính',
    content:
      'Kết quả rà soát thủ tục hành chính có thể phân cấp cho địa phương; vướng mắc về thẩm quyền sau sắp xếp đơn vị hành chính.',
    frequency: 'THEMATIC',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-vpcp',
    methods: SYSTEM,
    deadline: 10,
    legalBasis: 'Nghị quyết 66/NQ-CP năm 2025 về cắt giảm, đơn giản hóa thủ tục hành chính',
    issuer: 'cp',
    effectiveFrom: '2025-03-26',
    indicators: [
      ['tthc_de_xuat_phan_cap', 'Số thủ tục hành chính đề xuất phân cấp', 'thủ tục', 'INTEGER'],
      ['vuong_mac', 'Vướng mắc về thẩm quyền', null, 'TEXT', false],
    ],
  },
  {
    code: 'BKHDT-DTC-QUY',
    name: 'Báo cáo tình hình thực hiện và giải ngân kế hoạch vốn đầu tư công',
    content:
      'Tình hình phân bổ, thực hiện và giải ngân kế hoạch vốn đầu tư công trong quý; các dự án chậm giải ngân, nguyên nhân và giải pháp.',
    frequency: 'QUARTERLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-bkhdt',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Luật Đầu tư công 2019; Nghị định 29/2021/NĐ-CP; Thông tư 03/2022/TT-BKHĐT',
    issuer: 'bo-bkhdt',
    status: 'SUPERSEDED',
    effectiveFrom: '2022-06-01',
    effectiveTo: BEFORE_MINISTRY_MERGERS,
    indicators: publicInvestmentIndicators,
  },
  {
    code: 'BTC-DTC-QUY',
    name: 'Báo cáo tình hình thực hiện và giải ngân kế hoạch vốn đầu tư công',
    content:
      'Tình hình phân bổ, thực hiện và giải ngân kế hoạch vốn đầu tư công trong quý; các dự án chậm giải ngân, nguyên nhân và giải pháp. Tiếp nhận từ Bộ Kế hoạch và Đầu tư sau khi hợp nhất vào Bộ Tài chính.',
    frequency: 'QUARTERLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-btc-2025',
    methods: SYSTEM,
    deadline: 5,
    legalBasis:
      'Luật Đầu tư công 2024; Nghị định 29/2021/NĐ-CP; Nghị định 29/2025/NĐ-CP về chức năng của Bộ Tài chính',
    issuer: 'bo-btc-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: publicInvestmentIndicators,
  },
  {
    code: 'BTC-GNDTC-THANG',
    name: 'Báo cáo tiến độ giải ngân vốn đầu tư công hằng tháng',
    content:
      'Giá trị giải ngân lũy kế đến hết tháng, tỷ lệ so với kế hoạch được giao và dự kiến tháng tiếp theo.',
    frequency: 'MONTHLY',
    subjects: PROVINCES,
    receiver: 'bo-btc-2025',
    methods: SYSTEM,
    deadline: 2,
    legalBasis:
      'Công điện của Thủ tướng Chính phủ về đẩy mạnh giải ngân vốn đầu tư công năm 2025; Nghị định 29/2021/NĐ-CP',
    issuer: 'bo-btc-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: publicInvestmentIndicators.slice(0, 3),
  },
  {
    code: 'BTC-NSDP-QUY',
    name: 'Báo cáo tình hình thực hiện dự toán thu, chi ngân sách địa phương',
    content:
      'Số thu, chi ngân sách địa phương lũy kế đến hết quý, so với dự toán và cùng kỳ; bội chi và vay của ngân sách địa phương.',
    frequency: 'QUARTERLY',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'stc',
    subjectNote: 'Sở Tài chính các tỉnh, thành phố trực thuộc trung ương',
    receiver: 'bo-btc',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Luật Ngân sách nhà nước 2015; Thông tư 342/2016/TT-BTC',
    issuer: 'bo-btc',
    status: 'SUPERSEDED',
    effectiveFrom: '2017-01-01',
    effectiveTo: BEFORE_MINISTRY_MERGERS,
    indicators: budgetIndicators,
  },
  {
    code: 'BTC25-NSDP-QUY',
    name: 'Báo cáo tình hình thực hiện dự toán thu, chi ngân sách địa phương',
    content:
      'Số thu, chi ngân sách địa phương lũy kế đến hết quý, so với dự toán và cùng kỳ; bội chi và vay của ngân sách địa phương.',
    frequency: 'QUARTERLY',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'stc',
    subjectNote: 'Sở Tài chính các tỉnh, thành phố trực thuộc trung ương',
    receiver: 'bo-btc-2025',
    methods: SYSTEM,
    deadline: 10,
    legalBasis:
      'Luật Ngân sách nhà nước 2025; Thông tư của Bộ Tài chính hướng dẫn chế độ báo cáo ngân sách địa phương',
    issuer: 'bo-btc-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: budgetIndicators,
  },
  {
    code: 'BTC-THTK',
    name: 'Báo cáo kết quả thực hành tiết kiệm, chống lãng phí',
    content:
      'Kết quả tiết kiệm trong chi thường xuyên, đầu tư công, quản lý tài sản công; các vụ việc lãng phí được phát hiện và xử lý.',
    frequency: 'ANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-btc-2025',
    methods: SYSTEM_AND_PAPER,
    deadline: 15,
    legalBasis: 'Luật Thực hành tiết kiệm, chống lãng phí 2013; Thông tư 129/2017/TT-BTC',
    issuer: 'bo-btc-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: [
      ['so_tien_tiet_kiem', 'Số tiền tiết kiệm được', 'tỷ đồng', 'DECIMAL'],
      ['vu_viec_lang_phi', 'Số vụ việc lãng phí phát hiện', 'vụ việc', 'INTEGER'],
      ['so_tien_thu_hoi', 'Số tiền kiến nghị thu hồi', 'tỷ đồng', 'DECIMAL'],
    ],
  },
  {
    code: 'BTC-TSC',
    name: 'Báo cáo tình hình quản lý, sử dụng tài sản công',
    content:
      'Số lượng, nguyên giá, giá trị còn lại của tài sản công tại cơ quan, tổ chức, đơn vị; tình hình xử lý tài sản công.',
    frequency: 'ANNUAL',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'stc',
    subjectNote: 'Sở Tài chính tổng hợp cho toàn tỉnh',
    receiver: 'bo-btc-2025',
    methods: SYSTEM,
    deadline: 20,
    legalBasis: 'Luật Quản lý, sử dụng tài sản công 2017; Nghị định 151/2017/NĐ-CP',
    issuer: 'bo-btc-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: [
      ['nguyen_gia', 'Nguyên giá tài sản công', 'tỷ đồng', 'DECIMAL'],
      ['gia_tri_con_lai', 'Giá trị còn lại', 'tỷ đồng', 'DECIMAL'],
      ['tai_san_xu_ly', 'Số tài sản đã xử lý trong năm', 'tài sản', 'INTEGER'],
    ],
  },
  {
    code: 'TTCP-PCTN',
    name: 'Báo cáo công tác phòng, chống tham nhũng',
    content:
      'Kết quả công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng; kết quả thực hiện các biện pháp phòng ngừa; phát hiện và xử lý tham nhũng; thu hồi tài sản tham nhũng.',
    frequency: 'ANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-ttcp',
    methods: SYSTEM_AND_PAPER,
    deadline: 5,
    legalBasis: 'Luật Phòng, chống tham nhũng 2018; Nghị định 59/2019/NĐ-CP; Thông tư 02/2021/TT-TTCP',
    issuer: 'bo-ttcp',
    effectiveFrom: '2021-07-01',
    indicators: [
      ['vu_viec_phat_hien', 'Số vụ việc tham nhũng được phát hiện', 'vụ việc', 'INTEGER'],
      ['nguoi_bi_xu_ly', 'Số người bị xử lý', 'người', 'INTEGER'],
      ['tai_san_thu_hoi', 'Tài sản tham nhũng đã thu hồi', 'tỷ đồng', 'DECIMAL'],
      ['ke_khai_tai_san', 'Tỷ lệ người có nghĩa vụ đã kê khai tài sản, thu nhập', '%', 'PERCENT'],
    ],
  },
  {
    code: 'TTCP-TCDKNTC',
    name: 'Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    content:
      'Tình hình tiếp công dân; tiếp nhận, phân loại và xử lý đơn; kết quả giải quyết khiếu nại, tố cáo thuộc thẩm quyền; dự báo tình hình.',
    frequency: 'QUARTERLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-ttcp',
    methods: SYSTEM_AND_PAPER,
    deadline: 5,
    legalBasis: 'Luật Tiếp công dân 2013; Luật Khiếu nại 2011; Luật Tố cáo 2018; Thông tư 02/2021/TT-TTCP',
    issuer: 'bo-ttcp',
    effectiveFrom: '2021-07-01',
    indicators: [
      ['luot_tiep', 'Số lượt tiếp công dân', 'lượt', 'INTEGER'],
      ['don_tiep_nhan', 'Số đơn tiếp nhận', 'đơn', 'INTEGER'],
      ['vu_viec_giai_quyet', 'Số vụ việc khiếu nại, tố cáo đã giải quyết', 'vụ việc', 'INTEGER'],
      ['ty_le_giai_quyet', 'Tỷ lệ giải quyết thuộc thẩm quyền', '%', 'PERCENT'],
    ],
  },
  {
    code: 'TTCP-THANHTRA',
    name: 'Báo cáo kết quả công tác thanh tra',
    content:
      'Số cuộc thanh tra hành chính, thanh tra chuyên ngành đã triển khai và kết thúc; sai phạm phát hiện; kiến nghị thu hồi và xử lý.',
    frequency: 'SEMIANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-ttcp',
    methods: SYSTEM_AND_PAPER,
    deadline: 5,
    legalBasis: 'Luật Thanh tra 2022; Thông tư 02/2021/TT-TTCP',
    issuer: 'bo-ttcp',
    effectiveFrom: '2023-07-01',
    indicators: [
      ['cuoc_thanh_tra', 'Số cuộc thanh tra đã kết thúc', 'cuộc', 'INTEGER'],
      ['kien_nghi_thu_hoi', 'Số tiền kiến nghị thu hồi', 'tỷ đồng', 'DECIMAL'],
      ['chuyen_co_quan_dieu_tra', 'Số vụ chuyển cơ quan điều tra', 'vụ', 'INTEGER'],
    ],
  },
  {
    code: 'BTP-TDTHPL',
    name: 'Báo cáo công tác theo dõi tình hình thi hành pháp luật',
    content:
      'Kết quả theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm; kiến nghị hoàn thiện pháp luật.',
    frequency: 'ANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-btp',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Nghị định 59/2012/NĐ-CP, sửa đổi bởi Nghị định 32/2020/NĐ-CP; Thông tư 04/2021/TT-BTP',
    issuer: 'bo-btp',
    effectiveFrom: '2020-05-05',
    indicators: [
      ['linh_vuc_trong_tam', 'Số lĩnh vực theo dõi trọng tâm', 'lĩnh vực', 'INTEGER'],
      ['cuoc_kiem_tra', 'Số cuộc kiểm tra tình hình thi hành pháp luật', 'cuộc', 'INTEGER'],
      ['kien_nghi', 'Kiến nghị hoàn thiện pháp luật', null, 'TEXT', false],
    ],
  },
  {
    code: 'BTP-KTVB',
    name: 'Báo cáo công tác kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật',
    content:
      'Số văn bản đã kiểm tra, phát hiện trái pháp luật và kết quả xử lý; kết quả rà soát, hệ thống hóa văn bản.',
    frequency: 'SEMIANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-btp',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Luật Ban hành văn bản quy phạm pháp luật; Nghị định 34/2016/NĐ-CP; Thông tư 04/2021/TT-BTP',
    issuer: 'bo-btp',
    effectiveFrom: '2021-07-01',
    indicators: [
      ['van_ban_kiem_tra', 'Số văn bản đã kiểm tra', 'văn bản', 'INTEGER'],
      ['van_ban_trai_phap_luat', 'Số văn bản phát hiện trái pháp luật', 'văn bản', 'INTEGER'],
      ['van_ban_da_xu_ly', 'Số văn bản đã được xử lý', 'văn bản', 'INTEGER'],
    ],
  },
  {
    code: 'BTP-HOTICH',
    name: 'Báo cáo kết quả công tác đăng ký, quản lý hộ tịch và chứng thực',
    content:
      'Tình hình đăng ký, quản lý hộ tịch và chứng thực trên địa bàn; việc cập nhật Cơ sở dữ liệu hộ tịch điện tử; khó khăn, vướng mắc.',
    frequency: 'SEMIANNUAL',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'stp',
    subjectNote: 'Sở Tư pháp các tỉnh, thành phố trực thuộc trung ương',
    receiver: 'bo-btp',
    methods: SYSTEM,
    deadline: 7,
    legalBasis: 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2021/TT-BTP',
    issuer: 'bo-btp',
    effectiveFrom: '2021-07-01',
    indicators: [
      ['khai_sinh', 'Số trường hợp đăng ký khai sinh', 'trường hợp', 'INTEGER'],
      ['ket_hon', 'Số trường hợp đăng ký kết hôn', 'trường hợp', 'INTEGER'],
      ['ho_tich_truc_tuyen', 'Tỷ lệ hồ sơ hộ tịch giải quyết trực tuyến', '%', 'PERCENT'],
      ['ban_sao_chung_thuc', 'Số bản sao được chứng thực', 'bản', 'INTEGER'],
    ],
  },
  {
    code: 'BTP-TGPL',
    name: 'Báo cáo tình hình hoạt động trợ giúp pháp lý',
    content:
      'Số vụ việc trợ giúp pháp lý đã thụ lý và kết thúc theo hình thức; người được trợ giúp pháp lý; chất lượng vụ việc.',
    frequency: 'QUARTERLY',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'stp',
    subjectNote: 'Sở Tư pháp (Trung tâm Trợ giúp pháp lý nhà nước) các tỉnh, thành phố',
    receiver: 'bo-btp',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Luật Trợ giúp pháp lý 2017; Thông tư 03/2021/TT-BTP',
    issuer: 'bo-btp',
    effectiveFrom: '2021-06-01',
    indicators: [
      ['vu_viec_thu_ly', 'Số vụ việc trợ giúp pháp lý đã thụ lý', 'vụ việc', 'INTEGER'],
      ['tham_gia_to_tung', 'Số vụ việc tham gia tố tụng', 'vụ việc', 'INTEGER'],
      ['nguoi_duoc_tro_giup', 'Số người được trợ giúp pháp lý', 'người', 'INTEGER'],
    ],
  },
  {
    code: 'BTP-VBQDCT',
    name: 'Báo cáo tình hình ban hành văn bản quy định chi tiết',
    content:
      'Số văn bản quy định chi tiết phải ban hành, đã ban hành, chậm ban hành; nguyên nhân chậm và thời hạn dự kiến.',
    frequency: 'MONTHLY',
    subjects: CENTRAL,
    receiver: 'bo-btp',
    methods: SYSTEM,
    deadline: 3,
    legalBasis: 'Luật Ban hành văn bản quy phạm pháp luật 2025; Nghị định 09/2019/NĐ-CP',
    issuer: 'bo-btp',
    effectiveFrom: '2019-03-15',
    indicators: [
      ['phai_ban_hanh', 'Số văn bản phải ban hành', 'văn bản', 'INTEGER'],
      ['da_ban_hanh', 'Số văn bản đã ban hành', 'văn bản', 'INTEGER'],
      ['cham_ban_hanh', 'Số văn bản chậm ban hành', 'văn bản', 'INTEGER'],
    ],
  },
  {
    code: 'BTP-PHAPCHE',
    name: 'Báo cáo công tác pháp chế',
    content:
      'Tổ chức và hoạt động của tổ chức pháp chế; kết quả xây dựng, thẩm định, kiểm tra văn bản; phổ biến, giáo dục pháp luật.',
    frequency: 'ANNUAL',
    subjects: CENTRAL,
    receiver: 'bo-btp',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Nghị định 55/2011/NĐ-CP, sửa đổi bởi Nghị định 56/2024/NĐ-CP',
    issuer: 'bo-btp',
    effectiveFrom: '2011-08-26',
    indicators: [
      ['nguoi_lam_phap_che', 'Số người làm công tác pháp chế', 'người', 'INTEGER'],
      ['du_thao_tham_dinh', 'Số dự thảo văn bản đã thẩm định, góp ý', 'văn bản', 'INTEGER'],
    ],
  },
  {
    code: 'BNV-CCHC',
    name: 'Báo cáo kết quả thực hiện công tác cải cách hành chính',
    content:
      'Kết quả thực hiện kế hoạch cải cách hành chính trên các nội dung: thể chế, thủ tục hành chính, tổ chức bộ máy, công vụ, tài chính công, chính phủ số.',
    frequency: 'QUARTERLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-bnv',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Nghị quyết 76/NQ-CP năm 2021; Thông tư 01/2021/TT-BNV (chế độ báo cáo của Bộ Nội vụ)',
    issuer: 'bo-bnv',
    status: 'SUPERSEDED',
    effectiveFrom: '2021-07-15',
    effectiveTo: BEFORE_MINISTRY_MERGERS,
    indicators: reformIndicators,
  },
  {
    code: 'BNV25-CCHC',
    name: 'Báo cáo kết quả thực hiện công tác cải cách hành chính',
    content:
      'Kết quả thực hiện kế hoạch cải cách hành chính trên các nội dung: thể chế, thủ tục hành chính, tổ chức bộ máy, công vụ, tài chính công, chính phủ số; kết quả sắp xếp tổ chức bộ máy.',
    frequency: 'QUARTERLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-bnv-2025',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Nghị quyết 76/NQ-CP năm 2021; Nghị định 25/2025/NĐ-CP về chức năng của Bộ Nội vụ',
    issuer: 'bo-bnv-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: reformIndicators,
  },
  {
    code: 'BNV-VTLT',
    name: 'Báo cáo công tác văn thư, lưu trữ',
    content:
      'Tình hình quản lý văn bản đi, đến; lập hồ sơ và nộp lưu hồ sơ vào lưu trữ cơ quan, lưu trữ lịch sử; số hóa tài liệu.',
    frequency: 'ANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-bnv-2025',
    methods: SYSTEM_AND_PAPER,
    deadline: 15,
    legalBasis: 'Luật Lưu trữ 2024; Nghị định 30/2020/NĐ-CP về công tác văn thư',
    issuer: 'bo-bnv-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: archiveIndicators,
  },
  {
    code: 'BNNPTNT-NTM',
    name: 'Báo cáo tình hình thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
    content: 'Kết quả thực hiện các tiêu chí nông thôn mới, huy động và sử dụng vốn; khó khăn, vướng mắc.',
    frequency: 'SEMIANNUAL',
    subjects: PROVINCES,
    receiver: 'bo-bnnptnt',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Quyết định 263/QĐ-TTg năm 2022; Nghị định 27/2022/NĐ-CP',
    issuer: 'bo-bnnptnt',
    status: 'SUPERSEDED',
    effectiveFrom: '2022-04-19',
    effectiveTo: BEFORE_MINISTRY_MERGERS,
    indicators: ruralIndicators,
  },
  {
    code: 'BNNMT-NTM',
    name: 'Báo cáo tình hình thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
    content:
      'Kết quả thực hiện các tiêu chí nông thôn mới, huy động và sử dụng vốn; điều chỉnh sau sắp xếp đơn vị hành chính cấp xã.',
    frequency: 'SEMIANNUAL',
    subjects: PROVINCES,
    receiver: 'bo-bnnmt-2025',
    methods: SYSTEM,
    deadline: 10,
    legalBasis:
      'Quyết định 263/QĐ-TTg năm 2022; Nghị định 35/2025/NĐ-CP về chức năng của Bộ Nông nghiệp và Môi trường',
    issuer: 'bo-bnnmt-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: ruralIndicators,
  },
  {
    code: 'BNNMT-THIENTAI',
    name: 'Báo cáo nhanh tình hình thiệt hại do thiên tai',
    content:
      'Thiệt hại về người, nhà ở, sản xuất và hạ tầng do bão, lũ, sạt lở; công tác ứng phó và khắc phục hậu quả.',
    frequency: 'AD_HOC',
    subjects: PROVINCES,
    receiver: 'bo-bnnmt-2025',
    methods: ['REPORTING_SYSTEM', 'EMAIL', 'FAX'],
    deadline: 0,
    legalBasis:
      'Luật Phòng, chống thiên tai 2013 (sửa đổi 2020); Thông tư liên tịch 43/2015/TTLT-BNNPTNT-BKHĐT',
    issuer: 'bo-bnnmt-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: [
      ['nguoi_chet_mat_tich', 'Số người chết, mất tích', 'người', 'INTEGER'],
      ['nha_hu_hong', 'Số nhà bị sập, hư hỏng', 'nhà', 'INTEGER'],
      ['uoc_thiet_hai', 'Ước giá trị thiệt hại', 'tỷ đồng', 'DECIMAL'],
    ],
  },
  {
    code: 'UBDT-CTDT',
    name: 'Báo cáo kết quả thực hiện công tác dân tộc',
    content:
      'Tình hình vùng đồng bào dân tộc thiểu số và miền núi; kết quả thực hiện chính sách dân tộc và Chương trình mục tiêu quốc gia.',
    frequency: 'ANNUAL',
    subjects: PROVINCES,
    receiver: 'bo-ubdt',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Nghị định 05/2011/NĐ-CP về công tác dân tộc; Thông tư 01/2022/TT-UBDT',
    issuer: 'bo-ubdt',
    status: 'SUPERSEDED',
    effectiveFrom: '2022-02-01',
    effectiveTo: BEFORE_MINISTRY_MERGERS,
    indicators: ethnicIndicators,
  },
  {
    code: 'BDTTG-CTDT',
    name: 'Báo cáo kết quả thực hiện công tác dân tộc và tín ngưỡng, tôn giáo',
    content:
      'Tình hình vùng đồng bào dân tộc thiểu số và miền núi; kết quả thực hiện chính sách dân tộc; tình hình tín ngưỡng, tôn giáo trên địa bàn.',
    frequency: 'ANNUAL',
    subjects: PROVINCES,
    receiver: 'bo-bdttg-2025',
    methods: SYSTEM_AND_PAPER,
    deadline: 10,
    legalBasis: 'Nghị định 05/2011/NĐ-CP; Nghị định 41/2025/NĐ-CP về chức năng của Bộ Dân tộc và Tôn giáo',
    issuer: 'bo-bdttg-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: [
      ...ethnicIndicators,
      ['co_so_ton_giao', 'Số cơ sở tôn giáo được công nhận', 'cơ sở', 'INTEGER'],
    ],
  },
  {
    code: 'BTTTT-CDS',
    name: 'Báo cáo tình hình ứng dụng công nghệ thông tin, chuyển đổi số trong cơ quan nhà nước',
    content:
      'Kết quả phát triển chính quyền số, cung cấp dịch vụ công trực tuyến, bảo đảm an toàn thông tin mạng.',
    frequency: 'SEMIANNUAL',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-btttt',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Nghị định 47/2020/NĐ-CP; Quyết định 942/QĐ-TTg năm 2021',
    issuer: 'bo-btttt',
    status: 'SUPERSEDED',
    effectiveFrom: '2021-06-15',
    effectiveTo: BEFORE_MINISTRY_MERGERS,
    indicators: digitalIndicators,
  },
  {
    code: 'BKHCN-CDS',
    name: 'Báo cáo tình hình chuyển đổi số, phát triển chính phủ số',
    content:
      'Kết quả thực hiện Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; dịch vụ công trực tuyến; an toàn thông tin.',
    frequency: 'QUARTERLY',
    subjects: CENTRAL_AND_PROVINCES,
    receiver: 'bo-bkhcn-2025',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Nghị quyết 57-NQ/TW năm 2024; Nghị quyết 03/NQ-CP năm 2025; Nghị định 55/2025/NĐ-CP',
    issuer: 'bo-bkhcn-2025',
    effectiveFrom: MINISTRY_MERGERS,
    indicators: digitalIndicators,
  },
  {
    code: 'BYT-ATTP',
    name: 'Báo cáo công tác bảo đảm an toàn thực phẩm',
    content: 'Kết quả thanh tra, kiểm tra an toàn thực phẩm; ngộ độc thực phẩm; xử lý vi phạm.',
    frequency: 'SEMIANNUAL',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'syt',
    subjectNote: 'Sở Y tế (cơ quan thường trực Ban Chỉ đạo liên ngành an toàn thực phẩm cấp tỉnh)',
    receiver: 'bo-byt',
    methods: SYSTEM_AND_PAPER,
    deadline: 7,
    legalBasis: 'Luật An toàn thực phẩm 2010; Nghị định 15/2018/NĐ-CP; Thông tư 06/2022/TT-BYT',
    issuer: 'bo-byt',
    effectiveFrom: '2022-05-01',
    indicators: [
      ['co_so_kiem_tra', 'Số cơ sở được thanh tra, kiểm tra', 'cơ sở', 'INTEGER'],
      ['vu_ngo_doc', 'Số vụ ngộ độc thực phẩm', 'vụ', 'INTEGER'],
      ['tien_phat', 'Số tiền phạt', 'triệu đồng', 'DECIMAL'],
    ],
  },
  {
    code: 'BYT-TCMR',
    name: 'Báo cáo kết quả thực hiện Chương trình tiêm chủng mở rộng',
    content:
      'Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi; cung ứng và bảo quản vắc xin; sự cố bất lợi sau tiêm.',
    frequency: 'QUARTERLY',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'syt',
    subjectNote: 'Sở Y tế các tỉnh, thành phố trực thuộc trung ương',
    receiver: 'bo-byt',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Luật Phòng, chống bệnh truyền nhiễm 2007; Nghị định 104/2016/NĐ-CP',
    issuer: 'bo-byt',
    effectiveFrom: '2016-07-01',
    indicators: [
      ['ty_le_tiem_du', 'Tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ', '%', 'PERCENT'],
      ['su_co_sau_tiem', 'Số trường hợp sự cố bất lợi sau tiêm', 'trường hợp', 'INTEGER'],
      ['du_vac_xin', 'Đủ vắc xin cho kỳ tiếp theo', null, 'BOOLEAN'],
    ],
  },
  {
    code: 'BGDDT-TKNH',
    name: 'Báo cáo tổng kết năm học',
    content:
      'Kết quả thực hiện nhiệm vụ năm học: quy mô trường, lớp, học sinh; đội ngũ; chất lượng giáo dục; cơ sở vật chất.',
    frequency: 'ANNUAL',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'sgddt',
    subjectNote: 'Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc trung ương',
    receiver: 'bo-bgddt',
    methods: SYSTEM,
    deadline: 10,
    legalBasis: 'Luật Giáo dục 2019; Thông tư 24/2020/TT-BGDĐT',
    issuer: 'bo-bgddt',
    effectiveFrom: '2020-10-01',
    indicators: [
      ['so_hoc_sinh', 'Số học sinh', 'học sinh', 'INTEGER'],
      ['so_giao_vien', 'Số giáo viên', 'giáo viên', 'INTEGER'],
      ['truong_chuan', 'Tỷ lệ trường đạt chuẩn quốc gia', '%', 'PERCENT'],
    ],
  },
  {
    code: 'BGDDT-THITN',
    name: 'Báo cáo công tác chuẩn bị kỳ thi tốt nghiệp trung học phổ thông',
    content: 'Công tác tổ chức, nhân sự, cơ sở vật chất, bảo đảm an ninh, an toàn cho kỳ thi tại địa phương.',
    frequency: 'THEMATIC',
    subjects: ['PROVINCIAL_DEPARTMENT'],
    unitSuffix: 'sgddt',
    subjectNote: 'Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc trung ương',
    receiver: 'bo-bgddt',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Thông tư 24/2024/TT-BGDĐT ban hành Quy chế thi tốt nghiệp trung học phổ thông',
    issuer: 'bo-bgddt',
    effectiveFrom: '2025-01-01',
    indicators: [
      ['diem_thi', 'Số điểm thi', 'điểm thi', 'INTEGER'],
      ['thi_sinh', 'Số thí sinh đăng ký dự thi', 'thí sinh', 'INTEGER'],
    ],
  },
  {
    code: 'BCT-XNK-THANG',
    name: 'Báo cáo tình hình sản xuất công nghiệp và thương mại hằng tháng',
    content: 'Tình hình sản xuất công nghiệp, thương mại nội địa, xuất nhập khẩu của địa phương trong tháng.',
    frequency: 'MONTHLY',
    subjects: PROVINCES,
    receiver: 'bo-bct',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Thông tư 09/2019/TT-BCT quy định chế độ báo cáo của Bộ Công Thương',
    issuer: 'bo-bct',
    status: 'ABOLISHED',
    effectiveFrom: '2019-08-01',
    effectiveTo: '2024-12-31',
    indicators: [
      ['kim_ngach_xuat_khau', 'Kim ngạch xuất khẩu', 'triệu USD', 'DECIMAL'],
      ['kim_ngach_nhap_khau', 'Kim ngạch nhập khẩu', 'triệu USD', 'DECIMAL'],
    ],
  },
  {
    code: 'BCA-DA06',
    name: 'Báo cáo tình hình triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06)',
    content:
      'Kết quả kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư; số dịch vụ công thiết yếu đã tích hợp định danh điện tử; khó khăn, vướng mắc và đề xuất.',
    frequency: 'QUARTERLY',
    subjects: PROVINCES,
    subjectAgencies: ['bo-btp', 'bo-byt', 'bo-bgddt'],
    subjectNote:
      'Ủy ban nhân dân các tỉnh, thành phố và các bộ được giao nhiệm vụ trong Đề án 06 (Tư pháp, Y tế, Giáo dục và Đào tạo)',
    receiver: 'bo-bca',
    methods: SYSTEM,
    deadline: 5,
    legalBasis: 'Quyết định 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ; Nghị định 09/2019/NĐ-CP',
    issuer: 'cp',
    effectiveFrom: '2022-01-06',
    outline: [
      'I. Kết quả triển khai các nhiệm vụ của Đề án 06 trong kỳ',
      '  1. Kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư',
      '  2. Dịch vụ công thiết yếu tích hợp định danh và xác thực điện tử',
      'II. Khó khăn, vướng mắc và nguyên nhân',
      'III. Nhiệm vụ trọng tâm kỳ tới; đề xuất, kiến nghị',
      'Phụ lục: Biểu tổng hợp số liệu theo mẫu',
    ].join('\n'),
    indicators: [
      ['dvc_tich_hop_vneid', 'Số dịch vụ công thiết yếu đã tích hợp định danh điện tử', 'dịch vụ', 'INTEGER'],
      [
        'luot_khai_thac',
        'Số lượt khai thác dữ liệu dân cư',
        'lượt',
        'INTEGER',
        true,
        ['Theo lĩnh vực', 'Theo cấp hành chính'],
      ],
      ['ty_le_lam_sach', 'Tỷ lệ dữ liệu chuyên ngành đã làm sạch, đồng bộ', '%', 'PERCENT'],
      ['kien_nghi', 'Khó khăn, vướng mắc và kiến nghị', null, 'TEXT', false],
    ],
  },
];
