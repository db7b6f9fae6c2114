import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../kit/pagination.ts';
import { {{TYPE}}_ORDER } from '../subgraphs/{{name}}/{{type}}Store.ts';
import { type Hub, startHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  // The whole hub starts, every subgraph seeded; few sample petitions, as none is read here.
  hub = await startHub({ petitions: 100 });
});
afterAll(async () => {
  await hub?.close();
});

const cursor = (id: string) => encodeCursor({{TYPE}}_ORDER, { id });

const PAGE = `query Page($after: String) {
  {{list}}(first: 2, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id title recordedOn agency { id name } }
  }
}`;

const ONE = `query One($id: ID!) { {{type}}(id: $id) { id title agency { id shortName } } }`;

describe('the {{name}} subgraph through the gateway', () => {
  it('lists the sample records page by page, each with its agency from the agencies subgraph', async () => {
    expect(await hub.asCentralOffice(PAGE)).toEqual({
      status: 200,
      data: {
        {{list}}: {
          totalCount: 3,
          pageInfo: { hasNextPage: true, endCursor: cursor('{{name}}-2') },
          nodes: [
            {
              id: '{{name}}-1',
              title: 'Bản ghi mẫu 1',
              recordedOn: '2026-01-15',
              agency: { id: 'tinh-01', name: 'Thành phố Hà Nội' },
            },
            {
              id: '{{name}}-2',
              title: 'Bản ghi mẫu 2',
              recordedOn: '2026-02-20',
              agency: { id: 'tinh-79-2025', name: 'Thành phố Hồ Chí Minh' },
            },
          ],
        },
      },
    });
    expect(await hub.asCentralOffice(PAGE, { after: cursor('{{name}}-2') })).toEqual({
      status: 200,
      data: {
        {{list}}: {
          totalCount: 3,
          pageInfo: { hasNextPage: false, endCursor: cursor('{{name}}-3') },
          nodes: [
            {
              id: '{{name}}-3',
              title: 'Bản ghi mẫu 3',
              recordedOn: '2026-03-25',
              agency: { id: 'bo-vpcp', name: 'Văn phòng Chính phủ' },
            },
          ],
        },
      },
    });
  });

  it('reads one record by id; an unknown id is NOT_FOUND', async () => {
    expect(await hub.asCentralOffice(ONE, { id: '{{name}}-1' })).toEqual({
      status: 200,
      data: { {{type}}: { id: '{{name}}-1', title: 'Bản ghi mẫu 1', agency: { id: 'tinh-01', shortName: 'Hà Nội' } } },
    });
    expect(await hub.asCentralOffice(ONE, { id: 'none' })).toEqual({
      status: 200,
      data: { {{type}}: null },
      errors: [
        {
          message: 'Không tìm thấy bản ghi "none".',
          path: ['{{type}}'],
          extensions: { code: 'NOT_FOUND', field: 'id', serviceName: '{{name}}' },
        },
      ],
    });
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(await hub.query(ONE, { id: '{{name}}-1' })).toEqual({
      status: 200,
      data: { {{type}}: null },
      errors: [
        {
          message: 'Cần đăng nhập để xem nội dung này.',
          path: ['{{type}}'],
          extensions: { code: 'UNAUTHENTICATED', serviceName: '{{name}}' },
        },
      ],
    });
  });
});
