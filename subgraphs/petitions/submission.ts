import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Category, Channel, Kind, PetitionerType } from './domain.ts';
import { normalizeTrackingCode } from './trackingCode.ts';

/**
 * Submission input: normalized (Unicode NFC, control characters out, whitespace tidied; markup is kept as
 * the text it is and never interpreted) and checked, every problem reported at once in Vietnamese with
 * the field it concerns. Nothing here touches the database.
 */
export interface SubmitPetitionInput {
  petitioner: {
    type: PetitionerType;
    fullName?: string | null;
    organizationName?: string | null;
    address?: string | null;
    phone?: string | null;
    email?: string | null;
  };
  category: Category;
  kind?: Kind | null;
  title?: string | null;
  content?: string | null;
  channel?: Channel | null;
  targetAgencyId?: string | null;
  procedureCode?: string | null;
  regulationReference?: string | null;
  attachments?: readonly { name?: string | null; type?: string | null; size?: number | null }[] | null;
  previousTrackingCode?: string | null;
}

export interface Attachment {
  name: string;
  type: string;
  size: number;
}

/** What is stored: every text normalized, optional values null. */
export interface NormalizedSubmission {
  petitionerType: PetitionerType;
  petitionerName: string;
  address: string;
  phone: string;
  email: string | null;
  category: Category;
  kind: Kind;
  title: string;
  content: string;
  channel: Channel;
  targetAgencyId: string | null;
  procedureCode: string | null;
  regulationReference: string | null;
  attachments: Attachment[];
  previousTrackingCode: string | null;
}

export const LIMITS = {
  name: 200,
  address: 500,
  email: 254,
  title: 300,
  content: 10_000,
  regulationReference: 100,
  attachmentName: 255,
  attachments: 10,
  attachmentBytes: 10 * 1024 * 1024,
} as const;

/** Accepted attachment formats (documents, spreadsheets, scans and photos), by MIME type. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** Kiến nghị by nature: a proposed solution or an initiative for a new regulation (Art. 5, 7–8). */
const KIEN_NGHI_CATEGORIES: readonly Category[] = ['PROPOSED_SOLUTION', 'NEW_REGULATION_INITIATIVE'];

// Control characters other than tab and newline; the Unicode line/paragraph separators; and the bidi
// marks, embeddings, overrides and isolates, which can make a name or title display as something else.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** NFC, no control characters, CRLF → LF, trimmed; `singleLine` also collapses runs of whitespace. */
export function normalizeText(value: string, singleLine: boolean): string {
  let text = value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '');
  text = singleLine ? text.replace(/\s+/g, ' ') : text.replace(/[ \t]+\n/g, '\n');
  return text.trim();
}

const length = (text: string) => [...text].length;

/**
 * A phone number as digits only, Vietnamese numbers in their national form (+84 9… → 09…), international
 * ones with their "+". Null when it cannot be a phone number.
 */
export function normalizePhone(value: string): string | null {
  const compact = value.normalize('NFKC').replace(/[\s.\-()]/g, '');
  if (/^(\+84|0084)\d{9,10}$/.test(compact)) return `0${compact.replace(/^(\+84|0084)/, '')}`;
  if (/^84\d{9}$/.test(compact)) return `0${compact.slice(2)}`;
  if (/^0\d{9,10}$/.test(compact)) return compact;
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  return null;
}

/** The number in E.164 (+84912345678): one spelling per phone, whatever way it was written. */
export function phoneE164(normalized: string): string {
  return normalized.startsWith('0') ? `+84${normalized.slice(1)}` : normalized;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PROCEDURE_CODE = /^\d{1,2}\.\d{6}$/;

export interface FieldProblem {
  field: string;
  message: string;
}

/** One BAD_USER_INPUT error listing every problem; `field` names the first, for simple clients. */
export function invalidInput(problems: FieldProblem[]): GraphQLError {
  return new GraphQLError(problems.map((problem) => problem.message).join(' '), {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0].field, fields: problems },
  });
}

export function normalizeSubmission(input: SubmitPetitionInput): NormalizedSubmission {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field: `input.${field}`, message });
  const text = (
    field: string,
    label: string,
    value: string | null | undefined,
    max: number,
    options: { required: boolean; singleLine: boolean },
  ): string | null => {
    const normalized = value == null ? '' : normalizeText(value, options.singleLine);
    if (!normalized) {
      if (options.required) problem(field, `Cần nhập ${label}.`);
      return null;
    }
    const chars = length(normalized);
    if (chars > max)
      problem(field, `${capitalize(label)} dài ${chars} ký tự, vượt quá giới hạn ${max} ký tự.`);
    return normalized;
  };

  const { petitioner } = input;
  const organization = petitioner.type === 'ORGANIZATION';
  const name = organization
    ? text('petitioner.organizationName', 'tên tổ chức', petitioner.organizationName, LIMITS.name, {
        required: true,
        singleLine: true,
      })
    : text('petitioner.fullName', 'họ và tên', petitioner.fullName, LIMITS.name, {
        required: true,
        singleLine: true,
      });
  const address = text('petitioner.address', 'địa chỉ', petitioner.address, LIMITS.address, {
    required: true,
    singleLine: true,
  });
  let phone: string | null = null;
  const rawPhone = petitioner.phone?.trim() ?? '';
  if (!rawPhone) problem('petitioner.phone', 'Cần nhập số điện thoại để cơ quan liên hệ khi cần.');
  else {
    phone = normalizePhone(rawPhone);
    if (!phone)
      problem('petitioner.phone', 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678).');
  }
  const email = text('petitioner.email', 'thư điện tử', petitioner.email, LIMITS.email, {
    required: false,
    singleLine: true,
  });
  if (email && !EMAIL.test(email)) problem('petitioner.email', 'Địa chỉ thư điện tử không hợp lệ.');

  const title = text('title', 'tiêu đề', input.title, LIMITS.title, { required: true, singleLine: true });
  const content = text('content', 'nội dung', input.content, LIMITS.content, {
    required: true,
    singleLine: false,
  });
  const targetAgencyId = input.targetAgencyId?.trim() || null;
  const procedureCode = input.procedureCode?.trim() || null;
  if (procedureCode && !PROCEDURE_CODE.test(procedureCode)) {
    problem('procedureCode', `Mã thủ tục hành chính "${procedureCode}" không đúng dạng (ví dụ: 1.001193).`);
  }
  const regulationReference = text(
    'regulationReference',
    'số hiệu văn bản quy phạm pháp luật',
    input.regulationReference,
    LIMITS.regulationReference,
    { required: false, singleLine: true },
  );
  let previousTrackingCode: string | null = null;
  if (input.previousTrackingCode?.trim()) {
    previousTrackingCode = normalizeTrackingCode(input.previousTrackingCode);
    if (!previousTrackingCode)
      problem('previousTrackingCode', 'Mã tra cứu của phản ánh, kiến nghị trước không hợp lệ.');
  }

  const attachments: Attachment[] = [];
  const list = input.attachments ?? [];
  if (list.length > LIMITS.attachments) {
    problem('attachments', `Chỉ được đính kèm tối đa ${LIMITS.attachments} tệp.`);
  }
  list.slice(0, LIMITS.attachments).forEach((file, i) => {
    const field = `attachments.${i}`;
    const fileName = text(`${field}.name`, 'tên tệp đính kèm', file.name, LIMITS.attachmentName, {
      required: true,
      singleLine: true,
    });
    if (fileName && /[\\/]/.test(fileName))
      problem(`${field}.name`, 'Tên tệp đính kèm không được chứa dấu "/" hoặc "\\".');
    const type = file.type?.trim().toLowerCase() ?? '';
    if (!ATTACHMENT_TYPES[type]) {
      problem(
        `${field}.type`,
        `Tệp "${fileName ?? ''}" có định dạng không được chấp nhận; chỉ nhận ${[...new Set(Object.values(ATTACHMENT_TYPES))].join(', ')}.`,
      );
    }
    const size = file.size ?? 0;
    if (!Number.isInteger(size) || size < 1 || size > LIMITS.attachmentBytes) {
      problem(`${field}.size`, `Dung lượng tệp "${fileName ?? ''}" phải từ 1 byte đến 10 MB.`);
    }
    attachments.push({ name: fileName ?? '', type, size });
  });

  if (problems.length) throw invalidInput(problems);
  return {
    petitionerType: petitioner.type,
    petitionerName: name as string,
    address: address as string,
    phone: phone as string,
    email: email?.toLowerCase() ?? null,
    category: input.category,
    kind: KIEN_NGHI_CATEGORIES.includes(input.category) ? 'KIEN_NGHI' : (input.kind ?? 'PHAN_ANH'),
    title: title as string,
    content: content as string,
    channel: input.channel ?? 'PORTAL',
    targetAgencyId,
    procedureCode,
    regulationReference,
    attachments,
    previousTrackingCode,
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The payload's fingerprint for idempotency: the normalized values in a fixed order, hashed. */
export function payloadHash(submission: NormalizedSubmission): string {
  const s = submission;
  const ordered = [
    s.petitionerType,
    s.petitionerName,
    s.address,
    s.phone,
    s.email,
    s.category,
    s.kind,
    s.title,
    s.content,
    s.channel,
    s.targetAgencyId,
    s.procedureCode,
    s.regulationReference,
    s.attachments.map((a) => [a.name, a.type, a.size]),
    s.previousTrackingCode,
  ];
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex');
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_\-:.]{8,128}$/;

export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key == null) return null;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw invalidInput([
      {
        field: 'idempotencyKey',
        message:
          'Khóa chống gửi trùng phải dài 8–128 ký tự gồm chữ, số và các dấu - _ : . (ví dụ: một UUID).',
      },
    ]);
  }
  return key;
}
