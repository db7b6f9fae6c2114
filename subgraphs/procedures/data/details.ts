import { referenceAgencies } from '../../../fixtures/agencies/referenceAgencies.ts';
import { FIELDS, type FieldSpec } from './fields.ts';
import { type GeneratedProcedure, mulberry32 } from './generate.ts';

/**
 * The parts of a sample record that generate.ts does not draw: steps, dossier components, requirements,
 * result, publication decision, related procedures. Each record draws from its own PRNG seeded by its code,
 * so adding these left generate.ts's stream (and every code other subgraphs' seeds rely on) unchanged.
 */
export interface ProcedureDetails {
  steps: string[];
  dossier: { document: string; form: string | null; quantity: number }[];
  requirements: string[];
  result: { name: string; code: string };
  publication: { number: string; date: string };
  /** Codes of earlier procedures of the same field (earlier: a smaller catalog keeps its references). */
  related: string[];
}

const FIELD_BY_CODE = new Map(FIELDS.map((field) => [field.code, field]));
const AGENCY_CODES = new Map(referenceAgencies().map((agency) => [agency.id, agency.code]));

function hashCode(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The document a procedure hands back, named the way the catalog names results. */
function resultName(name: string): string {
  if (/^Đăng ký khai sinh/.test(name)) return 'Giấy khai sinh';
  if (/^Đăng ký (lại )?kết hôn/.test(name)) return 'Giấy chứng nhận kết hôn';
  if (/^Đăng ký (lại )?khai tử/.test(name)) return 'Trích lục khai tử';
  if (/^Cấp (lại |đổi )?/.test(name)) {
    const rest = name.replace(/^Cấp (lại |đổi )?/, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  if (/^Đăng ký /.test(name)) return `Giấy xác nhận ${lowerFirst(name)}`;
  return `Văn bản giải quyết ${lowerFirst(name)}`;
}

/** The body that does the work at the highest level the procedure has. */
function implementingBody(procedure: GeneratedProcedure, field: FieldSpec): string {
  const implementing = procedure.agencies.find((agency) => agency.role === 'IMPLEMENTING');
  return implementing?.agencyName ?? field.bodies.P;
}

const REQUIREMENTS = [
  'Người yêu cầu có đủ năng lực hành vi dân sự.',
  'Thông tin kê khai phải trung thực, đầy đủ, chính xác.',
  'Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.',
  'Không thuộc trường hợp đang bị cơ quan có thẩm quyền xử lý vi phạm trong lĩnh vực này.',
  'Nộp hồ sơ trong thời hạn luật định.',
];

const ORGANISATION = /tổ chức|doanh nghiệp|cơ sở|chủ đầu tư|người sử dụng lao động|nhà đầu tư/i;

export function procedureDetails(
  procedure: GeneratedProcedure,
  earlierOfField: readonly string[],
): ProcedureDetails {
  const random = mulberry32(hashCode(procedure.code));
  const field = FIELD_BY_CODE.get(procedure.fieldCode);
  if (!field) throw new Error(`unknown field ${procedure.fieldCode}`);
  const body = implementingBody(procedure, field);
  const days = Math.max(...procedure.channels.map((c) => c.processingDays));
  const online = procedure.channels.some((c) => c.channel === 'ONLINE');
  const post = procedure.channels.some((c) => c.channel === 'POST');
  const ways = ['trực tiếp', ...(post ? ['qua dịch vụ bưu chính'] : []), ...(online ? ['trực tuyến'] : [])];
  const coordinating = procedure.agencies.filter((a) => a.role === 'COORDINATING').map((a) => a.agencyName);
  const steps = [
    `Người yêu cầu chuẩn bị hồ sơ và nộp ${ways.join(', ')} tại ${body}.`,
    `${body} tiếp nhận, kiểm tra hồ sơ; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.`,
    coordinating.length > 0
      ? `${body} phối hợp với ${coordinating.join(', ')} giải quyết trong ${days} ngày làm việc.`
      : days === 0
        ? `${body} giải quyết ngay trong ngày tiếp nhận hồ sơ.`
        : `${body} thẩm định hồ sơ, giải quyết trong ${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`,
    'Trả kết quả trực tiếp, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia.',
  ];
  const lastLaw = procedure.legalBases.at(-1) ?? '63/2010/NĐ-CP';
  const organisation = procedure.subjects.some((s) => ORGANISATION.test(s));
  const dossier: ProcedureDetails['dossier'] = [
    {
      document: `Tờ khai ${lowerFirst(procedure.name)}`,
      form: `Mẫu số ${String(1 + Math.floor(random() * 20)).padStart(2, '0')} ban hành kèm theo ${lastLaw}`,
      quantity: 1,
    },
    organisation
      ? { document: 'Bản sao giấy tờ chứng minh tư cách pháp nhân của tổ chức', form: null, quantity: 1 }
      : { document: 'Thẻ Căn cước hoặc Hộ chiếu còn giá trị sử dụng (xuất trình)', form: null, quantity: 1 },
  ];
  if (random() < 0.6)
    dossier.push({
      document: `Giấy tờ chứng minh điều kiện ${lowerFirst(field.name)} theo quy định`,
      form: null,
      quantity: random() < 0.3 ? 2 : 1,
    });
  const requirements = REQUIREMENTS.filter(() => random() < 0.25);
  const ministryCode = AGENCY_CODES.get(procedure.managingAgencyId) ?? 'VPCP';
  const publishedOn = addDays(procedure.effectiveFrom, -(5 + Math.floor(random() * 40)));
  const publication = {
    number: `${100 + Math.floor(random() * 3900)}/QĐ-${ministryCode}`,
    date: publishedOn,
  };
  const related =
    earlierOfField.length === 0 ? [] : [earlierOfField[Math.floor(random() * earlierOfField.length)]];
  if (earlierOfField.length > 3 && random() < 0.4) {
    const second = earlierOfField[Math.floor(random() * earlierOfField.length)];
    if (!related.includes(second)) related.push(second);
  }
  return {
    steps,
    dossier,
    requirements,
    result: { name: resultName(procedure.name), code: `KQ.${procedure.code}.01` },
    publication,
    related,
  };
}
