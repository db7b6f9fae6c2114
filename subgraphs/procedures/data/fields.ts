/**
 * The fields (lĩnh vực) of the sample catalog: for each, the ministry that answers for it, the laws it
 * rests on, who files, which bodies implement it at each level, typical processing time and fee, a list of
 * named procedures, and verb × object templates that stretch it to the national scale.
 */

/** Level shorthand: C central, P provincial, X communal (xã), H district (huyện, historical). */
export type LevelLetters = string;

export interface CuratedProcedure {
  name: string;
  levels: LevelLetters;
  /** A real national code, used only where it is known for sure. */
  code?: string;
  kind?: 'STANDARD' | 'INTERCONNECTED' | 'INTERNAL';
  status?: 'IN_EFFECT' | 'AMENDED' | 'ABOLISHED';
  effectiveFrom?: string;
  effectiveTo?: string;
  days?: number;
  fee?: number;
  keywords?: string[];
  subjects?: string[];
  /** A ministry other than the field's answers for it (driving licences moved to the police in 2025). */
  ministryId?: string;
  coordinating?: string[];
  laws?: string[];
}

export interface SyntheticTemplate {
  verbs: string[];
  objects: string[];
}

export interface FieldSpec {
  code: string;
  name: string;
  ministryId: string;
  laws: string[];
  subjects: string[];
  /** Implementing body by level letter. */
  bodies: Record<'C' | 'P' | 'X' | 'H', string>;
  /** A body provincial procedures may be delegated to. */
  authorized?: string;
  days: number;
  fee: number;
  keywords: string[];
  curated: CuratedProcedure[];
  synthetic: SyntheticTemplate[];
  qualifiers: string[];
  /** Level shorthands generated procedures draw from. */
  syntheticLevels: LevelLetters[];
}

const p = (name: string, levels: LevelLetters, extra: Omit<CuratedProcedure, 'name' | 'levels'> = {}) => ({
  name,
  levels,
  ...extra,
});

const DISTRICT_END = '2025-06-30';
const TWO_TIER_START = '2025-07-01';
/** A district procedure that ended with the district level. */
const districtEra = { status: 'ABOLISHED' as const, effectiveTo: DISTRICT_END };
/** Moved down to the commune on 2025-07-01 (Decree 120/2025/NĐ-CP for justice). */
const twoTier = { status: 'AMENDED' as const, effectiveFrom: TWO_TIER_START };

export const FIELDS: FieldSpec[] = [
  {
    code: 'ho-tich',
    name: 'Hộ tịch',
    ministryId: 'bo-btp',
    laws: ['60/2014/QH13', '123/2015/NĐ-CP', '04/2020/TT-BTP'],
    subjects: ['Công dân Việt Nam'],
    bodies: {
      C: 'Cục Hộ tịch, quốc tịch, chứng thực',
      P: 'Sở Tư pháp',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    days: 3,
    fee: 8000,
    keywords: ['hộ tịch'],
    curated: [
      p('Đăng ký khai sinh', 'X', {
        code: '1.001193',
        kind: 'INTERCONNECTED',
        days: 0,
        fee: 0,
        keywords: ['giấy khai sinh', 'trẻ em', 'khai sinh'],
        subjects: ['Công dân Việt Nam', 'Cha, mẹ hoặc người thân thích của trẻ em'],
        coordinating: ['Công an cấp xã', 'Cơ quan bảo hiểm xã hội'],
      }),
      p('Đăng ký kết hôn có yếu tố nước ngoài', 'X', {
        code: '2.000806',
        ...twoTier,
        days: 15,
        fee: 1000000,
        keywords: ['kết hôn', 'người nước ngoài', 'giấy chứng nhận kết hôn'],
        subjects: ['Công dân Việt Nam', 'Người nước ngoài'],
        laws: ['60/2014/QH13', '123/2015/NĐ-CP', '120/2025/NĐ-CP'],
      }),
      p('Đăng ký kết hôn', 'X', { days: 0, fee: 0, keywords: ['kết hôn', 'giấy chứng nhận kết hôn'] }),
      p('Đăng ký khai tử', 'X', {
        kind: 'INTERCONNECTED',
        days: 0,
        fee: 0,
        keywords: ['khai tử', 'trích lục khai tử'],
        coordinating: ['Công an cấp xã'],
      }),
      p('Đăng ký nhận cha, mẹ, con', 'X', { keywords: ['nhận cha mẹ con'] }),
      p('Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'X', { keywords: ['khai sinh', 'nhận cha mẹ con'] }),
      p('Đăng ký giám hộ', 'X', { keywords: ['giám hộ'] }),
      p('Đăng ký chấm dứt giám hộ', 'X', { keywords: ['giám hộ'] }),
      p('Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'X', {
        keywords: ['cải chính', 'thay đổi họ tên'],
      }),
      p('Đăng ký lại khai sinh', 'X', { days: 5, keywords: ['khai sinh'] }),
      p('Đăng ký lại kết hôn', 'X', { days: 5, keywords: ['kết hôn'] }),
      p('Đăng ký lại khai tử', 'X', { days: 5, keywords: ['khai tử'] }),
      p('Đăng ký khai sinh có yếu tố nước ngoài', 'X', {
        ...twoTier,
        days: 3,
        fee: 0,
        keywords: ['khai sinh', 'người nước ngoài'],
        laws: ['60/2014/QH13', '120/2025/NĐ-CP'],
      }),
      p('Đăng ký khai tử có yếu tố nước ngoài', 'X', {
        ...twoTier,
        keywords: ['khai tử', 'người nước ngoài'],
      }),
      p('Đăng ký khai sinh lưu động', 'X', { fee: 0, keywords: ['khai sinh', 'lưu động'] }),
      p('Đăng ký kết hôn lưu động', 'X', { fee: 0, keywords: ['kết hôn', 'lưu động'] }),
      p('Cấp Giấy xác nhận tình trạng hôn nhân', 'X', { keywords: ['độc thân', 'tình trạng hôn nhân'] }),
      p('Cấp bản sao trích lục hộ tịch', 'PX', { days: 1, keywords: ['trích lục', 'bản sao'] }),
      p(
        'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
        'X',
        { ...twoTier, days: 5, keywords: ['ghi chú kết hôn'] },
      ),
      p(
        'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài',
        'PX',
        { ...twoTier, days: 12, keywords: ['ghi chú ly hôn'] },
      ),
      p('Xác định lại dân tộc', 'X', { keywords: ['dân tộc'] }),
      p(
        'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
        'X',
        {
          kind: 'INTERCONNECTED',
          fee: 0,
          days: 5,
          keywords: ['khai sinh', 'thường trú', 'bảo hiểm y tế'],
          coordinating: ['Công an cấp xã', 'Cơ quan bảo hiểm xã hội'],
        },
      ),
      p(
        'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng',
        'X',
        {
          kind: 'INTERCONNECTED',
          fee: 0,
          days: 10,
          keywords: ['khai tử', 'mai táng phí', 'tử tuất'],
          coordinating: ['Công an cấp xã', 'Cơ quan bảo hiểm xã hội'],
        },
      ),
      p('Đăng ký khai sinh có yếu tố nước ngoài tại Ủy ban nhân dân cấp huyện', 'H', {
        ...districtEra,
        keywords: ['khai sinh'],
      }),
      p('Đăng ký kết hôn có yếu tố nước ngoài tại Ủy ban nhân dân cấp huyện', 'H', {
        ...districtEra,
        days: 15,
        fee: 1000000,
        keywords: ['kết hôn'],
      }),
    ],
    synthetic: [
      {
        verbs: ['Cấp bản sao trích lục', 'Cấp trích lục'],
        objects: [
          'khai sinh',
          'kết hôn',
          'khai tử',
          'nhận cha, mẹ, con',
          'giám hộ',
          'thay đổi, cải chính hộ tịch',
        ],
      },
      {
        verbs: ['Ghi vào Sổ hộ tịch việc', 'Ghi chú vào Sổ hộ tịch việc'],
        objects: [
          'nhận cha, mẹ, con',
          'nuôi con nuôi',
          'xác định cha, mẹ, con',
          'thay đổi quốc tịch',
          'khai sinh',
        ],
      },
    ],
    qualifiers: [
      '',
      ' có yếu tố nước ngoài',
      ' tại khu vực biên giới',
      ' cho người Việt Nam định cư ở nước ngoài',
      ' đối với người đã có hồ sơ, giấy tờ cá nhân',
    ],
    syntheticLevels: ['X', 'X', 'X', 'PX'],
  },
  {
    code: 'cu-tru',
    name: 'Cư trú',
    ministryId: 'bo-bca',
    laws: ['68/2020/QH14', '62/2021/NĐ-CP', '55/2021/TT-BCA'],
    subjects: ['Công dân Việt Nam'],
    bodies: {
      C: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
      P: 'Công an cấp tỉnh',
      X: 'Công an cấp xã',
      H: 'Công an cấp huyện',
    },
    days: 7,
    fee: 20000,
    keywords: ['cư trú', 'công an'],
    curated: [
      p('Đăng ký thường trú', 'X', { fee: 20000, keywords: ['hộ khẩu', 'thường trú'] }),
      p('Đăng ký tạm trú', 'X', { days: 3, fee: 15000, keywords: ['tạm trú'] }),
      p('Gia hạn tạm trú', 'X', { days: 3, fee: 15000, keywords: ['tạm trú'] }),
      p('Xóa đăng ký thường trú', 'X', { days: 1, fee: 0, keywords: ['thường trú'] }),
      p('Xóa đăng ký tạm trú', 'X', { days: 1, fee: 0, keywords: ['tạm trú'] }),
      p('Tách hộ', 'X', { days: 5, fee: 10000, keywords: ['hộ gia đình'] }),
      p('Điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 'X', { days: 3, fee: 0 }),
      p('Khai báo tạm vắng', 'X', { days: 1, fee: 0, keywords: ['tạm vắng'] }),
      p('Thông báo lưu trú', 'X', { days: 0, fee: 0, keywords: ['lưu trú'] }),
      p('Xác nhận thông tin về cư trú', 'X', { days: 1, fee: 0, keywords: ['giấy xác nhận cư trú'] }),
      p(
        'Khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú, đăng ký tạm trú',
        'X',
        { days: 3, fee: 0 },
      ),
      p('Cấp sổ hộ khẩu', 'X', { status: 'ABOLISHED', effectiveTo: '2021-06-30', keywords: ['sổ hộ khẩu'] }),
      p('Cấp đổi sổ hộ khẩu', 'X', {
        status: 'ABOLISHED',
        effectiveTo: '2021-06-30',
        keywords: ['sổ hộ khẩu'],
      }),
      p('Cấp sổ tạm trú', 'X', { status: 'ABOLISHED', effectiveTo: '2021-06-30', keywords: ['sổ tạm trú'] }),
    ],
    synthetic: [
      {
        verbs: ['Đăng ký', 'Điều chỉnh thông tin', 'Xác nhận'],
        objects: [
          'thường trú tại chỗ ở hợp pháp',
          'tạm trú tại cơ sở tín ngưỡng',
          'thường trú tại đơn vị đóng quân',
        ],
      },
    ],
    qualifiers: ['', ' đối với người chưa thành niên', ' trên Cổng dịch vụ công quốc gia'],
    syntheticLevels: ['X'],
  },
  {
    code: 'xuat-nhap-canh',
    name: 'Quản lý xuất nhập cảnh',
    ministryId: 'bo-bca',
    laws: ['49/2019/QH14', '47/2014/QH13'],
    subjects: ['Công dân Việt Nam'],
    bodies: {
      C: 'Cục Quản lý xuất nhập cảnh',
      P: 'Phòng Quản lý xuất nhập cảnh Công an cấp tỉnh',
      X: 'Công an cấp xã',
      H: 'Công an cấp huyện',
    },
    days: 8,
    fee: 200000,
    keywords: ['xuất nhập cảnh'],
    curated: [
      p('Cấp hộ chiếu phổ thông ở trong nước', 'CP', { keywords: ['hộ chiếu', 'passport'] }),
      p('Cấp lại hộ chiếu phổ thông ở trong nước', 'CP', { keywords: ['hộ chiếu'] }),
      p('Khôi phục giá trị sử dụng hộ chiếu phổ thông', 'CP', {
        days: 5,
        fee: 100000,
        keywords: ['hộ chiếu'],
      }),
      p('Cấp giấy thông hành xuất nhập cảnh vùng biên giới', 'P', { days: 5, fee: 50000 }),
      p('Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam', 'CP', {
        days: 5,
        fee: 2000000,
        subjects: ['Người nước ngoài', 'Cơ quan, tổ chức mời, bảo lãnh'],
        laws: ['47/2014/QH13'],
      }),
      p('Gia hạn tạm trú cho người nước ngoài tại Việt Nam', 'CP', {
        days: 5,
        fee: 10000,
        subjects: ['Người nước ngoài'],
        laws: ['47/2014/QH13'],
      }),
      p('Cấp thị thực cho người nước ngoài tại Việt Nam', 'C', {
        days: 5,
        fee: 550000,
        subjects: ['Người nước ngoài'],
        keywords: ['visa', 'thị thực'],
        laws: ['47/2014/QH13'],
      }),
      p('Cấp thẻ thường trú cho người nước ngoài tại Việt Nam', 'CP', {
        days: 30,
        fee: 100000,
        subjects: ['Người nước ngoài'],
        laws: ['47/2014/QH13'],
      }),
      p('Khai báo tạm trú cho người nước ngoài tại Việt Nam', 'X', {
        days: 0,
        fee: 0,
        subjects: ['Cơ sở lưu trú'],
        laws: ['47/2014/QH13'],
      }),
    ],
    synthetic: [
      {
        verbs: ['Cấp', 'Cấp lại', 'Sửa đổi, bổ sung'],
        objects: ['giấy miễn thị thực', 'thẻ du lịch APEC', 'giấy phép vào khu vực cấm'],
      },
    ],
    qualifiers: ['', ' cho người nước ngoài', ' cho người Việt Nam định cư ở nước ngoài'],
    syntheticLevels: ['C', 'CP', 'P'],
  },
  {
    code: 'doanh-nghiep',
    name: 'Thành lập và hoạt động doanh nghiệp',
    ministryId: 'bo-btc-2025',
    laws: ['59/2020/QH14', '01/2021/NĐ-CP'],
    subjects: ['Doanh nghiệp', 'Cá nhân', 'Tổ chức'],
    bodies: {
      C: 'Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể',
      P: 'Phòng Đăng ký kinh doanh thuộc Sở Tài chính',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Tài chính – Kế hoạch cấp huyện',
    },
    authorized: 'Trung tâm Phục vụ hành chính công cấp tỉnh',
    days: 3,
    fee: 50000,
    keywords: ['doanh nghiệp', 'đăng ký kinh doanh'],
    curated: [
      p('Đăng ký thành lập doanh nghiệp tư nhân', 'P', { keywords: ['thành lập công ty'] }),
      p('Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'P', { keywords: ['công ty TNHH'] }),
      p('Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', 'P', {
        keywords: ['công ty TNHH'],
      }),
      p('Đăng ký thành lập công ty cổ phần', 'P', { keywords: ['công ty cổ phần'] }),
      p('Đăng ký thành lập công ty hợp danh', 'P'),
      p('Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp', 'P'),
      p('Đăng ký đổi tên doanh nghiệp', 'P'),
      p(
        'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần',
        'P',
      ),
      p('Đăng ký thay đổi vốn điều lệ, phần vốn góp, tỷ lệ phần vốn góp', 'P'),
      p('Thông báo thay đổi ngành, nghề kinh doanh', 'P', { fee: 0 }),
      p('Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 'P'),
      p('Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo', 'P', { fee: 0 }),
      p('Giải thể doanh nghiệp', 'P', { days: 5, fee: 0 }),
      p('Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh', 'P', { fee: 0 }),
      p('Cấp lại Giấy chứng nhận đăng ký doanh nghiệp', 'P'),
      p('Chuyển đổi doanh nghiệp tư nhân thành công ty trách nhiệm hữu hạn, công ty cổ phần', 'P'),
      p('Đăng ký thành lập hộ kinh doanh', 'X', {
        ...twoTier,
        fee: 100000,
        subjects: ['Cá nhân', 'Hộ gia đình'],
        keywords: ['hộ kinh doanh'],
      }),
      p('Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'X', { ...twoTier, keywords: ['hộ kinh doanh'] }),
      p('Thông báo chấm dứt hoạt động hộ kinh doanh', 'X', {
        ...twoTier,
        fee: 0,
        keywords: ['hộ kinh doanh'],
      }),
      p('Đăng ký thành lập hộ kinh doanh tại Phòng Tài chính – Kế hoạch cấp huyện', 'H', {
        ...districtEra,
        fee: 100000,
        keywords: ['hộ kinh doanh'],
      }),
    ],
    synthetic: [
      {
        verbs: ['Đăng ký thay đổi', 'Thông báo thay đổi', 'Hiệu đính'],
        objects: [
          'thông tin cổ đông sáng lập',
          'chủ sở hữu công ty trách nhiệm hữu hạn một thành viên',
          'thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên',
          'thông tin người quản lý doanh nghiệp',
          'nội dung đăng ký thuế của doanh nghiệp',
          'thông tin về chủ doanh nghiệp tư nhân',
          'thành viên hợp danh',
          'thông tin đăng ký doanh nghiệp',
        ],
      },
      {
        verbs: ['Đăng ký', 'Thông báo'],
        objects: [
          'hoạt động văn phòng đại diện ở nước ngoài',
          'lập địa điểm kinh doanh',
          'sử dụng con dấu',
          'cho thuê doanh nghiệp tư nhân',
          'tặng cho cổ phần',
        ],
      },
    ],
    qualifiers: [
      '',
      ' đối với doanh nghiệp xã hội',
      ' đối với doanh nghiệp có vốn đầu tư nước ngoài',
      ' trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
      ' theo quyết định của Tòa án',
    ],
    syntheticLevels: ['P'],
  },
  {
    code: 'dau-tu',
    name: 'Đầu tư tại Việt Nam',
    ministryId: 'bo-btc-2025',
    laws: ['61/2020/QH14'],
    subjects: ['Nhà đầu tư', 'Tổ chức kinh tế'],
    bodies: {
      C: 'Cục Đầu tư nước ngoài',
      P: 'Sở Tài chính',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    days: 15,
    fee: 0,
    keywords: ['đầu tư', 'dự án'],
    curated: [
      p(
        'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
        'P',
      ),
      p('Điều chỉnh Giấy chứng nhận đăng ký đầu tư', 'P', { days: 10 }),
      p('Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh', 'P', { days: 35 }),
      p('Chấp thuận chủ trương đầu tư của Thủ tướng Chính phủ', 'C', { days: 40 }),
      p('Góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài', 'P'),
      p('Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC', 'P'),
      p('Cấp Giấy chứng nhận đăng ký đầu tư ra nước ngoài', 'C'),
      p('Chấm dứt hoạt động dự án đầu tư', 'P'),
    ],
    synthetic: [
      {
        verbs: ['Điều chỉnh', 'Gia hạn', 'Chuyển nhượng', 'Tạm ngừng'],
        objects: ['dự án đầu tư', 'tiến độ thực hiện dự án đầu tư', 'thời hạn hoạt động của dự án đầu tư'],
      },
    ],
    qualifiers: [
      '',
      ' trong khu công nghiệp, khu chế xuất',
      ' trong khu kinh tế',
      ' của nhà đầu tư nước ngoài',
      ' theo phương thức đối tác công tư',
    ],
    syntheticLevels: ['P', 'P', 'C'],
  },
  {
    code: 'dat-dai',
    name: 'Đất đai',
    ministryId: 'bo-bnnmt-2025',
    laws: ['31/2024/QH15', '101/2024/NĐ-CP'],
    subjects: ['Hộ gia đình', 'Cá nhân', 'Tổ chức'],
    bodies: {
      C: 'Cục Quản lý đất đai',
      P: 'Văn phòng đăng ký đất đai',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    authorized: 'Chi nhánh Văn phòng đăng ký đất đai',
    days: 15,
    fee: 100000,
    keywords: ['đất đai', 'sổ đỏ'],
    curated: [
      p('Đăng ký đất đai, tài sản gắn liền với đất lần đầu', 'PX', { days: 20 }),
      p('Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', 'PX', {
        days: 20,
        keywords: ['giấy chứng nhận', 'sổ hồng'],
      }),
      p(
        'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
        'P',
        { days: 8, keywords: ['sang tên', 'chuyển nhượng'] },
      ),
      p('Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'P', { days: 7 }),
      p('Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 'P', { days: 10 }),
      p('Đính chính Giấy chứng nhận đã cấp', 'P', { days: 5 }),
      p('Tách thửa hoặc hợp thửa đất', 'P', { days: 15, keywords: ['tách thửa'] }),
      p('Chuyển mục đích sử dụng đất', 'X', { ...twoTier, days: 20 }),
      p('Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất', 'P', { days: 20 }),
      p('Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế', 'P', { days: 7 }),
      p('Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'P', { days: 3, fee: 80000 }),
      p('Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'P', { days: 3, fee: 20000 }),
      p('Cung cấp thông tin, dữ liệu đất đai', 'PX', { days: 2, fee: 30000 }),
      p('Hòa giải tranh chấp đất đai', 'X', { days: 30, fee: 0, keywords: ['tranh chấp'] }),
      p('Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'P', {
        days: 45,
        fee: 0,
        keywords: ['tranh chấp'],
      }),
      p('Thẩm định kế hoạch sử dụng đất cấp tỉnh', 'C', {
        days: 30,
        fee: 0,
        kind: 'INTERNAL',
        subjects: ['Ủy ban nhân dân cấp tỉnh'],
      }),
      p('Cấp Giấy chứng nhận quyền sử dụng đất lần đầu tại Ủy ban nhân dân cấp huyện', 'H', {
        ...districtEra,
        days: 20,
      }),
    ],
    synthetic: [
      {
        verbs: ['Đăng ký biến động', 'Xác nhận thay đổi', 'Cấp đổi Giấy chứng nhận do thay đổi'],
        objects: [
          'về tên của người sử dụng đất',
          'về diện tích thửa đất do sạt lở tự nhiên',
          'về hạn chế quyền sử dụng đất',
          'về tài sản gắn liền với đất',
          'do chia, tách, hợp nhất tổ chức',
          'do thay đổi địa chỉ thửa đất',
        ],
      },
      {
        verbs: ['Thu hồi đất', 'Giao đất', 'Cho thuê đất'],
        objects: ['để thực hiện dự án', 'vì mục đích quốc phòng, an ninh', 'do vi phạm pháp luật về đất đai'],
      },
    ],
    qualifiers: [
      '',
      ' đối với hộ gia đình, cá nhân',
      ' đối với tổ chức trong nước',
      ' đối với người Việt Nam định cư ở nước ngoài',
      ' trong khu công nghệ cao',
    ],
    syntheticLevels: ['P', 'PX', 'X'],
  },
  {
    code: 'xay-dung',
    name: 'Hoạt động xây dựng',
    ministryId: 'bo-bxd-2025',
    laws: ['50/2014/QH13', '62/2020/QH14', '175/2024/NĐ-CP'],
    subjects: ['Chủ đầu tư', 'Tổ chức', 'Cá nhân'],
    bodies: {
      C: 'Cục Kinh tế – Quản lý đầu tư xây dựng',
      P: 'Sở Xây dựng',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    days: 20,
    fee: 150000,
    keywords: ['xây dựng', 'giấy phép xây dựng'],
    curated: [
      p('Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'X', { ...twoTier, days: 15, fee: 75000 }),
      p('Cấp giấy phép xây dựng mới đối với công trình không theo tuyến', 'P'),
      p('Cấp giấy phép xây dựng mới đối với công trình theo tuyến trong đô thị', 'P'),
      p('Cấp giấy phép sửa chữa, cải tạo đối với công trình', 'PX'),
      p('Cấp giấy phép di dời công trình', 'P'),
      p('Điều chỉnh giấy phép xây dựng', 'PX'),
      p('Gia hạn giấy phép xây dựng', 'PX', { days: 5, fee: 15000 }),
      p('Cấp lại giấy phép xây dựng', 'PX', { days: 5, fee: 15000 }),
      p('Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng', 'CP', { days: 35, fee: 0 }),
      p('Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở', 'CP', { days: 30, fee: 0 }),
      p('Cấp chứng chỉ hành nghề hoạt động xây dựng hạng I', 'C', { fee: 300000, subjects: ['Cá nhân'] }),
      p('Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', 'P', {
        fee: 300000,
        subjects: ['Cá nhân'],
      }),
      p('Cấp chứng chỉ năng lực hoạt động xây dựng hạng I', 'C', { fee: 1000000, subjects: ['Tổ chức'] }),
      p('Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III', 'P', {
        fee: 1000000,
        subjects: ['Tổ chức'],
      }),
      p('Kiểm tra công tác nghiệm thu hoàn thành công trình', 'CP', { fee: 0 }),
      p('Cấp giấy phép xây dựng nhà ở riêng lẻ tại Ủy ban nhân dân cấp huyện', 'H', {
        ...districtEra,
        days: 15,
        fee: 75000,
      }),
    ],
    synthetic: [
      {
        verbs: ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Gia hạn'],
        objects: [
          'giấy phép xây dựng có thời hạn',
          'giấy phép xây dựng công trình tín ngưỡng, tôn giáo',
          'giấy phép xây dựng công trình quảng cáo',
          'giấy phép xây dựng trạm viễn thông',
          'giấy phép hoạt động xây dựng cho nhà thầu nước ngoài',
          'chứng chỉ hành nghề kiến trúc',
        ],
      },
      {
        verbs: ['Thẩm định', 'Thẩm định điều chỉnh'],
        objects: [
          'báo cáo kinh tế – kỹ thuật đầu tư xây dựng',
          'thiết kế bản vẽ thi công',
          'dự toán xây dựng',
          'quy hoạch chi tiết xây dựng',
        ],
      },
    ],
    qualifiers: [
      '',
      ' đối với công trình cấp đặc biệt, cấp I',
      ' đối với công trình cấp II, cấp III',
      ' trong khu công nghiệp',
      ' sử dụng vốn đầu tư công',
    ],
    syntheticLevels: ['P', 'PX', 'CP', 'C'],
  },
  {
    code: 'duong-bo',
    name: 'Đường bộ',
    ministryId: 'bo-bxd-2025',
    laws: ['35/2024/QH15', '36/2024/QH15'],
    subjects: ['Cá nhân', 'Tổ chức'],
    bodies: {
      C: 'Cục Đường bộ Việt Nam',
      P: 'Sở Xây dựng',
      X: 'Công an cấp xã',
      H: 'Phòng Cảnh sát giao thông',
    },
    days: 5,
    fee: 135000,
    keywords: ['giao thông', 'đường bộ'],
    curated: [
      p('Cấp giấy phép lái xe', 'P', {
        ministryId: 'bo-bca',
        days: 10,
        keywords: ['bằng lái', 'GPLX'],
        laws: ['36/2024/QH15'],
      }),
      p('Cấp đổi giấy phép lái xe', 'P', {
        ministryId: 'bo-bca',
        keywords: ['bằng lái', 'GPLX'],
        laws: ['36/2024/QH15'],
      }),
      p('Cấp lại giấy phép lái xe', 'P', {
        ministryId: 'bo-bca',
        keywords: ['bằng lái', 'GPLX'],
        laws: ['36/2024/QH15'],
      }),
      p('Cấp giấy phép lái xe quốc tế', 'P', {
        ministryId: 'bo-bca',
        keywords: ['IDP'],
        laws: ['36/2024/QH15'],
      }),
      p('Cấp đổi giấy phép lái xe tại Sở Giao thông vận tải', 'P', {
        ministryId: 'bo-bgtvt',
        status: 'ABOLISHED',
        effectiveTo: '2025-02-28',
        keywords: ['bằng lái'],
      }),
      p('Đăng ký xe mô tô, xe gắn máy lần đầu', 'X', {
        ministryId: 'bo-bca',
        days: 2,
        fee: 0,
        laws: ['36/2024/QH15'],
      }),
      p('Cấp giấy phép thi công công trình trên đường bộ đang khai thác', 'P', { days: 7, fee: 0 }),
      p('Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ', 'P', {
        days: 2,
        fee: 0,
      }),
      p('Cấp giấy phép kinh doanh vận tải bằng xe ô tô', 'P', { fee: 200000 }),
      p('Cấp phù hiệu xe kinh doanh vận tải', 'P', { days: 2, fee: 0 }),
      p('Cấp giấy phép liên vận giữa Việt Nam và Lào', 'P', { days: 2, fee: 0 }),
      p('Chấp thuận phương án tổ chức giao thông trên đường cao tốc', 'C', { days: 10, fee: 0 }),
    ],
    synthetic: [
      {
        verbs: ['Cấp', 'Cấp lại', 'Gia hạn'],
        objects: [
          'giấy phép liên vận ASEAN',
          'giấy phép liên vận Việt Nam – Campuchia',
          'giấy phép xe tập lái',
          'giấy chứng nhận giáo viên dạy thực hành lái xe',
          'giấy phép đào tạo lái xe ô tô',
          'giấy chứng nhận trung tâm sát hạch lái xe',
        ],
      },
      {
        verbs: ['Chấp thuận', 'Gia hạn chấp thuận'],
        objects: [
          'xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ',
          'đấu nối vào quốc lộ',
        ],
      },
    ],
    qualifiers: [
      '',
      ' đối với phương tiện của tổ chức',
      ' đối với phương tiện của cá nhân',
      ' trên tuyến quốc lộ',
    ],
    syntheticLevels: ['P', 'P', 'C'],
  },
  {
    code: 'giao-duc',
    name: 'Giáo dục và Đào tạo',
    ministryId: 'bo-bgddt',
    laws: ['43/2019/QH14'],
    subjects: ['Tổ chức', 'Cá nhân'],
    bodies: {
      C: 'Bộ Giáo dục và Đào tạo',
      P: 'Sở Giáo dục và Đào tạo',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Giáo dục và Đào tạo',
    },
    days: 20,
    fee: 0,
    keywords: ['giáo dục', 'trường học'],
    curated: [
      p('Thành lập trường trung học phổ thông công lập', 'P'),
      p('Cho phép trường trung học phổ thông hoạt động giáo dục', 'P'),
      p('Thành lập trường mầm non công lập', 'X', twoTier),
      p('Cho phép trường mầm non hoạt động giáo dục', 'X', twoTier),
      p('Thành lập trường tiểu học công lập', 'X', twoTier),
      p('Chuyển trường đối với học sinh trung học cơ sở', 'X', {
        ...twoTier,
        days: 3,
        subjects: ['Học sinh', 'Cha mẹ học sinh'],
      }),
      p('Chuyển trường đối với học sinh trung học phổ thông', 'P', {
        days: 3,
        subjects: ['Học sinh', 'Cha mẹ học sinh'],
      }),
      p('Xét tuyển học sinh vào trường phổ thông dân tộc nội trú', 'P', { subjects: ['Học sinh'] }),
      p('Cấp bản sao văn bằng, chứng chỉ từ sổ gốc cấp bản sao', 'CP', {
        days: 1,
        keywords: ['bằng tốt nghiệp'],
      }),
      p('Chỉnh sửa nội dung văn bằng, chứng chỉ', 'CP', { days: 5, keywords: ['bằng tốt nghiệp'] }),
      p('Công nhận văn bằng do cơ sở giáo dục nước ngoài cấp', 'C', {
        keywords: ['công nhận văn bằng'],
        subjects: ['Cá nhân'],
      }),
      p('Đăng ký dự thi tốt nghiệp trung học phổ thông', 'P', {
        days: 0,
        subjects: ['Học sinh', 'Thí sinh tự do'],
      }),
      p('Phúc khảo bài thi tốt nghiệp trung học phổ thông', 'P', { days: 15, subjects: ['Thí sinh'] }),
      p('Cho phép thành lập trường đại học tư thục', 'C', { days: 60 }),
      p('Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp', 'P', { days: 10 }),
      p('Công nhận trường mầm non đạt chuẩn quốc gia', 'P', { kind: 'INTERNAL' }),
      p('Thành lập trường mầm non công lập tại Ủy ban nhân dân cấp huyện', 'H', districtEra),
    ],
    synthetic: [
      {
        verbs: ['Thành lập', 'Cho phép hoạt động giáo dục', 'Sáp nhập, chia, tách', 'Giải thể'],
        objects: [
          'trường trung học cơ sở',
          'trường phổ thông có nhiều cấp học',
          'trung tâm giáo dục thường xuyên',
          'trung tâm ngoại ngữ, tin học',
          'trường chuyên biệt',
          'cơ sở giáo dục mầm non độc lập',
          'trường cao đẳng',
          'phân hiệu trường đại học',
        ],
      },
    ],
    qualifiers: ['', ' công lập', ' tư thục', ' có vốn đầu tư nước ngoài'],
    syntheticLevels: ['P', 'X', 'C'],
  },
  {
    code: 'kham-chua-benh',
    name: 'Khám bệnh, chữa bệnh',
    ministryId: 'bo-byt',
    laws: ['15/2023/QH15', '96/2023/NĐ-CP'],
    subjects: ['Cá nhân', 'Cơ sở khám bệnh, chữa bệnh'],
    bodies: { C: 'Cục Quản lý Khám, chữa bệnh', P: 'Sở Y tế', X: 'Ủy ban nhân dân cấp xã', H: 'Phòng Y tế' },
    days: 30,
    fee: 360000,
    keywords: ['y tế', 'khám chữa bệnh'],
    curated: [
      p('Cấp giấy phép hành nghề khám bệnh, chữa bệnh đối với chức danh bác sĩ', 'CP', {
        keywords: ['chứng chỉ hành nghề'],
      }),
      p('Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh', 'CP', { days: 15 }),
      p('Gia hạn giấy phép hành nghề khám bệnh, chữa bệnh', 'CP', { days: 15 }),
      p('Cấp giấy phép hoạt động đối với phòng khám đa khoa', 'P', { fee: 5700000 }),
      p('Cấp giấy phép hoạt động đối với bệnh viện', 'CP', { days: 60, fee: 10500000 }),
      p('Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe', 'P', { days: 10, fee: 0 }),
    ],
    synthetic: [
      {
        verbs: ['Cấp', 'Cấp lại', 'Điều chỉnh'],
        objects: [
          'giấy phép hoạt động đối với phòng khám chuyên khoa',
          'giấy phép hoạt động đối với phòng chẩn trị y học cổ truyền',
          'giấy phép hoạt động đối với cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh',
          'giấy phép hoạt động đối với phòng xét nghiệm',
          'giấy phép hành nghề đối với chức danh điều dưỡng',
          'giấy phép hành nghề đối với chức danh hộ sinh',
          'giấy phép hành nghề đối với chức danh kỹ thuật y',
        ],
      },
    ],
    qualifiers: ['', ' thuộc Bộ Y tế', ' thuộc Ủy ban nhân dân cấp tỉnh', ' có vốn đầu tư nước ngoài'],
    syntheticLevels: ['P', 'CP'],
  },
  {
    code: 'duoc',
    name: 'Dược phẩm',
    ministryId: 'bo-byt',
    laws: ['105/2016/QH13'],
    subjects: ['Cơ sở kinh doanh dược', 'Cá nhân'],
    bodies: { C: 'Cục Quản lý Dược', P: 'Sở Y tế', X: 'Ủy ban nhân dân cấp xã', H: 'Phòng Y tế' },
    days: 30,
    fee: 500000,
    keywords: ['dược', 'thuốc'],
    curated: [
      p('Cấp chứng chỉ hành nghề dược', 'P', { fee: 500000 }),
      p('Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược đối với nhà thuốc', 'P', {
        keywords: ['nhà thuốc'],
      }),
      p('Cấp giấy đăng ký lưu hành thuốc', 'C', { days: 180, fee: 11000000 }),
      p('Cấp giấy phép nhập khẩu thuốc chưa có giấy đăng ký lưu hành', 'C', { days: 15 }),
    ],
    synthetic: [
      {
        verbs: ['Cấp', 'Cấp lại', 'Điều chỉnh'],
        objects: [
          'Giấy chứng nhận đủ điều kiện kinh doanh dược đối với quầy thuốc',
          'Giấy chứng nhận đủ điều kiện kinh doanh dược đối với tủ thuốc trạm y tế xã',
          'giấy xác nhận nội dung quảng cáo thuốc',
          'Giấy chứng nhận đủ điều kiện kinh doanh dược đối với cơ sở bán buôn thuốc',
        ],
      },
    ],
    qualifiers: ['', ' dược liệu', ' thuốc cổ truyền'],
    syntheticLevels: ['P', 'C'],
  },
  {
    code: 'bao-tro-xa-hoi',
    name: 'Bảo trợ xã hội',
    ministryId: 'bo-byt',
    laws: ['20/2021/NĐ-CP'],
    subjects: ['Đối tượng bảo trợ xã hội', 'Hộ gia đình'],
    bodies: {
      C: 'Cục Bảo trợ xã hội',
      P: 'Sở Y tế',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Lao động – Thương binh và Xã hội',
    },
    days: 10,
    fee: 0,
    keywords: ['bảo trợ xã hội', 'trợ cấp'],
    curated: [
      p('Trợ giúp xã hội thường xuyên đối với đối tượng bảo trợ xã hội', 'X', { ...twoTier, days: 20 }),
      p('Điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', 'X', { ...twoTier, days: 7 }),
      p('Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú', 'X', twoTier),
      p('Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở', 'X', { days: 15 }),
      p('Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', 'X', { days: 5, keywords: ['mai táng phí'] }),
      p(
        'Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh',
        'P',
        { days: 15 },
      ),
      p('Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập', 'P', { days: 10 }),
      p('Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội', 'P', { days: 15 }),
      p('Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'X', {
        days: 25,
        keywords: ['khuyết tật'],
      }),
      p('Đổi, cấp lại Giấy xác nhận khuyết tật', 'X', { days: 5, keywords: ['khuyết tật'] }),
      p('Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', 'X', { days: 15, keywords: ['hộ nghèo'] }),
      p('Thực hiện trợ cấp xã hội hàng tháng tại Phòng Lao động – Thương binh và Xã hội', 'H', districtEra),
    ],
    synthetic: [
      {
        verbs: ['Hỗ trợ', 'Trợ giúp', 'Điều chỉnh mức hỗ trợ'],
        objects: [
          'kinh phí chăm sóc, nuôi dưỡng trẻ em mồ côi',
          'kinh phí nhận chăm sóc người cao tuổi cô đơn',
          'lương thực cho hộ gia đình thiếu đói',
          'chi phí điều trị người bị thương nặng do thiên tai',
          'học nghề cho người khuyết tật',
        ],
      },
    ],
    qualifiers: ['', ' tại cộng đồng', ' tại cơ sở trợ giúp xã hội', ' trong trường hợp khẩn cấp'],
    syntheticLevels: ['X', 'X', 'P'],
  },
  {
    code: 'lao-dong',
    name: 'Lao động, việc làm',
    ministryId: 'bo-bnv-2025',
    laws: ['45/2019/QH14', '152/2020/NĐ-CP', '38/2013/QH13'],
    subjects: ['Người sử dụng lao động', 'Người lao động'],
    bodies: {
      C: 'Cục Việc làm',
      P: 'Sở Nội vụ',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Lao động – Thương binh và Xã hội',
    },
    days: 5,
    fee: 600000,
    keywords: ['lao động', 'việc làm'],
    curated: [
      p('Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'CP', {
        subjects: ['Người sử dụng lao động', 'Người lao động nước ngoài'],
        keywords: ['work permit'],
      }),
      p('Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'CP', {
        days: 3,
        fee: 450000,
      }),
      p('Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'CP', {
        fee: 450000,
      }),
      p('Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', 'CP', {
        days: 3,
        fee: 0,
      }),
      p('Đăng ký nội quy lao động', 'P', { days: 7, fee: 0 }),
      p('Gửi thỏa ước lao động tập thể', 'P', { days: 0, fee: 0 }),
      p('Cấp giấy phép hoạt động cho thuê lại lao động', 'P', { days: 20, fee: 0 }),
      p('Giải quyết hưởng trợ cấp thất nghiệp', 'P', {
        days: 20,
        fee: 0,
        keywords: ['bảo hiểm thất nghiệp'],
      }),
      p('Tạm dừng hưởng trợ cấp thất nghiệp', 'P', { days: 3, fee: 0, keywords: ['bảo hiểm thất nghiệp'] }),
      p('Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp', 'P', { days: 20, fee: 0 }),
      p('Cấp giấy phép hoạt động dịch vụ việc làm', 'P', { days: 7, fee: 0 }),
      p('Cấp giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài theo hợp đồng', 'C', {
        days: 20,
        fee: 5000000,
        laws: ['69/2020/QH14'],
        keywords: ['xuất khẩu lao động'],
      }),
      p('Thông báo tổ chức làm thêm từ trên 200 giờ đến 300 giờ trong năm', 'P', { days: 0, fee: 0 }),
    ],
    synthetic: [
      {
        verbs: ['Đăng ký', 'Báo cáo', 'Thông báo'],
        objects: [
          'hợp đồng cung ứng lao động',
          'hợp đồng nhận lao động thực tập',
          'tình hình sử dụng người lao động nước ngoài',
          'thay đổi lao động',
          'kế hoạch đào tạo, bồi dưỡng người lao động',
          'nhu cầu tuyển dụng lao động',
        ],
      },
    ],
    qualifiers: ['', ' của doanh nghiệp', ' của tổ chức sự nghiệp', ' trong khu công nghiệp'],
    syntheticLevels: ['P', 'P', 'CP'],
  },
  {
    code: 'nguoi-co-cong',
    name: 'Người có công',
    ministryId: 'bo-bnv-2025',
    laws: ['02/2020/UBTVQH14'],
    subjects: ['Người có công với cách mạng', 'Thân nhân người có công'],
    bodies: {
      C: 'Cục Người có công',
      P: 'Sở Nội vụ',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Lao động – Thương binh và Xã hội',
    },
    days: 12,
    fee: 0,
    keywords: ['người có công', 'ưu đãi'],
    curated: [
      p('Giải quyết chế độ trợ cấp một lần đối với thân nhân người có công với cách mạng từ trần', 'P'),
      p('Cấp bổ sung hoặc cấp lại giấy chứng nhận người có công', 'P', { days: 5 }),
      p('Công nhận liệt sĩ và cấp Bằng "Tổ quốc ghi công"', 'C', { days: 60, keywords: ['liệt sĩ'] }),
      p('Hưởng trợ cấp hằng tháng đối với thân nhân liệt sĩ', 'P', { keywords: ['liệt sĩ'] }),
      p('Di chuyển hồ sơ người có công với cách mạng', 'P', { days: 5 }),
      p('Tặng hoặc truy tặng danh hiệu vinh dự nhà nước "Bà mẹ Việt Nam anh hùng"', 'C', { days: 60 }),
    ],
    synthetic: [
      {
        verbs: ['Công nhận', 'Giải quyết chế độ ưu đãi', 'Cấp trích lục hồ sơ'],
        objects: [
          'thương binh',
          'người hoạt động kháng chiến bị nhiễm chất độc hóa học',
          'người có công giúp đỡ cách mạng',
          'người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945',
          'bệnh binh',
        ],
      },
    ],
    qualifiers: ['', ' đang hưởng trợ cấp', ' đã từ trần'],
    syntheticLevels: ['P', 'X'],
  },
  {
    code: 'thue',
    name: 'Thuế',
    ministryId: 'bo-btc-2025',
    laws: ['38/2019/QH14', '126/2020/NĐ-CP', '80/2021/TT-BTC'],
    subjects: ['Người nộp thuế'],
    bodies: { C: 'Cục Thuế', P: 'Thuế tỉnh, thành phố', X: 'Thuế cơ sở', H: 'Chi cục Thuế' },
    days: 3,
    fee: 0,
    keywords: ['thuế', 'mã số thuế'],
    curated: [
      p('Đăng ký thuế lần đầu đối với người nộp thuế là tổ chức kinh tế', 'P'),
      p('Đăng ký thuế lần đầu đối với cá nhân có thu nhập từ tiền lương, tiền công', 'P', {
        subjects: ['Cá nhân'],
      }),
      p('Thay đổi thông tin đăng ký thuế', 'P', { days: 2 }),
      p('Chấm dứt hiệu lực mã số thuế', 'P', { days: 10 }),
      p('Khôi phục mã số thuế', 'P'),
      p('Khai thuế giá trị gia tăng', 'P', { days: 0, keywords: ['VAT'] }),
      p('Khai quyết toán thuế thu nhập cá nhân', 'P', {
        days: 0,
        subjects: ['Cá nhân', 'Tổ chức trả thu nhập'],
      }),
      p('Khai quyết toán thuế thu nhập doanh nghiệp', 'P', { days: 0 }),
      p('Hoàn thuế giá trị gia tăng đối với dự án đầu tư', 'CP', { days: 6, keywords: ['hoàn thuế'] }),
      p('Gia hạn nộp thuế', 'P', { days: 10 }),
      p('Miễn tiền chậm nộp', 'P', { days: 10 }),
      p('Xác nhận việc thực hiện nghĩa vụ thuế', 'P', { days: 5 }),
      p('Khai lệ phí trước bạ nhà, đất', 'P', { days: 0, keywords: ['trước bạ'] }),
      p('Đề nghị áp dụng thỏa thuận trước về phương pháp xác định giá tính thuế', 'C', {
        days: 90,
        keywords: ['APA'],
      }),
      p('Đăng ký sử dụng hóa đơn điện tử', 'P', { days: 1, keywords: ['hóa đơn điện tử'] }),
      p('Đăng ký thuế tại Chi cục Thuế', 'H', { ...districtEra, effectiveTo: '2025-02-28' }),
    ],
    synthetic: [
      {
        verbs: ['Khai', 'Khai bổ sung', 'Nộp hồ sơ miễn, giảm'],
        objects: [
          'thuế tiêu thụ đặc biệt',
          'thuế tài nguyên',
          'thuế bảo vệ môi trường',
          'thuế sử dụng đất phi nông nghiệp',
          'thuế nhà thầu nước ngoài',
          'phí bảo vệ môi trường đối với khai thác khoáng sản',
          'thuế đối với hoạt động cho thuê tài sản',
          'thuế thu nhập cá nhân từ chuyển nhượng bất động sản',
        ],
      },
    ],
    qualifiers: ['', ' theo tháng', ' theo quý', ' theo từng lần phát sinh', ' đối với hộ kinh doanh'],
    syntheticLevels: ['P', 'P', 'CP'],
  },
  {
    code: 'chung-thuc',
    name: 'Chứng thực',
    ministryId: 'bo-btp',
    laws: ['23/2015/NĐ-CP'],
    subjects: ['Cá nhân', 'Tổ chức'],
    bodies: {
      C: 'Cục Hộ tịch, quốc tịch, chứng thực',
      P: 'Sở Tư pháp',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Tư pháp cấp huyện',
    },
    days: 0,
    fee: 10000,
    keywords: ['chứng thực', 'công chứng'],
    curated: [
      p(
        'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
        'X',
        { fee: 2000, keywords: ['sao y bản chính'] },
      ),
      p('Chứng thực chữ ký trong các giấy tờ, văn bản', 'X', { fee: 10000 }),
      p('Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật', 'X', {
        ...twoTier,
        fee: 10000,
      }),
      p('Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở', 'X', {
        days: 2,
        fee: 50000,
      }),
      p('Chứng thực văn bản thỏa thuận phân chia di sản', 'X', {
        days: 2,
        fee: 50000,
        keywords: ['thừa kế'],
      }),
      p('Chứng thực văn bản khai nhận di sản', 'X', { days: 2, fee: 50000, keywords: ['thừa kế'] }),
      p('Chứng thực di chúc', 'X', { days: 2, fee: 50000, keywords: ['thừa kế'] }),
      p('Sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực', 'X', { fee: 25000 }),
      p('Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', 'X', { fee: 2000 }),
      p(
        'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài cấp',
        'X',
        { ...twoTier, fee: 2000, laws: ['23/2015/NĐ-CP', '120/2025/NĐ-CP'] },
      ),
      p(
        'Chứng thực bản sao từ bản chính giấy tờ do cơ quan có thẩm quyền của nước ngoài cấp tại Phòng Tư pháp cấp huyện',
        'H',
        {
          ...districtEra,
          fee: 2000,
        },
      ),
    ],
    synthetic: [
      {
        verbs: ['Chứng thực', 'Chứng thực việc sửa đổi, bổ sung', 'Chứng thực việc hủy bỏ'],
        objects: [
          'hợp đồng ủy quyền',
          'hợp đồng thế chấp tài sản',
          'văn bản từ chối nhận di sản',
          'hợp đồng tặng cho tài sản',
        ],
      },
    ],
    qualifiers: ['', ' cho người không thể ký, không thể điểm chỉ', ' ngoài trụ sở'],
    syntheticLevels: ['X'],
  },
  {
    code: 'ly-lich-tu-phap',
    name: 'Lý lịch tư pháp',
    ministryId: 'bo-btp',
    laws: ['28/2009/QH12'],
    subjects: ['Công dân Việt Nam', 'Người nước ngoài'],
    bodies: {
      C: 'Trung tâm Lý lịch tư pháp quốc gia',
      P: 'Sở Tư pháp',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    days: 10,
    fee: 200000,
    keywords: ['lý lịch tư pháp', 'phiếu lý lịch'],
    curated: [
      p('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'P'),
      p('Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'P', {
        fee: 0,
        kind: 'INTERNAL',
        subjects: ['Cơ quan tiến hành tố tụng'],
      }),
      p('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam cư trú ở nước ngoài', 'C', { days: 15 }),
    ],
    synthetic: [],
    qualifiers: [''],
    syntheticLevels: ['P'],
  },
  {
    code: 'quoc-tich',
    name: 'Quốc tịch',
    ministryId: 'bo-btp',
    laws: ['24/2008/QH12'],
    subjects: ['Cá nhân'],
    bodies: {
      C: 'Cục Hộ tịch, quốc tịch, chứng thực',
      P: 'Sở Tư pháp',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    days: 45,
    fee: 3000000,
    keywords: ['quốc tịch'],
    curated: [
      p('Nhập quốc tịch Việt Nam', 'CP', { days: 115 }),
      p('Thôi quốc tịch Việt Nam ở trong nước', 'CP', { days: 75 }),
      p('Trở lại quốc tịch Việt Nam ở trong nước', 'CP', { days: 85 }),
      p('Cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước', 'P', { days: 5, fee: 100000 }),
      p('Cấp Giấy xác nhận là người gốc Việt Nam ở trong nước', 'P', { days: 5, fee: 100000 }),
    ],
    synthetic: [],
    qualifiers: [''],
    syntheticLevels: ['P'],
  },
  {
    code: 'moi-truong',
    name: 'Môi trường',
    ministryId: 'bo-bnnmt-2025',
    laws: ['72/2020/QH14'],
    subjects: ['Chủ dự án đầu tư', 'Cơ sở sản xuất, kinh doanh, dịch vụ'],
    bodies: {
      C: 'Cục Môi trường',
      P: 'Sở Nông nghiệp và Môi trường',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Ủy ban nhân dân cấp huyện',
    },
    days: 30,
    fee: 0,
    keywords: ['môi trường'],
    curated: [
      p('Thẩm định báo cáo đánh giá tác động môi trường', 'CP', {
        days: 45,
        keywords: ['ĐTM', 'đánh giá tác động môi trường'],
      }),
      p('Cấp giấy phép môi trường', 'CPX', { keywords: ['giấy phép môi trường'] }),
      p('Cấp điều chỉnh giấy phép môi trường', 'CPX', { days: 20 }),
      p('Cấp lại giấy phép môi trường', 'CPX'),
      p('Đăng ký môi trường', 'X', { days: 0 }),
    ],
    synthetic: [
      {
        verbs: ['Cấp', 'Cấp lại', 'Điều chỉnh'],
        objects: [
          'giấy phép xử lý chất thải nguy hại',
          'giấy xác nhận đủ điều kiện nhập khẩu phế liệu',
          'giấy chứng nhận nhãn sinh thái',
          'giấy phép khai thác, sử dụng nước mặt',
          'giấy phép xả nước thải vào nguồn nước',
        ],
      },
    ],
    qualifiers: [
      '',
      ' đối với dự án nhóm I',
      ' đối với dự án nhóm II',
      ' đối với cơ sở trong khu công nghiệp',
    ],
    syntheticLevels: ['P', 'CP', 'C'],
  },
  {
    code: 'thi-dua-khen-thuong',
    name: 'Thi đua, khen thưởng',
    ministryId: 'bo-bnv-2025',
    laws: ['06/2022/QH15'],
    subjects: ['Cá nhân', 'Tập thể'],
    bodies: {
      C: 'Ban Thi đua – Khen thưởng Trung ương',
      P: 'Sở Nội vụ',
      X: 'Ủy ban nhân dân cấp xã',
      H: 'Phòng Nội vụ',
    },
    days: 20,
    fee: 0,
    keywords: ['khen thưởng', 'thi đua'],
    curated: [
      p('Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', 'P', { kind: 'INTERNAL' }),
      p('Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh', 'P', { kind: 'INTERNAL' }),
      p('Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', 'X', { kind: 'INTERNAL' }),
      p('Tặng danh hiệu Lao động tiên tiến', 'X', { kind: 'INTERNAL' }),
      p('Tặng Huân chương Lao động', 'C', { kind: 'INTERNAL', days: 30 }),
      p('Tặng Bằng khen của Thủ tướng Chính phủ', 'C', { kind: 'INTERNAL', days: 30 }),
    ],
    synthetic: [
      {
        verbs: ['Tặng', 'Truy tặng'],
        objects: [
          'Cờ thi đua cấp tỉnh',
          'danh hiệu Tập thể lao động xuất sắc',
          'Giấy khen theo đợt, chuyên đề',
          'Bằng khen cho gia đình',
        ],
      },
    ],
    qualifiers: ['', ' theo công trạng và thành tích đạt được', ' cho cá nhân, tập thể người nước ngoài'],
    syntheticLevels: ['P', 'X'],
  },
];
