import { randomInt, randomUUID } from 'node:crypto';
import { PROVINCE_SCORECARD } from '../scorecardQuery.ts';
import type { WorkloadRequest } from './load.ts';

/** What the workloads need from the dataset and the identity provider. */
export interface WorkloadInputs {
  /** Distinct signed-in callers (one unless --same-caller is off): each request is one of them. */
  centralOfficeTokens: string[];
  /** Officers of the inbox agency. */
  officerTokens: string[];
  /** Anonymous callers' addresses, as a load balancer forwards them (X-Forwarded-For); empty: all alike. */
  anonymousAddresses: string[];
  /** The officer's agency: the busiest handling agency, so its inbox is the largest. */
  inboxAgencyId: string;
  trackingCodes: string[];
  scorecard: { on: string; from: string; to: string };
  /** Names of catalog procedures, whose words make the searches no cache holds (workload f). */
  procedureNames: string[];
  /** Every search text workload f has sent, so that none repeats (across gateways and rounds too). */
  searchesSent: Set<string>;
}

export interface Workload {
  key: string;
  label: string;
  request: WorkloadRequest;
  /**
   * A handful of callers at once, not a crowd, with its own concurrency and window (--scorecard-connections,
   * --scorecard-duration): the scorecard's analysts, and the searches no cache holds.
   */
  fewAtOnce?: boolean;
}

const INBOX = `query OfficerInbox($agency: ID!) {
  petitions(filter: { agencyId: $agency }, first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id trackingCode title status receivedAt dueDate overdue
      handlingAgency { id name }
      procedure { code name field { code name } }
    }
  }
}`;

const TRACK = `query Track($code: String!) {
  petitionByTrackingCode(trackingCode: $code) {
    trackingCode status receivedAt dueDate answeredAt publishedAt overdue answer
    handlingAgency { id name }
  }
}`;

const SEARCH = `query SearchProcedures($search: String) {
  procedures(filter: { search: $search }, first: 20) {
    totalCount
    nodes { code name field { code name } }
  }
}`;

const SUBMIT = `mutation Submit($input: SubmitPetitionInput!, $key: String) {
  submitPetition(input: $input, idempotencyKey: $key) { trackingCode replayed petition { id status dueDate } }
}`;

/** What citizens type, typos and missing diacritics included. */
const SEARCHES = [
  'dang ky khai sinh',
  'ket hon co yeu to nuoc ngoai',
  'giấy phép xây dựng',
  'cap doi giay phep lai xe',
  'thanh lap doanh nghiep',
  'chứng thực bản sao',
  'ho chieu pho thong',
  'dang ky thuong tru',
  'bảo hiểm xã hội',
  'quyen su dung dat',
];

const json = (query: string, variables: object) => JSON.stringify({ query, variables });
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)];
const bearer = (tokens: string[]) => () => ({ authorization: `Bearer ${pick(tokens)}` });
const anonymous = (addresses: string[]) => (): Record<string, string> =>
  addresses.length ? { 'x-forwarded-for': pick(addresses) } : {};
const request = (headers: () => Record<string, string>, body: () => string) => ({
  build: () => ({ headers: headers(), body: body() }),
});

export function workloads(inputs: WorkloadInputs): Workload[] {
  return [
    {
      key: 'a',
      label: 'a. province scorecard (central office)',
      fewAtOnce: true,
      request: request(bearer(inputs.centralOfficeTokens), () => json(PROVINCE_SCORECARD, inputs.scorecard)),
    },
    {
      key: 'b',
      label: 'b. officer inbox, page of 50',
      request: request(bearer(inputs.officerTokens), () => json(INBOX, { agency: inputs.inboxAgencyId })),
    },
    {
      key: 'c',
      label: 'c. track by code (anonymous)',
      request: request(anonymous(inputs.anonymousAddresses), () =>
        json(TRACK, { code: pick(inputs.trackingCodes) }),
      ),
    },
    {
      key: 'd',
      label: 'd. procedure search (anonymous)',
      request: request(anonymous(inputs.anonymousAddresses), () => json(SEARCH, { search: pick(SEARCHES) })),
    },
    {
      key: 'f',
      label: 'f. procedure search, each one new (anonymous)',
      fewAtOnce: true,
      request: request(anonymous(inputs.anonymousAddresses), () =>
        json(SEARCH, { search: newSearch(inputs) }),
      ),
    },
    {
      key: 'e',
      label: 'e. petition submission (anonymous)',
      request: request(anonymous(inputs.anonymousAddresses), () =>
        json(SUBMIT, submission(inputs.inboxAgencyId)),
      ),
    },
  ];
}

const TYPO_LETTERS = 'aeinoutcgh';

/**
 * A search no cache holds: two to four consecutive words of a procedure's name from the catalog, without
 * diacritics half the time and with one letter changed a third of the time, never the same text twice.
 */
function newSearch(inputs: WorkloadInputs): string {
  for (;;) {
    const words = pick(inputs.procedureNames).split(/\s+/);
    const length = Math.min(words.length, 2 + randomInt(3));
    const start = randomInt(words.length - length + 1);
    let text = words
      .slice(start, start + length)
      .join(' ')
      .toLowerCase();
    if (randomInt(2) === 0)
      text = text
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .replace(/đ/g, 'd');
    if (randomInt(3) === 0 && text.length > 6) {
      const at = 1 + randomInt(text.length - 2);
      text = `${text.slice(0, at)}${TYPO_LETTERS[randomInt(TYPO_LETTERS.length)]}${text.slice(at + 1)}`;
    }
    // The catalog refuses a search without a word of three letters or more (BAD_USER_INPUT).
    if (!/[\p{L}\p{N}]{3}/u.test(text)) continue;
    if (!inputs.searchesSent.has(text)) {
      inputs.searchesSent.add(text);
      return text;
    }
  }
}

/** A valid petition with a fresh idempotency key and a varied phone (limits per phone are per hour). */
function submission(targetAgencyId: string) {
  return {
    key: randomUUID(),
    input: {
      petitioner: {
        type: 'INDIVIDUAL',
        fullName: 'Nguyễn Văn Thử',
        address: 'Số 1 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội',
        phone: `09${String(randomInt(100_000_000)).padStart(8, '0')}`,
      },
      category: 'UNSUITABLE_REGULATION',
      title: 'Thủ tục cấp đổi giấy phép lái xe còn yêu cầu bản sao có chứng thực',
      content:
        'Đề nghị bỏ yêu cầu nộp bản sao có chứng thực khi đã tra cứu được dữ liệu trên Cơ sở dữ liệu quốc gia về dân cư.',
      channel: 'PORTAL',
      targetAgencyId,
    },
  };
}
