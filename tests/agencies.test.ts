import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const COUNT = `query Count($kind: AgencyKind!, $on: Date!) {
  agencies(filter: { kind: $kind, activeOn: $on }, first: 1) { totalCount }
}`;

async function countOn(kind: string, on: string) {
  return hub.query(COUNT, { kind, on });
}

describe('the 2025 reorganization, as the central office sees it through the gateway', () => {
  it('counts 63 provinces on 2025-06-30 and 34 on 2025-07-01', async () => {
    expect(await countOn('PROVINCE', '2025-06-30')).toEqual({
      status: 200,
      data: { agencies: { totalCount: 63 } },
    });
    expect(await countOn('PROVINCE', '2025-07-01')).toEqual({
      status: 200,
      data: { agencies: { totalCount: 34 } },
    });
  });

  it('counts 18 ministries on 2025-01-15 and 14 on 2025-06-01', async () => {
    expect(await countOn('MINISTRY', '2025-01-15')).toEqual({
      status: 200,
      data: { agencies: { totalCount: 18 } },
    });
    expect(await countOn('MINISTRY', '2025-06-01')).toEqual({
      status: 200,
      data: { agencies: { totalCount: 14 } },
    });
    expect(await countOn('MINISTERIAL_AGENCY', '2025-01-15')).toEqual({
      status: 200,
      data: { agencies: { totalCount: 4 } },
    });
    expect(await countOn('MINISTERIAL_AGENCY', '2025-06-01')).toEqual({
      status: 200,
      data: { agencies: { totalCount: 3 } },
    });
  });

  it('names An Giang as the successor of Kiên Giang', async () => {
    const answer = await hub.query(`{
      agency(id: "tinh-91") { name validTo activeOn(on: "2025-07-01") successor { id name validFrom } }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        agency: {
          name: 'Tỉnh Kiên Giang',
          validTo: '2025-06-30',
          activeOn: false,
          successor: { id: 'tinh-91-2025', name: 'Tỉnh An Giang', validFrom: '2025-07-01' },
        },
      },
    });
  });

  it('reads province code 91 as Kiên Giang in 2024 and as An Giang, formed from 89 and 91, in 2026', async () => {
    const answer = await hub.query(`{
      before: agencyByCode(kind: PROVINCE, code: "91", on: "2024-01-01") { id name }
      after: agencyByCode(kind: PROVINCE, code: "91", on: "2026-01-01") {
        id name predecessors { id code name }
      }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        before: { id: 'tinh-91', name: 'Tỉnh Kiên Giang' },
        after: {
          id: 'tinh-91-2025',
          name: 'Tỉnh An Giang',
          predecessors: [
            { id: 'tinh-89', code: '89', name: 'Tỉnh An Giang' },
            { id: 'tinh-91', code: '91', name: 'Tỉnh Kiên Giang' },
          ],
        },
      },
    });
  });

  it('gives Hồ Chí Minh from 2025-07-01 three predecessors', async () => {
    const answer = await hub.query(`{
      agencyByCode(kind: PROVINCE, code: "79", on: "2025-07-01") { name predecessors { code name } }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        agencyByCode: {
          name: 'Thành phố Hồ Chí Minh',
          predecessors: [
            { code: '74', name: 'Tỉnh Bình Dương' },
            { code: '77', name: 'Tỉnh Bà Rịa – Vũng Tàu' },
            { code: '79', name: 'Thành phố Hồ Chí Minh' },
          ],
        },
      },
    });
  });

  it('keeps Hà Nội one agency on both sides of 2025-07-01', async () => {
    const answer = await hub.query(`{
      before: agencyByCode(kind: PROVINCE, code: "01", on: "2025-06-30") { id validFrom validTo successor { id } predecessors { id } }
      after: agencyByCode(kind: PROVINCE, code: "01", on: "2025-07-01") { id }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        before: { id: 'tinh-01', validFrom: null, validTo: null, successor: null, predecessors: [] },
        after: { id: 'tinh-01' },
      },
    });
  });

  it('forms the new Ministry of Finance from the old one and Planning and Investment', async () => {
    const answer = await hub.query(`{
      agencyByCode(kind: MINISTRY, code: "BTC", on: "2025-03-01") { id validFrom predecessors { name validTo } }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        agencyByCode: {
          id: 'bo-btc-2025',
          validFrom: '2025-03-01',
          predecessors: [
            { name: 'Bộ Kế hoạch và Đầu tư', validTo: '2025-02-28' },
            { name: 'Bộ Tài chính', validTo: '2025-02-28' },
          ],
        },
      },
    });
  });
});

describe('the agency directory', () => {
  it('routes what is addressed to Kiên Giang’s Department of Justice after 2025-07-01 to An Giang’s', async () => {
    const answer = await hub.query(`{
      agency(id: "tinh-91.stp") {
        before: activeSuccessor(on: "2025-06-30") { id }
        after: activeSuccessor(on: "2025-07-01") { id name ancestors { id } }
      }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        agency: {
          before: { id: 'tinh-91.stp' },
          after: {
            id: 'tinh-91-2025.stp',
            name: 'Sở Tư pháp tỉnh An Giang',
            ancestors: [{ id: 'tinh-91-2025' }, { id: 'cp' }],
          },
        },
      },
    });
  });

  it('finds Kiên Giang when a citizen types "kien giang" without diacritics', async () => {
    const answer = await hub.query(`{
      agencies(filter: { search: "kien giang", kind: PROVINCE }) { totalCount nodes { id name } }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: { agencies: { totalCount: 1, nodes: [{ id: 'tinh-91', name: 'Tỉnh Kiên Giang' }] } },
    });
  });

  it('finds "Đắk Lắk" from "DAK LAK" in capitals, and a province by its code', async () => {
    const answer = await hub.query(`{
      byName: agencies(filter: { search: "DAK LAK", kind: PROVINCE }) { nodes { id } }
      byCode: agencies(filter: { search: "52", kind: PROVINCE }) { nodes { id name } }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        byName: { nodes: [{ id: 'tinh-66' }, { id: 'tinh-66-2025' }] },
        byCode: {
          nodes: [
            { id: 'tinh-52', name: 'Tỉnh Bình Định' },
            { id: 'tinh-52-2025', name: 'Tỉnh Gia Lai' },
          ],
        },
      },
    });
  });

  it('walks all 34 provinces in pages of 10 with keyset cursors, each once, in code order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const answer: {
        data?: null | {
          agencies: { nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        };
      } = await hub.query(
        `query Page($after: String) {
            agencies(filter: { kind: PROVINCE, activeOn: "2025-07-01" }, first: 10, after: $after) {
              nodes { code } pageInfo { hasNextPage endCursor }
            }
          }`,
        { after },
      );
      const connection = answer.data?.agencies;
      seen.push(...(connection?.nodes.map((node) => node.code) ?? []));
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(34);
    expect(new Set(seen).size).toBe(34);
    expect(seen).toEqual([...seen].sort());
  });

  it('lists a province’s units as its children, only those existing on the day asked', async () => {
    const answer = await hub.query(`{
      agency(id: "tinh-91-2025") {
        children(activeOn: "2026-01-01", first: 2) { totalCount nodes { id kind parent { id } } }
      }
    }`);
    expect(answer).toEqual({
      status: 200,
      data: {
        agency: {
          children: {
            totalCount: 5,
            nodes: [
              { id: 'tinh-91-2025.sgddt', kind: 'PROVINCIAL_DEPARTMENT', parent: { id: 'tinh-91-2025' } },
              { id: 'tinh-91-2025.stc', kind: 'PROVINCIAL_DEPARTMENT', parent: { id: 'tinh-91-2025' } },
            ],
          },
        },
      },
    });
  });
});

describe('bad input gets a coded error, never a crash or a silent default', () => {
  it('an unknown agency id is NOT_FOUND', async () => {
    const answer = await hub.query(`{ agency(id: "tinh-00") { id } }`);
    expect(answer).toEqual({
      status: 200,
      data: { agency: null },
      errors: [
        {
          message: 'Không tìm thấy cơ quan "tinh-00".',
          path: ['agency'],
          extensions: { code: 'NOT_FOUND', field: 'id', serviceName: 'agencies' },
        },
      ],
    });
  });

  it('a code no province held that day is NOT_FOUND', async () => {
    const answer = await hub.query(`{ agencyByCode(kind: PROVINCE, code: "89", on: "2026-01-01") { id } }`);
    expect(answer.data).toEqual({ agencyByCode: null });
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('a malformed or impossible date in a variable is BAD_USER_INPUT, refused at the gateway', async () => {
    for (const on of ['2025-13-01', '2025-02-30', '30/06/2025']) {
      const answer = await hub.query(COUNT, { kind: 'PROVINCE', on });
      expect(answer.status).toBe(400);
      expect(answer.data).toBeUndefined();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toContain(`"${on}"`);
    }
  });

  it('a malformed date written in the query fails validation with the reason', async () => {
    const answer = await hub.query(`{
      agency(id: "tinh-01") { petitionStats(from: "2025-02-30", to: "2025-03-31") { received } }
    }`);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.errors?.[0].message).toContain('Ngày "2025-02-30" không tồn tại.');
  });

  it('a date range that ends before it starts is BAD_USER_INPUT from the subgraph that owns the field', async () => {
    const answer = await hub.query(`{
      agency(id: "tinh-01") { name petitionStats(from: "2025-06-30", to: "2025-01-01") { received } }
    }`);
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ agency: { name: 'Thành phố Hà Nội', petitionStats: null } });
    expect(
      answer.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName, error.path]),
    ).toEqual([['BAD_USER_INPUT', 'petitions', ['agency', 'petitionStats']]]);
  });

  it('`first` above the maximum page size is BAD_USER_INPUT', async () => {
    const answer = await hub.query(`{ agencies(first: 101) { totalCount } }`);
    expect(answer).toMatchObject({ status: 200, data: null });
    expect(answer.errors).toEqual([
      {
        message: '"first" phải từ 1 đến 100.',
        path: ['agencies'],
        extensions: { code: 'BAD_USER_INPUT', field: 'first', serviceName: 'agencies' },
      },
    ]);
  });

  it('a forged cursor is BAD_USER_INPUT', async () => {
    const forged = Buffer.from(JSON.stringify(['procedures', 1])).toString('base64url');
    for (const after of ['not-a-cursor', forged]) {
      const answer = await hub.query(`query($after: String) { agencies(after: $after) { totalCount } }`, {
        after,
      });
      expect(answer).toMatchObject({ status: 200, data: null });
      expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
        ['BAD_USER_INPUT', 'after'],
      ]);
    }
  });
});
