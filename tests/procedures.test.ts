import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeOn, referenceAgencies } from '../fixtures/agencies/referenceAgencies.ts';
import type { Database } from '../kit/db.ts';
import { prepareDatabase, type RunningSubgraph, serveSubgraph } from '../kit/subgraph.ts';
import { generateProcedures } from '../subgraphs/procedures/data/generate.ts';
import { procedures } from '../subgraphs/procedures/index.ts';
import {
  procedureCountForAgencyDirect,
  procedureCountsForAgencies,
} from '../subgraphs/procedures/procedureStore.ts';
import { type ThrowAwayDatabase, throwAwayDatabase } from './support/databases.ts';
import { gatewayHeaders } from './support/subgraphCall.ts';

let database: ThrowAwayDatabase;
let db: Database;
let server: RunningSubgraph;

interface Answer {
  // biome-ignore lint/suspicious/noExplicitAny: test answers are checked field by field.
  data?: any;
  errors?: { message: string; extensions: { code: string } }[];
}

// Every read here is public: the subgraph gets an anonymous caller, signed as the gateway signs it.
async function query(text: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const response = await fetch(server.http.url, {
    method: 'POST',
    headers: await gatewayHeaders(),
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as Answer;
}

const provinces = referenceAgencies()
  .filter((agency) => agency.kind === 'PROVINCE' && activeOn(agency, '2025-07-01'))
  .map((agency) => ({ __typename: 'Agency', id: agency.id, kind: agency.kind }));

beforeAll(async () => {
  database = await throwAwayDatabase('procedures');
  db = database.db;
  await prepareDatabase(procedures, db);
  await procedures.seed(db, {});
  server = await serveSubgraph(procedures, db, { port: 0 });
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

describe('the national catalog', () => {
  it('seeds at least 300 procedures, the real codes among them not marked sample', async () => {
    const answer = await query(`{
      all: procedures(first: 1) { totalCount }
      birth: procedure(code: "1.001193") { name levels sample field { code name } legalBases { number } }
      foreign: procedure(code: "2.000806") { name sample }
    }`);
    expect(answer.data.all.totalCount).toBeGreaterThanOrEqual(300);
    expect(answer.data.birth).toMatchObject({
      name: 'Đăng ký khai sinh',
      levels: ['COMMUNAL'],
      sample: false,
      field: { code: 'ho-tich', name: 'Hộ tịch' },
    });
    expect(answer.data.birth.legalBases.map((b: { number: string }) => b.number)).toContain('60/2014/QH13');
    expect(answer.data.foreign).toEqual({ name: 'Đăng ký kết hôn có yếu tố nước ngoài', sample: false });
  });

  it('refuses a malformed code and reports an unknown one as not found', async () => {
    const bad = await query('{ procedure(code: "1001193") { name } }');
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await query('{ procedure(code: "9.999999") { name } }');
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('still resolves an abolished procedure', async () => {
    const list = await query('{ procedures(filter: { status: ABOLISHED }, first: 1) { nodes { code } } }');
    const code = list.data.procedures.nodes[0].code;
    const one = await query('query($c: String!) { procedure(code: $c) { status effectiveTo } }', { c: code });
    expect(one.data.procedure.status).toBe('ABOLISHED');
    expect(one.data.procedure.effectiveTo).not.toBeNull();
  });

  it('finds Đăng ký khai sinh first despite a typo and no diacritics', async () => {
    const answer = await query(
      '{ procedures(filter: { search: "dang ky khai sihn" }, first: 3) { nodes { code } } }',
    );
    expect(answer.data.procedures.nodes[0].code).toBe('1.001193');
  });

  it('pages a relevance-ordered search without losing or repeating a procedure', async () => {
    const whole = await query(
      '{ procedures(filter: { search: "giay phep" }, first: 100) { totalCount nodes { code } } }',
    );
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Answer = await query(
        'query($a: String) { procedures(filter: { search: "giay phep" }, first: 7, after: $a) { nodes { code } pageInfo { hasNextPage endCursor } } }',
        { a: after },
      );
      walked.push(...page.data.procedures.nodes.map((n: { code: string }) => n.code));
      if (!page.data.procedures.pageInfo.hasNextPage) break;
      after = page.data.procedures.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole.data.procedures.nodes.map((n: { code: string }) => n.code));
    expect(walked.length).toBe(whole.data.procedures.totalCount);
  });

  it('generates the national scale deterministically, the default catalog being its prefix', () => {
    const national = generateProcedures(6500, 20250701);
    expect(new Set(national.map((p) => p.code)).size).toBe(6500);
    expect(national.every((p) => /^\d\.\d{6}$/.test(p.code))).toBe(true);
    expect(generateProcedures(340, 20250701)).toEqual(national.slice(0, 340));
  });
});

describe('Agency.procedureCount', () => {
  it('answers for 34 provinces in one statement, matching the rule computed directly', async () => {
    db.sqlStats.statements = 0;
    const answer = await query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id procedureCount } } }',
      { r: provinces },
    );
    expect(db.sqlStats.statements).toBe(1);
    const counts = await procedureCountsForAgencies(db, provinces);
    for (const entity of answer.data._entities) {
      expect(entity.procedureCount).toBe(counts.get(entity.id));
      expect(entity.procedureCount).toBe(
        await procedureCountForAgencyDirect(db, { id: entity.id, kind: 'PROVINCE' }),
      );
    }
    // Every province carries every provincial procedure.
    expect(new Set(answer.data._entities.map((e: { procedureCount: number }) => e.procedureCount)).size).toBe(
      1,
    );
  });

  it('gives ministries their linked central procedures and pages them by code', async () => {
    const answer = await query(
      `{ _entities(representations: [{ __typename: "Agency", id: "bo-btc-2025", kind: MINISTRY }]) {
        ... on Agency { procedureCount procedures(first: 100) { totalCount nodes { levels status } } } } }`,
    );
    const [ministry] = answer.data._entities;
    expect(ministry.procedureCount).toBeGreaterThan(0);
    expect(ministry.procedures.totalCount).toBe(ministry.procedureCount);
    for (const node of ministry.procedures.nodes) {
      expect(node.levels).toContain('CENTRAL');
      expect(node.status).not.toBe('ABOLISHED');
    }
  });
});
