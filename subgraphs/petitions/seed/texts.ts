import sampleCatalog from '../../../fixtures/procedures/sampleCatalog.json' with { type: 'json' };
import type { Category } from '../domain.ts';
import { intBetween, pick, type Rng } from './random.ts';

/**
 * Petitions name procedures of the sample national catalog the procedures subgraph seeds, as the shared
 * fixture lists it (fixtures/procedures/sampleCatalog.json), so every code a petition names resolves there.
 * 1.001193 and 2.000806 are real codes; the catalog's other codes are generated samples.
 */
const CATALOG_CODES = new Map(sampleCatalog.map((procedure) => [procedure.name, procedure.code]));

function catalogCode(name: string): string {
  const code = CATALOG_CODES.get(name);
  if (!code) throw new Error(`"${name}" is not in the sample procedure catalog`);
  return code;
}

/** What a petition is about: a matter (with its procedure, if any) and a paper it involves. */
interface Topic {
  subject: string;
  procedure: string | null;
  paper: string;
}

/** A topic; `procedure` is the catalog name of the procedure it concerns, when it concerns one. */
const topic = (subject: string, procedure: string | null, paper: string): Topic => ({
  subject,
  procedure: procedure === null ? null : catalogCode(procedure),
  paper,
});

/** Topics by the handler: a department's suffix, '' for a People's Committee, 'central' for ministries. */
const TOPICS: Record<string, Topic[]> = {
  stp: [
    topic('đăng ký khai sinh cho con', 'Đăng ký khai sinh', 'giấy chứng sinh'),
    topic(
      'đăng ký kết hôn với người nước ngoài',
      'Đăng ký kết hôn có yếu tố nước ngoài',
      'giấy xác nhận tình trạng hôn nhân',
    ),
    topic('đăng ký kết hôn', 'Đăng ký kết hôn', 'giấy xác nhận tình trạng hôn nhân'),
    topic('cấp bản sao trích lục hộ tịch', 'Cấp bản sao trích lục hộ tịch', 'tờ khai cấp bản sao'),
    topic(
      'cấp Phiếu lý lịch tư pháp',
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
      'bản sao căn cước',
    ),
    topic('chứng thực hợp đồng chuyển nhượng nhà ở', null, 'hợp đồng chuyển nhượng'),
  ],
  stc: [
    topic(
      'đăng ký thành lập doanh nghiệp tư nhân',
      'Đăng ký thành lập doanh nghiệp tư nhân',
      'bản sao giấy tờ pháp lý của chủ doanh nghiệp',
    ),
    topic('hoàn thuế giá trị gia tăng', null, 'bảng kê hóa đơn đầu vào'),
    topic('thanh toán vốn đầu tư công', null, 'biên bản nghiệm thu'),
    topic('cấp mã số đơn vị có quan hệ với ngân sách', null, 'quyết định thành lập đơn vị'),
  ],
  syt: [
    topic('cấp chứng chỉ hành nghề khám bệnh, chữa bệnh', null, 'văn bằng chuyên môn'),
    topic('thanh toán chi phí khám chữa bệnh bảo hiểm y tế', null, 'giấy chuyển tuyến'),
    topic('cấp giấy phép hoạt động phòng khám tư nhân', null, 'bản vẽ mặt bằng phòng khám'),
    topic('cấp chứng chỉ hành nghề dược', 'Cấp chứng chỉ hành nghề dược', 'chứng chỉ hành nghề dược'),
  ],
  sgddt: [
    topic(
      'chuyển trường cho con học trung học cơ sở',
      'Chuyển trường đối với học sinh trung học cơ sở',
      'học bạ',
    ),
    topic('tuyển sinh vào lớp 10', null, 'giấy xác nhận cư trú'),
    topic('thu các khoản ngoài học phí', null, 'biên lai thu tiền'),
    topic('cấp bản sao văn bằng tốt nghiệp', null, 'đơn đề nghị cấp bản sao'),
  ],
  '': [
    topic(
      'cấp giấy phép xây dựng nhà ở riêng lẻ',
      'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
      'bản vẽ thiết kế',
    ),
    topic(
      'đăng ký biến động đất đai khi nhận chuyển nhượng',
      'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế',
      'giấy chứng nhận quyền sử dụng đất',
    ),
    topic('bồi thường, hỗ trợ khi Nhà nước thu hồi đất', null, 'biên bản kiểm đếm'),
    topic('xử lý tiếng ồn của cơ sở sản xuất trong khu dân cư', null, 'biên bản đo tiếng ồn'),
    topic('đăng ký thường trú', null, 'giấy tờ chứng minh chỗ ở hợp pháp'),
  ],
  central: [
    topic('hoàn thuế thu nhập cá nhân', null, 'chứng từ khấu trừ thuế'),
    topic('hưởng trợ cấp thất nghiệp', null, 'sổ bảo hiểm xã hội'),
    topic('cấp giấy phép lao động cho người nước ngoài', null, 'phiếu lý lịch tư pháp'),
    topic('công nhận văn bằng do cơ sở giáo dục nước ngoài cấp', null, 'văn bằng đã hợp pháp hóa lãnh sự'),
    topic(
      'đăng ký kết hôn với người nước ngoài',
      'Đăng ký kết hôn có yếu tố nước ngoài',
      'giấy xác nhận tình trạng hôn nhân',
    ),
    topic('cấp giấy phép kinh doanh dịch vụ vận tải', null, 'phương án kinh doanh'),
  ],
};
TOPICS.vp = TOPICS[''];
TOPICS.vpc = TOPICS.central;

export function pickTopic(rng: Rng, handlerKey: string): Topic {
  return pick(rng, TOPICS[handlerKey] ?? TOPICS['']);
}

interface TextContext {
  topic: Topic;
  /** Where the petitioner dealt with the matter. */
  place: string;
  /** The day the matter began, dd/mm/yyyy. */
  since: string;
  rng: Rng;
}

type Template = (c: TextContext) => { title: string; content: string };

const TEMPLATES: Record<Category, Template[]> = {
  CONDUCT: [
    ({ topic, place, since, rng }) => ({
      title: `Phản ánh việc chậm giải quyết hồ sơ ${topic.subject}`,
      content: `Ngày ${since}, tôi nộp hồ sơ ${topic.subject} tại Bộ phận Một cửa của ${place}. Theo giấy tiếp nhận, hồ sơ phải được trả kết quả sau ${intBetween(rng, 3, 15)} ngày làm việc, nhưng đến nay đã quá hạn ${intBetween(rng, 5, 40)} ngày mà tôi vẫn chưa nhận được kết quả, cũng không có văn bản thông báo lý do hay xin lỗi. Đề nghị cơ quan có thẩm quyền kiểm tra, chỉ đạo giải quyết dứt điểm.`,
    }),
    ({ topic, place, since }) => ({
      title: `Phản ánh cán bộ yêu cầu nộp thêm giấy tờ ngoài quy định khi ${topic.subject}`,
      content: `Khi làm thủ tục ${topic.subject} tại ${place} ngày ${since}, cán bộ tiếp nhận yêu cầu tôi nộp thêm ${topic.paper} có xác nhận của địa phương, trong khi thủ tục đã công bố không có thành phần hồ sơ này. Tôi đã phải đi lại nhiều lần. Đề nghị làm rõ và chấn chỉnh việc tự đặt thêm yêu cầu.`,
    }),
    ({ topic, place, since }) => ({
      title: `Phản ánh thái độ tiếp công dân chưa đúng mực khi làm thủ tục ${topic.subject}`,
      content: `Ngày ${since}, khi đến ${place} hỏi về thủ tục ${topic.subject}, tôi không được hướng dẫn đầy đủ, cán bộ trả lời qua loa và có thái độ thiếu tôn trọng người dân. Đề nghị cơ quan xem xét, nhắc nhở cán bộ và niêm yết công khai hướng dẫn thủ tục.`,
    }),
    ({ topic, place, since, rng }) => ({
      title: `Phản ánh việc hẹn trả kết quả ${topic.subject} nhiều lần`,
      content: `Hồ sơ ${topic.subject} của gia đình tôi nộp tại ${place} từ ngày ${since} đã bị hẹn lại ${intBetween(rng, 2, 5)} lần với các lý do khác nhau. Mỗi lần đến nhận kết quả tôi đều phải nghỉ làm. Đề nghị cho biết lý do chậm trễ và thời điểm trả kết quả cụ thể.`,
    }),
    ({ topic, place, since }) => ({
      title: `Phản ánh việc không tiếp nhận hồ sơ ${topic.subject} nộp trực tuyến`,
      content: `Ngày ${since}, tôi nộp hồ sơ ${topic.subject} trên Cổng Dịch vụ công quốc gia, chọn cơ quan giải quyết là ${place}. Hồ sơ bị từ chối với lý do phải nộp trực tiếp bản giấy, trong khi thủ tục được công bố là dịch vụ công trực tuyến toàn trình. Đề nghị kiểm tra và hướng dẫn.`,
    }),
  ],
  UNSUITABLE_REGULATION: [
    ({ topic }) => ({
      title: `Kiến nghị bỏ yêu cầu nộp ${topic.paper} khi ${topic.subject}`,
      content: `Theo quy định hiện hành, khi ${topic.subject} người dân phải nộp ${topic.paper} bản giấy, dù thông tin này đã có trong Cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu chuyên ngành. Quy định này gây tốn thời gian, chi phí đi lại và không còn phù hợp với yêu cầu chuyển đổi số. Đề nghị sửa đổi để cơ quan giải quyết tự khai thác dữ liệu.`,
    }),
    ({ topic, rng }) => ({
      title: `Phản ánh thời hạn giải quyết thủ tục ${topic.subject} quá dài`,
      content: `Thời hạn giải quyết thủ tục ${topic.subject} hiện là ${intBetween(rng, 10, 30)} ngày làm việc, trong khi phần lớn hồ sơ chỉ cần đối chiếu thông tin đã có sẵn. Đề nghị rút ngắn thời hạn giải quyết cho phù hợp với thực tế.`,
    }),
    ({ topic }) => ({
      title: `Phản ánh mức phí, lệ phí ${topic.subject} chưa phù hợp`,
      content: `Mức phí khi ${topic.subject} được quy định như nhau cho hồ sơ nộp trực tiếp và hồ sơ nộp trực tuyến, nên chưa khuyến khích người dân sử dụng dịch vụ công trực tuyến. Đề nghị giảm phí đối với hồ sơ nộp trực tuyến.`,
    }),
  ],
  INCONSISTENT_REGULATION: [
    ({ topic, rng }) => ({
      title: `Phản ánh sự không thống nhất giữa các văn bản về thủ tục ${topic.subject}`,
      content: `Thông tư hướng dẫn và quyết định công bố thủ tục hành chính của địa phương quy định khác nhau về thời hạn giải quyết thủ tục ${topic.subject}: một văn bản quy định ${intBetween(rng, 3, 7)} ngày làm việc, văn bản kia ${intBetween(rng, 10, 15)} ngày làm việc. Cán bộ và người dân lúng túng khi áp dụng. Đề nghị rà soát, thống nhất.`,
    }),
    ({ topic }) => ({
      title: `Phản ánh quy định chồng chéo về thành phần hồ sơ ${topic.subject}`,
      content: `Hai văn bản đang có hiệu lực cùng quy định thành phần hồ sơ ${topic.subject} nhưng một văn bản yêu cầu ${topic.paper} bản chính, văn bản kia chấp nhận bản sao. Đề nghị cơ quan có thẩm quyền hướng dẫn áp dụng thống nhất.`,
    }),
  ],
  ILLEGAL_REGULATION: [
    ({ topic }) => ({
      title: `Phản ánh văn bản của địa phương về ${topic.subject} trái quy định của cấp trên`,
      content: `Văn bản hướng dẫn của địa phương yêu cầu phải có xác nhận của tổ dân phố trước khi ${topic.subject}, trong khi luật và nghị định hướng dẫn không quy định điều kiện này. Đề nghị cơ quan có thẩm quyền kiểm tra tính hợp pháp của văn bản và bãi bỏ yêu cầu trái luật.`,
    }),
  ],
  CONTRARY_TO_TREATY: [
    ({ topic }) => ({
      title: `Phản ánh quy định về hợp pháp hóa lãnh sự khi ${topic.subject} chưa phù hợp điều ước quốc tế`,
      content: `Khi ${topic.subject}, cơ quan tiếp nhận yêu cầu hợp pháp hóa lãnh sự giấy tờ do cơ quan của nước đã ký hiệp định tương trợ tư pháp với Việt Nam cấp, trong khi hiệp định miễn yêu cầu này. Đề nghị hướng dẫn áp dụng đúng điều ước quốc tế mà Việt Nam là thành viên.`,
    }),
  ],
  OTHER_REGULATION_ISSUE: [
    ({ topic }) => ({
      title: `Đề nghị hướng dẫn thực hiện thủ tục ${topic.subject} trên Cổng Dịch vụ công quốc gia`,
      content: `Tôi muốn thực hiện thủ tục ${topic.subject} trực tuyến nhưng chưa rõ cần tải lên ${topic.paper} dưới dạng nào và có phải nộp bản giấy khi nhận kết quả hay không. Đề nghị cơ quan hướng dẫn cụ thể.`,
    }),
    ({ topic }) => ({
      title: `Hỏi về quy định áp dụng khi ${topic.subject}`,
      content: `Gia đình tôi có nhu cầu ${topic.subject} nhưng trường hợp của tôi chưa được quy định rõ trong văn bản hướng dẫn. Đề nghị cơ quan có thẩm quyền giải đáp quy định áp dụng và trình tự thực hiện.`,
    }),
  ],
  PROPOSED_SOLUTION: [
    ({ topic }) => ({
      title: `Kiến nghị liên thông thủ tục ${topic.subject} với các thủ tục liên quan`,
      content: `Hiện nay người dân phải nộp riêng từng hồ sơ khi ${topic.subject} và các thủ tục liên quan, mỗi hồ sơ lại yêu cầu ${topic.paper}. Tôi kiến nghị thực hiện liên thông, chỉ nộp một bộ hồ sơ và nhận kết quả tại một nơi, để giảm chi phí tuân thủ cho người dân.`,
    }),
    ({ topic }) => ({
      title: `Đề xuất cho phép nộp hồ sơ ${topic.subject} hoàn toàn trực tuyến`,
      content: `Để khắc phục tình trạng đi lại nhiều lần khi ${topic.subject}, tôi đề xuất cho phép nộp ${topic.paper} bản điện tử có chữ ký số và nhận kết quả qua dịch vụ bưu chính công ích.`,
    }),
  ],
  NEW_REGULATION_INITIATIVE: [
    ({ topic }) => ({
      title: `Kiến nghị ban hành quy định về thời hạn phản hồi khi ${topic.subject}`,
      content: `Hiện chưa có quy định buộc cơ quan phải thông báo cho người dân khi hồ sơ ${topic.subject} cần bổ sung trong một thời hạn nhất định. Tôi kiến nghị ban hành quy định: cơ quan phải thông báo một lần, đầy đủ, bằng văn bản trong vòng 2 ngày làm việc.`,
    }),
    ({ topic }) => ({
      title: `Kiến nghị ban hành quy định công nhận ${topic.paper} điện tử`,
      content: `Việc ${topic.subject} vẫn đòi hỏi ${topic.paper} bản giấy vì chưa có quy định công nhận bản điện tử. Đề nghị ban hành quy định để bản điện tử có giá trị pháp lý như bản giấy.`,
    }),
  ],
};

export function petitionText(rng: Rng, category: Category, context: Omit<TextContext, 'rng'>) {
  return pick(rng, TEMPLATES[category])({ ...context, rng });
}

const REGULATION_OUTCOMES = [
  'nội dung kiến nghị đã được tiếp thu trong dự thảo văn bản sửa đổi đang lấy ý kiến rộng rãi',
  'cơ quan đã có văn bản kiến nghị cơ quan có thẩm quyền sửa đổi, bổ sung quy định',
  'quy định hiện hành vẫn phù hợp; cơ quan sẽ tăng cường hướng dẫn để người dân thực hiện thuận lợi',
  'cơ quan đã ban hành văn bản hướng dẫn áp dụng thống nhất, đăng tải trên cổng thông tin điện tử',
];

/** The published answer, signed by the handling agency. */
export function answerText(
  rng: Rng,
  category: Category,
  subject: string,
  agencyName: string,
  answeredOn: string,
) {
  if (category === 'CONDUCT') {
    return `${agencyName} đã kiểm tra nội dung phản ánh. Hồ sơ ${subject} của ông/bà đã được giải quyết và trả kết quả ngày ${answeredOn}. ${agencyName} đã yêu cầu công chức liên quan kiểm điểm, rút kinh nghiệm và chấn chỉnh việc tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa.`;
  }
  return `Cảm ơn ông/bà đã quan tâm góp ý. Nội dung về ${subject} đã được ${agencyName} tổng hợp, nghiên cứu; ${pick(rng, REGULATION_OUTCOMES)}.`;
}

export const REJECTION_REASONS = [
  'Nội dung là khiếu nại, thuộc phạm vi điều chỉnh của Luật Khiếu nại, không phải phản ánh, kiến nghị về quy định hành chính.',
  'Nội dung là tố cáo, thuộc phạm vi điều chỉnh của Luật Tố cáo.',
  'Không ghi rõ họ tên, địa chỉ, số điện thoại liên hệ theo quy định.',
  'Nội dung trùng với phản ánh, kiến nghị đã được xử lý và công bố kết quả.',
];

/** dd/mm/yyyy, as Vietnamese text writes dates. */
export const vietnameseDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
