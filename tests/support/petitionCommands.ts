import type { GraphQLResponse, Hub } from './hub.ts';

/** Helpers for the petitions lifecycle tests: a valid submission, and each officer command as a mutation. */
export function petitionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    petitioner: {
      type: 'INDIVIDUAL',
      fullName: 'Nguyễn Thị Hoa',
      address: 'Số 12 phố Hàng Bài, phường Hoàn Kiếm, Thành phố Hà Nội',
      phone: '0912 345 678',
      email: 'hoa.nguyen@example.vn',
    },
    category: 'UNSUITABLE_REGULATION',
    title: 'Thủ tục cấp lại giấy phép lái xe yêu cầu giấy khám sức khỏe không cần thiết',
    content:
      'Khi cấp lại giấy phép lái xe bị mất, cơ quan yêu cầu nộp lại giấy khám sức khỏe dù hồ sơ gốc đã có. Đề nghị xem xét bỏ yêu cầu này.',
    channel: 'PORTAL',
    targetAgencyId: 'tinh-01',
    ...overrides,
  };
}

export const SUBMIT = `mutation Submit($input: SubmitPetitionInput!, $key: String) {
  submitPetition(input: $input, idempotencyKey: $key) {
    trackingCode replayed
    petition { id status version handlingAgency { id } receivingAgency { id } dueDate transferDueDate }
  }
}`;

export interface Submitted {
  submitPetition: {
    trackingCode: string;
    replayed: boolean;
    petition: {
      id: string;
      status: string;
      version: number;
      handlingAgency: { id: string };
      receivingAgency: { id: string };
      dueDate: string;
      transferDueDate: string;
    };
  };
}

export type CommandName = 'accept' | 'reject' | 'transfer' | 'classify' | 'answer' | 'return' | 'publish';

const MUTATIONS: Record<CommandName, { field: string; args: string; params: string }> = {
  accept: { field: 'acceptPetition', args: '', params: '' },
  reject: { field: 'rejectPetition', args: ', reason: $reason', params: ', $reason: String!' },
  transfer: {
    field: 'transferPetition',
    args: ', targetAgencyId: $target, reason: $reason',
    params: ', $target: ID!, $reason: String!',
  },
  classify: { field: 'classifyPetition', args: ', basis: $basis', params: ', $basis: ProcessingBasis!' },
  answer: { field: 'answerPetition', args: ', answer: $answer', params: ', $answer: String!' },
  // The receiving agency's check (Art. 19): one mutation, two decisions.
  return: {
    field: 'reviewPetitionAnswer',
    args: ', decision: RETURN, reason: $reason',
    params: ', $reason: String',
  },
  publish: { field: 'reviewPetitionAnswer', args: ', decision: APPROVE', params: '' },
};

/** Arguments each command needs besides id and version, with sensible values. */
const DEFAULTS: Record<CommandName, Record<string, unknown>> = {
  accept: {},
  reject: { reason: 'Nội dung là khiếu nại, thuộc phạm vi Luật Khiếu nại.' },
  transfer: { target: 'bo-btp', reason: 'Thuộc thẩm quyền của Bộ Tư pháp.' },
  classify: { basis: 'ENOUGH_BASIS' },
  answer: { answer: 'Cơ quan đã rà soát và sẽ sửa đổi quy định trong quý tới.' },
  return: { reason: 'Câu trả lời chưa nêu căn cứ pháp lý.' },
  publish: {},
};

export interface CommandResult {
  id: string;
  status: string;
  version: number;
}

export function runCommand(
  hub: Hub,
  token: string | undefined,
  command: CommandName,
  id: string,
  version: number,
  extra: Record<string, unknown> = {},
): Promise<GraphQLResponse<Record<string, CommandResult>>> {
  const m = MUTATIONS[command];
  return hub.query<Record<string, CommandResult>>(
    `mutation Command($id: ID!, $v: Int!${m.params}) { ${m.field}(id: $id, expectedVersion: $v${m.args}) { id status version } }`,
    { id, v: version, ...DEFAULTS[command], ...extra },
    { token },
  );
}

export const fieldOf = (command: CommandName) => MUTATIONS[command].field;
