/** Legal documents the sample catalog cites (căn cứ pháp lý): number, title, issuer, day of issue. */
export interface LegalDocument {
  number: string;
  title: string;
  issuer: string;
  date: string;
}

const QH = 'Quốc hội';
const CP = 'Chính phủ';

export const LEGAL_DOCUMENTS: LegalDocument[] = [
  {
    number: '63/2010/NĐ-CP',
    title: 'Nghị định về kiểm soát thủ tục hành chính',
    issuer: CP,
    date: '2010-06-08',
  },
  { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: QH, date: '2014-11-20' },
  {
    number: '123/2015/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    issuer: CP,
    date: '2015-11-15',
  },
  {
    number: '04/2020/TT-BTP',
    title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
    issuer: 'Bộ Tư pháp',
    date: '2020-05-28',
  },
  {
    number: '120/2025/NĐ-CP',
    title:
      'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
    issuer: CP,
    date: '2025-06-11',
  },
  {
    number: '202/2025/QH15',
    title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh',
    issuer: QH,
    date: '2025-06-12',
  },
  { number: '68/2020/QH14', title: 'Luật Cư trú', issuer: QH, date: '2020-11-13' },
  {
    number: '62/2021/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều của Luật Cư trú',
    issuer: CP,
    date: '2021-06-29',
  },
  {
    number: '55/2021/TT-BCA',
    title: 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú',
    issuer: 'Bộ Công an',
    date: '2021-05-15',
  },
  {
    number: '47/2014/QH13',
    title: 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
    issuer: QH,
    date: '2014-06-16',
  },
  {
    number: '49/2019/QH14',
    title: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam',
    issuer: QH,
    date: '2019-11-22',
  },
  { number: '59/2020/QH14', title: 'Luật Doanh nghiệp', issuer: QH, date: '2020-06-17' },
  { number: '01/2021/NĐ-CP', title: 'Nghị định về đăng ký doanh nghiệp', issuer: CP, date: '2021-01-04' },
  { number: '61/2020/QH14', title: 'Luật Đầu tư', issuer: QH, date: '2020-06-17' },
  { number: '31/2024/QH15', title: 'Luật Đất đai', issuer: QH, date: '2024-01-18' },
  {
    number: '101/2024/NĐ-CP',
    title:
      'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
    issuer: CP,
    date: '2024-07-29',
  },
  { number: '50/2014/QH13', title: 'Luật Xây dựng', issuer: QH, date: '2014-06-18' },
  {
    number: '62/2020/QH14',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
    issuer: QH,
    date: '2020-06-17',
  },
  {
    number: '175/2024/NĐ-CP',
    title:
      'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
    issuer: CP,
    date: '2024-12-30',
  },
  { number: '35/2024/QH15', title: 'Luật Đường bộ', issuer: QH, date: '2024-06-27' },
  {
    number: '36/2024/QH15',
    title: 'Luật Trật tự, an toàn giao thông đường bộ',
    issuer: QH,
    date: '2024-06-27',
  },
  { number: '43/2019/QH14', title: 'Luật Giáo dục', issuer: QH, date: '2019-06-14' },
  { number: '15/2023/QH15', title: 'Luật Khám bệnh, chữa bệnh', issuer: QH, date: '2023-01-09' },
  {
    number: '96/2023/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
    issuer: CP,
    date: '2023-12-30',
  },
  { number: '105/2016/QH13', title: 'Luật Dược', issuer: QH, date: '2016-04-06' },
  { number: '45/2019/QH14', title: 'Bộ luật Lao động', issuer: QH, date: '2019-11-20' },
  {
    number: '152/2020/NĐ-CP',
    title:
      'Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam',
    issuer: CP,
    date: '2020-12-30',
  },
  { number: '38/2013/QH13', title: 'Luật Việc làm', issuer: QH, date: '2013-11-16' },
  {
    number: '69/2020/QH14',
    title: 'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
    issuer: QH,
    date: '2020-11-13',
  },
  { number: '38/2019/QH14', title: 'Luật Quản lý thuế', issuer: QH, date: '2019-06-13' },
  {
    number: '126/2020/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều của Luật Quản lý thuế',
    issuer: CP,
    date: '2020-10-19',
  },
  {
    number: '80/2021/TT-BTC',
    title: 'Thông tư hướng dẫn thi hành một số điều của Luật Quản lý thuế và Nghị định số 126/2020/NĐ-CP',
    issuer: 'Bộ Tài chính',
    date: '2021-09-29',
  },
  {
    number: '20/2021/NĐ-CP',
    title: 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
    issuer: CP,
    date: '2021-03-15',
  },
  {
    number: '23/2015/NĐ-CP',
    title:
      'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
    issuer: CP,
    date: '2015-02-16',
  },
  { number: '28/2009/QH12', title: 'Luật Lý lịch tư pháp', issuer: QH, date: '2009-06-17' },
  { number: '24/2008/QH12', title: 'Luật Quốc tịch Việt Nam', issuer: QH, date: '2008-11-13' },
  { number: '72/2020/QH14', title: 'Luật Bảo vệ môi trường', issuer: QH, date: '2020-11-17' },
  {
    number: '02/2020/UBTVQH14',
    title: 'Pháp lệnh Ưu đãi người có công với cách mạng',
    issuer: 'Ủy ban Thường vụ Quốc hội',
    date: '2020-12-09',
  },
  { number: '06/2022/QH15', title: 'Luật Thi đua, khen thưởng', issuer: QH, date: '2022-06-15' },
];
