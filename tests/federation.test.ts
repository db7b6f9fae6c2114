import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import { type Hub, sharedHub } from './support/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await sharedHub();
});
afterAll(async () => {
  await hub?.close();
});

const agencyNames = new Map(referenceAgencies().map((agency) => [agency.id, agency.name]));

describe('entities owned by one subgraph resolve inside another’s answers, through the gateway', () => {
  it('a citizen tracking a petition sees the agency handling it and the procedure it is about', async () => {
    const row = await hub.db
      .petitions('petitions')
      .whereNotNull('procedure_code')
      .orderBy('tracking_code')
      .first('tracking_code', 'handling_agency_id', 'procedure_code', 'status');
    const procedure = await hub.db.procedures('procedures').where('code', row.procedure_code).first('name');
    const code = String(row.tracking_code).toLowerCase().replaceAll('-', '');

    const answer = await hub.query(
      `query Track($code: String!) {
        petitionByTrackingCode(trackingCode: $code) {
          trackingCode status
          handlingAgency { id name }
          procedure { code name }
        }
      }`,
      { code },
    );
    expect(answer).toEqual({
      status: 200,
      data: {
        petitionByTrackingCode: {
          trackingCode: row.tracking_code,
          status: row.status,
          handlingAgency: { id: row.handling_agency_id, name: agencyNames.get(row.handling_agency_id) },
          procedure: { code: row.procedure_code, name: procedure.name },
        },
      },
    });
  });

  it('an unknown tracking code is NOT_FOUND', async () => {
    const answer = await hub.query(`{ petitionByTrackingCode(trackingCode: "PA-2222-2222") { id } }`);
    expect(answer.data).toEqual({ petitionByTrackingCode: null });
    expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.serviceName])).toEqual([
      ['NOT_FOUND', 'petitions'],
    ]);
  });

  it('counts petitions about a procedure as the petitions database does', async () => {
    const [{ procedure_code: code }] = await hub.db
      .petitions('petitions')
      .whereNotNull('procedure_code')
      .groupBy('procedure_code')
      .orderByRaw('count(*) desc')
      .limit(1)
      .select('procedure_code');
    const direct = await hub.db
      .petitions('petitions')
      .where('procedure_code', code)
      .count({ n: '*' })
      .first();
    const answer = await hub.asCentralOffice(
      `query($code: String!) { procedure(code: $code) { code petitionCount } }`,
      {
        code,
      },
    );
    expect(Number(direct?.n)).toBeGreaterThan(0);
    expect(answer).toEqual({ status: 200, data: { procedure: { code, petitionCount: Number(direct?.n) } } });
  });

  it('a reporting regime names its receiving agency, resolved by the agencies subgraph', async () => {
    const answer = await hub.query<{
      reportingRegimes: { nodes: { code: string; receivingAgency: { id: string; name: string } }[] };
    }>(`{ reportingRegimes(first: 10) { nodes { code receivingAgency { id name } } } }`);
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.reportingRegimes.nodes ?? [];
    expect(nodes).toHaveLength(10);
    for (const node of nodes)
      expect(node.receivingAgency.name).toBe(agencyNames.get(node.receivingAgency.id));
  });

  it('a province lists the procedures it carries, as many as it counts', async () => {
    const answer = await hub.query<{
      agency: { procedureCount: number; procedures: { totalCount: number; nodes: { levels: string[] }[] } };
    }>(
      `{ agency(id: "tinh-79-2025") { procedureCount procedures(first: 50) { totalCount nodes { levels } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const agency = answer.data?.agency;
    expect(agency?.procedures.totalCount).toBe(agency?.procedureCount);
    expect(agency?.procedures.nodes).toHaveLength(50);
    for (const node of agency?.procedures.nodes ?? []) expect(node.levels).toContain('PROVINCIAL');
  });
});

describe('an agency’s petitions, newest first, through the gateway', () => {
  it('pages through Hà Nội’s petitions with keyset cursors, without gaps or repeats', async () => {
    const units = referenceAgencies()
      .filter((agency) => agency.id === 'tinh-01' || agency.parentId === 'tinh-01')
      .map((agency) => agency.id);
    const direct = await hub.db
      .petitions('petitions')
      .whereIn('handling_agency_id', units)
      .orderBy([
        { column: 'received_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select('tracking_code');

    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let page = 0; page < 100 && seen.length < 120; page += 1) {
      const answer: Awaited<
        ReturnType<
          typeof hub.query<{
            agency: {
              petitions: {
                totalCount: number;
                nodes: { trackingCode: string }[];
                pageInfo: { hasNextPage: boolean; endCursor: string };
              };
            };
          }>
        >
      > = await hub.asCentralOffice(
        `query($after: String) {
          agency(id: "tinh-01") {
            petitions(first: 40, after: $after) { totalCount nodes { trackingCode } pageInfo { hasNextPage endCursor } }
          }
        }`,
        { after },
      );
      expect(answer.errors).toBeUndefined();
      const petitions = answer.data?.agency.petitions;
      totalCount = petitions?.totalCount ?? -1;
      seen.push(...(petitions?.nodes.map((node) => node.trackingCode) ?? []));
      if (!petitions?.pageInfo.hasNextPage) break;
      after = petitions.pageInfo.endCursor;
    }
    expect(totalCount).toBe(direct.length);
    expect(seen).toEqual(direct.slice(0, seen.length).map((row) => row.tracking_code));
    expect(seen.length).toBe(Math.min(120, direct.length));
  });

  it('lists the petitions of 34 provinces, with agencies and procedures, in as many statements as for 5', async () => {
    const query = `query($first: Int!) {
      agencies(filter: { kind: PROVINCE, activeOn: "2026-01-01" }, first: $first) {
        nodes {
          name
          petitions(first: 3) {
            totalCount
            nodes { trackingCode handlingAgency { name } procedure { name petitionCount } }
          }
        }
      }
    }`;
    const statementsFor = async (first: number) =>
      hub.countStatements(async () => {
        const answer = await hub.asCentralOffice<{
          agencies: { nodes: { petitions: { nodes: unknown[] } }[] };
        }>(query, {
          first,
        });
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.agencies.nodes).toHaveLength(first);
        expect(answer.data?.agencies.nodes.some((node) => node.petitions.nodes.length === 3)).toBe(true);
      });
    const five = await statementsFor(5);
    const all = await statementsFor(34);
    expect(all).toBe(five);
  });
});
