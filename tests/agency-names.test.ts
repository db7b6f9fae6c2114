import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import { referenceAgencyNames } from '../subgraphs/agencies/data/agencyNames.ts';
import * as createAgencies from '../subgraphs/agencies/migrations/20260101000000_create_agencies.ts';
import * as agencyNames from '../subgraphs/agencies/migrations/20261130000100_agency_names.ts';
import { agencyRow } from '../subgraphs/agencies/seed.ts';
import { throwAwayDatabase } from './support/databases.ts';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const SEARCH = `query Search($search: String, $kind: AgencyKind) {
  agencies(filter: { search: $search, kind: $kind }, first: 100) {
    totalCount
    nodes { id name matchedName { name validFrom validTo } }
  }
}`;

const search = (text: string, kind?: string) => hub.query(SEARCH, { search: text, kind });

const EMPTY = { status: 200, data: { agencies: { totalCount: 0, nodes: [] } } };

/** The refusal of a search with no word of three letters or digits, which no index could serve. */
const NO_WORD = {
  status: 200,
  data: null,
  errors: [
    {
      message: 'Từ khóa tìm kiếm cần có ít nhất một từ dài từ 3 ký tự (chữ hoặc số) trở lên.',
      path: ['agencies'],
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.search', serviceName: 'agencies' },
    },
  ],
};

const HUE_FORMER_NAME = { name: 'Tỉnh Thừa Thiên Huế', validFrom: null, validTo: '2024-12-31' };

describe('Resolution 1314/NQ-UBTVQH15: a rename keeps the agency', () => {
  it('Resolution 1314/NQ-UBTVQH15: Thừa Thiên Huế became Thành phố Huế on 2025-01-01 without a new identity', async () => {
    const answer = await hub.query(`{
      before: agencyByCode(kind: PROVINCE, code: "46", on: "2024-06-01") {
        id name shortName validFrom validTo predecessors { id } successor { id }
        nameOn2024: nameOn(date: "2024-06-01")
        nameOn2025: nameOn(date: "2025-06-01")
        formerNames { name shortName validFrom validTo }
      }
      after: agencyByCode(kind: PROVINCE, code: "46", on: "2025-06-01") {
        id name shortName
        nameOn2024: nameOn(date: "2024-06-01")
        nameOn2025: nameOn(date: "2025-06-01")
        formerNames { name }
      }
      latest: agency(id: "tinh-46") { name shortName }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        before: {
          id: 'tinh-46',
          name: 'Tỉnh Thừa Thiên Huế',
          shortName: 'Thừa Thiên Huế',
          validFrom: null,
          validTo: null,
          predecessors: [],
          successor: null,
          nameOn2024: 'Tỉnh Thừa Thiên Huế',
          nameOn2025: 'Thành phố Huế',
          formerNames: [
            {
              name: 'Tỉnh Thừa Thiên Huế',
              shortName: 'Thừa Thiên Huế',
              validFrom: null,
              validTo: '2024-12-31',
            },
          ],
        },
        after: {
          id: 'tinh-46',
          name: 'Thành phố Huế',
          shortName: 'Huế',
          nameOn2024: 'Tỉnh Thừa Thiên Huế',
          nameOn2025: 'Thành phố Huế',
          formerNames: [{ name: 'Tỉnh Thừa Thiên Huế' }],
        },
        latest: { name: 'Thành phố Huế', shortName: 'Huế' },
      },
    });
  });

  it('Resolution 1314/NQ-UBTVQH15: the departments of Huế change their names on the same day', async () => {
    const answer = await hub.query(`{
      agency(id: "tinh-46.stp") {
        name
        lastDay: nameOn(date: "2024-12-31")
        firstDay: nameOn(date: "2025-01-01")
        formerNames { name shortName validFrom validTo }
      }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        agency: {
          name: 'Sở Tư pháp thành phố Huế',
          lastDay: 'Sở Tư pháp tỉnh Thừa Thiên Huế',
          firstDay: 'Sở Tư pháp thành phố Huế',
          formerNames: [
            {
              name: 'Sở Tư pháp tỉnh Thừa Thiên Huế',
              shortName: 'Sở Tư pháp Thừa Thiên Huế',
              validFrom: null,
              validTo: '2024-12-31',
            },
          ],
        },
      },
    });
  });

  it('Resolution 1314/NQ-UBTVQH15: a directory read on a day names Huế and its units as on that day', async () => {
    const query = `query($on: Date!) {
      agencies(filter: { kind: PROVINCE, activeOn: $on, search: "46" }) { nodes { id name shortName } }
      agency(id: "tinh-46") { children(activeOn: $on, first: 1) { nodes { id name } } }
    }`;
    expect(await hub.query(query, { on: '2024-12-31' })).toEqual({
      status: 200,
      data: {
        agencies: { nodes: [{ id: 'tinh-46', name: 'Tỉnh Thừa Thiên Huế', shortName: 'Thừa Thiên Huế' }] },
        agency: {
          children: { nodes: [{ id: 'tinh-46.sgddt', name: 'Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế' }] },
        },
      },
    });
    expect(await hub.query(query, { on: '2025-01-01' })).toEqual({
      status: 200,
      data: {
        agencies: { nodes: [{ id: 'tinh-46', name: 'Thành phố Huế', shortName: 'Huế' }] },
        agency: {
          children: { nodes: [{ id: 'tinh-46.sgddt', name: 'Sở Giáo dục và Đào tạo thành phố Huế' }] },
        },
      },
    });
  });

  it('Resolution 202/2025/QH15: a merger is not a rename; nameOn is null outside an agency’s existence', async () => {
    const answer = await hub.query(`{
      old: agency(id: "tinh-91") {
        name formerNames { name }
        lastDay: nameOn(date: "2025-06-30")
        afterEnd: nameOn(date: "2025-07-01")
      }
      formed: agency(id: "tinh-91-2025") {
        name formerNames { name }
        beforeStart: nameOn(date: "2025-06-30")
        firstDay: nameOn(date: "2025-07-01")
      }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        old: { name: 'Tỉnh Kiên Giang', formerNames: [], lastDay: 'Tỉnh Kiên Giang', afterEnd: null },
        formed: { name: 'Tỉnh An Giang', formerNames: [], beforeStart: null, firstDay: 'Tỉnh An Giang' },
      },
    });
  });

  it('reads the names of 34 provinces in as many statements as the names of 5', async () => {
    const query = `query($first: Int!) {
      agencies(filter: { kind: PROVINCE, activeOn: "2025-06-30" }, first: $first) {
        nodes { name nameOn(date: "2024-06-01") formerNames { name validTo } }
      }
    }`;
    const statementsFor = (first: number) =>
      hub.countStatements(async () => {
        const answer = await hub.query<{ agencies: { nodes: unknown[] } }>(query, { first });
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.agencies.nodes).toHaveLength(first);
      });
    const five = await statementsFor(5);
    const all = await statementsFor(34);
    expect(all).toBe(five);
    // The page (names of the day included), its names' history.
    expect(all).toBe(2);
  });
});

describe('a citizen searches the directory as they would type it', () => {
  it('finds Huế by its former name "thua thien hue", telling which name matched', async () => {
    expect(await search('thua thien hue', 'PROVINCE')).toEqual({
      status: 200,
      data: {
        agencies: {
          totalCount: 1,
          nodes: [{ id: 'tinh-46', name: 'Thành phố Huế', matchedName: HUE_FORMER_NAME }],
        },
      },
    });
    expect(await search('Huế', 'PROVINCE')).toEqual({
      status: 200,
      data: {
        agencies: {
          totalCount: 1,
          nodes: [
            {
              id: 'tinh-46',
              name: 'Thành phố Huế',
              matchedName: { name: 'Thành phố Huế', validFrom: '2025-01-01', validTo: null },
            },
          ],
        },
      },
    });
  });

  it('finds Huế’s departments by the former name too, each once', async () => {
    const units: [string, string][] = [
      ['', ''],
      ['.sgddt', 'Sở Giáo dục và Đào tạo '],
      ['.stc', 'Sở Tài chính '],
      ['.stp', 'Sở Tư pháp '],
      ['.syt', 'Sở Y tế '],
      ['.vp', 'Văn phòng Ủy ban nhân dân '],
    ];
    expect(await search('Thừa Thiên Huế')).toEqual({
      status: 200,
      data: {
        agencies: {
          totalCount: 6,
          nodes: units.map(([suffix, unit]) => ({
            id: `tinh-46${suffix}`,
            name: `${unit}${unit ? 'thành phố' : 'Thành phố'} Huế`,
            matchedName: {
              name: `${unit}${unit ? 'tỉnh' : 'Tỉnh'} Thừa Thiên Huế`,
              validFrom: null,
              validTo: '2024-12-31',
            },
          })),
        },
      },
    });
  });

  it('finds Bà Rịa – Vũng Tàu whatever dash, case or diacritics the citizen types', async () => {
    const expected = {
      status: 200,
      data: {
        agencies: {
          totalCount: 1,
          nodes: [
            {
              id: 'tinh-77',
              name: 'Tỉnh Bà Rịa – Vũng Tàu',
              matchedName: { name: 'Tỉnh Bà Rịa – Vũng Tàu', validFrom: null, validTo: '2025-06-30' },
            },
          ],
        },
      },
    };
    for (const typed of [
      'ba ria vung tau',
      'Bà Rịa - Vũng Tàu',
      'BA RIA–VUNG TAU',
      'bà rịa, vũng tàu',
      'ba-ria-vung-tau',
    ]) {
      expect(await search(typed, 'PROVINCE'), typed).toEqual(expected);
    }
  });

  it('takes "%" and "_" literally, as punctuation, never as wildcards', async () => {
    // As LIKE wildcards "_" and "%" would make these match "kien giang"; as punctuation they separate words.
    for (const typed of ['k_en giang', 'k%giang', 'kie% giang'])
      expect(await search(typed, 'PROVINCE'), typed).toEqual(EMPTY);
    for (const typed of ['kien_giang', 'kien%giang', 'kien giang%', '_kien giang_']) {
      expect(await search(typed, 'PROVINCE'), typed).toEqual(KIEN_GIANG);
    }
    // Alone they are no word to search for: refused with a reason, not read as "every agency".
    for (const typed of ['%', '_', '%%', '%_%']) expect(await search(typed), typed).toEqual(NO_WORD);
  });

  it('answers a search of a NUL byte or of punctuation alone with a coded error, never a server error', async () => {
    for (const typed of ['–-.,;!?', '\ud800']) expect(await search(typed), typed).toEqual(NO_WORD);
    for (const typed of ['\u0000', 'kien\u0000giang']) {
      expect(await search(typed)).toEqual({
        status: 400,
        errors: [
          {
            message: 'Dữ liệu nhập có ký tự điều khiển không hợp lệ; hãy xóa ký tự đó.',
            extensions: { code: 'BAD_USER_INPUT', field: 'search' },
          },
        ],
      });
    }
  });

  it('still matches a code whole, and a blank search is no search', async () => {
    const byCode = await search('46', 'PROVINCE');
    expect(byCode).toEqual({
      status: 200,
      data: {
        agencies: { totalCount: 1, nodes: [{ id: 'tinh-46', name: 'Thành phố Huế', matchedName: null }] },
      },
    });
    const blank = await hub.query(`{
      blank: agencies(filter: { kind: PROVINCE, activeOn: "2026-01-01", search: "  " }) { totalCount }
    }`);
    expect(blank).toEqual({ status: 200, data: { blank: { totalCount: 34 } } });
  });
});

const KIEN_GIANG = {
  status: 200,
  data: {
    agencies: {
      totalCount: 1,
      nodes: [
        {
          id: 'tinh-91',
          name: 'Tỉnh Kiên Giang',
          matchedName: { name: 'Tỉnh Kiên Giang', validFrom: null, validTo: '2025-06-30' },
        },
      ],
    },
  },
};

interface NameRow {
  agency_id: string;
  name: string;
  short_name: string;
  valid_from: string | null;
  valid_to: string | null;
}

describe('a hub seeded before agencies had a name history', () => {
  it('Resolution 1314/NQ-UBTVQH15: gets every name the seed now writes, Thừa Thiên Huế included', async () => {
    const { db, drop } = await throwAwayDatabase('agency_names_upgrade');
    try {
      await createAgencies.up(db);
      await db.batchInsert('agencies', referenceAgencies().map(agencyRow), 200);
      await agencyNames.up(db);
      // Ordered here, not by the server's collation.
      const inOrder = (rows: NameRow[]) =>
        rows.sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'variant' }));
      const key = (row: NameRow) => `${row.agency_id} ${row.valid_from ?? ''}`;
      const stored: NameRow[] = await db('agency_names').select(
        'agency_id',
        'name',
        'short_name',
        'valid_from',
        'valid_to',
      );
      const expected = referenceAgencyNames().map((period) => ({
        agency_id: period.agencyId,
        name: period.name,
        short_name: period.shortName,
        valid_from: period.validFrom,
        valid_to: period.validTo,
      }));
      expect(inOrder(stored)).toEqual(inOrder(expected));
      expect(stored.filter((row) => row.agency_id === 'tinh-46')).toEqual([
        {
          agency_id: 'tinh-46',
          name: 'Tỉnh Thừa Thiên Huế',
          short_name: 'Thừa Thiên Huế',
          valid_from: null,
          valid_to: '2024-12-31',
        },
        {
          agency_id: 'tinh-46',
          name: 'Thành phố Huế',
          short_name: 'Huế',
          valid_from: '2025-01-01',
          valid_to: null,
        },
      ]);
    } finally {
      await drop();
    }
  });
});
