import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { changeReport, formatChangeReport, type OperationUsage } from '../registry/breakingChanges.ts';
import { operationCoordinates, operationLabel } from '../registry/operationCoordinates.ts';
import { API_SCHEMA_PATH } from '../scripts/clientSchemas.ts';

const LAST_SEEN = '2026-11-29T08:15:00.000Z';

/** What the usage recorder would keep for one operation a client sent `count` times. */
function usageOf(
  sdl: string,
  query: string,
  client = 'dashboard',
  clientVersion = '1.4.0',
  count = 120,
): OperationUsage {
  const document = parse(query);
  const coordinates = operationCoordinates(buildSchema(sdl), document);
  return {
    operation: operationLabel(document),
    client,
    clientVersion,
    coordinates,
    count,
    lastSeen: LAST_SEEN,
  };
}

const SDL = `
type Query {
  petitions(status: PetitionStatus, filter: PetitionFilter, first: Int = 20): [Petition!]!
  petition(id: ID!): Petition
  search(text: String!): [SearchResult!]!
}
interface Node { id: ID! }
type Petition implements Node { id: ID! title: String! status: PetitionStatus! agency: Agency }
type Agency implements Node { id: ID! name: String! legacyCode: String }
union SearchResult = Petition | Agency
enum PetitionStatus { RECEIVED ANSWERED CLOSED }
input PetitionFilter { agencyId: ID receivedAfter: String period: Period }
input Period { from: String to: String }
`;

const LIST = `query OpenPetitions { petitions(status: RECEIVED) { id title } }`;
const DETAIL = `query PetitionDetail($id: ID!) { petition(id: $id) { title agency { name } } }`;

describe('operation coordinates: what a schema change is matched against', () => {
  const schema = buildSchema(SDL);

  it('records fields on the type they are selected on, through fragments, inline fragments and unions', () => {
    const query = `
      query Find($text: String!) {
        search(text: $text) { __typename ...AgencyCard ... on Petition { title } }
        petition(id: "p1") { ... on Node { id } ...AgencyCard }
      }
      fragment AgencyCard on Agency { name }`;
    expect(operationCoordinates(schema, parse(query))).toEqual([
      'Agency.name',
      'Node.id',
      'Petition.title',
      'Query.petition',
      'Query.petition.id',
      'Query.search',
      'Query.search.text',
    ]);
  });

  it('records enums and input objects touched, input fields given in literals, and skips introspection', () => {
    const query = `{
      __schema { queryType { name } }
      petitions(status: ANSWERED, filter: { period: { from: "2026-01-01" } }) { status }
    }`;
    expect(operationCoordinates(schema, parse(query))).toEqual([
      'Period',
      'Period.from',
      'Petition.status',
      'PetitionFilter',
      'PetitionFilter.period',
      'PetitionStatus',
      'Query.petitions',
      'Query.petitions.filter',
      'Query.petitions.status',
    ]);
  });

  it('records the input types a variable can hold, since its value is not known', () => {
    const query = `query Filtered($filter: PetitionFilter) { petitions(filter: $filter) { id } }`;
    expect(operationCoordinates(schema, parse(query))).toEqual([
      'Period',
      'Petition.id',
      'PetitionFilter',
      'Query.petitions',
      'Query.petitions.filter',
    ]);
  });

  it('with an operation name, takes only that operation and the fragments it reaches', () => {
    const document = parse(`${LIST}\n${DETAIL}\nquery Unused { search(text: "x") { ...Unreached } }
      fragment Unreached on Agency { legacyCode }`);
    expect(operationCoordinates(schema, document, 'PetitionDetail')).toEqual([
      'Agency.name',
      'Petition.agency',
      'Petition.title',
      'Query.petition',
      'Query.petition.id',
    ]);
    expect(operationLabel(document, 'PetitionDetail')).toBe('PetitionDetail');
    expect(operationLabel(parse('{ petition(id: "1") { id } }'))).toBe('anonymous operation');
  });
});

describe('schema check: a change fails only when it breaks an operation clients send', () => {
  it('removing a field a dashboard reads fails the check and names the dashboard’s operation', async () => {
    const before = readFileSync(API_SCHEMA_PATH, 'utf8');
    const after = before.replace(
      '  keywords: [String!]!\n  kind: ProcedureKind!\n',
      '  kind: ProcedureKind!\n',
    );
    expect(after).not.toBe(before);
    const keywords = usageOf(
      before,
      `query ProcedureKeywords($code: String!) { procedure(code: $code) { code name keywords } }`,
    );
    const catalog = usageOf(
      before,
      `query Catalog { procedures(first: 10) { nodes { code name } pageInfo { hasNextPage } } }`,
      'trusted-documents',
      'a1b2c3',
      3400,
    );

    const report = await changeReport(before, after, [catalog, keywords]);

    expect(keywords.coordinates).toEqual([
      'AdministrativeProcedure.code',
      'AdministrativeProcedure.keywords',
      'AdministrativeProcedure.name',
      'Query.procedure',
      'Query.procedure.code',
    ]);
    expect(report).toEqual({
      failed: true,
      changes: [
        {
          type: 'FIELD_REMOVED',
          path: 'AdministrativeProcedure.keywords',
          message: "Field 'keywords' was removed from object type 'AdministrativeProcedure'",
          level: 'BREAKING',
          affected: [keywords],
        },
      ],
    });
    expect(formatChangeReport(report)).toBe(
      [
        'Schema check failed: breaking changes affect operations clients send.',
        '',
        'Breaking changes that break recorded operations (1):',
        "  - AdministrativeProcedure.keywords: Field 'keywords' was removed from object type 'AdministrativeProcedure'",
        '      ProcedureKeywords (dashboard 1.4.0, 120 requests, last seen 2026-11-29)',
      ].join('\n'),
    );
  });

  it('adding an optional field passes', async () => {
    const after = SDL.replace('legacyCode: String', 'legacyCode: String website: String');
    const report = await changeReport(SDL, after, [usageOf(SDL, LIST), usageOf(SDL, DETAIL)]);
    expect(report).toEqual({
      failed: false,
      changes: [
        {
          type: 'FIELD_ADDED',
          path: 'Agency.website',
          message: "Field 'website' was added to object type 'Agency'",
          level: 'NON_BREAKING',
          affected: [],
        },
      ],
    });
  });

  it('removing a field nobody uses is reported as breaking but unused, and passes', async () => {
    const after = SDL.replace(' legacyCode: String', '');
    const report = await changeReport(SDL, after, [usageOf(SDL, LIST), usageOf(SDL, DETAIL)]);
    expect(report.failed).toBe(false);
    expect(formatChangeReport(report)).toBe(
      [
        'Schema check passed: no breaking change affects an operation clients send.',
        '',
        'Breaking changes no recorded operation uses (1):',
        "  - Agency.legacyCode: Field 'legacyCode' was removed from object type 'Agency'",
      ].join('\n'),
    );
  });

  it('removing an enum value fails for operations passing that enum, literally or in a variable', async () => {
    const after = SDL.replace('ANSWERED CLOSED', 'ANSWERED');
    const literal = usageOf(SDL, LIST);
    const variable = usageOf(
      SDL,
      `query ByStatus($s: PetitionStatus) { petitions(status: $s) { id } }`,
      'mobile',
      '2.0.1',
      7,
    );
    const report = await changeReport(SDL, after, [literal, variable, usageOf(SDL, DETAIL)]);
    expect(report).toEqual({
      failed: true,
      changes: [
        {
          type: 'ENUM_VALUE_REMOVED',
          path: 'PetitionStatus.CLOSED',
          message: expect.stringContaining("Enum value 'CLOSED' was removed from enum 'PetitionStatus'"),
          level: 'BREAKING',
          affected: [literal, variable],
        },
      ],
    });
    expect(formatChangeReport(report)).toContain(
      [
        '      OpenPetitions (dashboard 1.4.0, 120 requests, last seen 2026-11-29)',
        '      ByStatus (mobile 2.0.1, 7 requests, last seen 2026-11-29)',
      ].join('\n'),
    );
  });

  it('a new required argument breaks every operation calling the field; a new optional one breaks none', async () => {
    const after = SDL.replace('petition(id: ID!)', 'petition(id: ID!, locale: String!, trace: Boolean)');
    const detail = usageOf(SDL, DETAIL);
    const report = await changeReport(SDL, after, [usageOf(SDL, LIST), detail]);
    expect(report.failed).toBe(true);
    expect(
      report.changes.map(({ type, path, level, affected }) => ({ type, path, level, affected })),
    ).toEqual([
      { type: 'FIELD_ARGUMENT_ADDED', path: 'Query.petition.locale', level: 'BREAKING', affected: [detail] },
      { type: 'FIELD_ARGUMENT_ADDED', path: 'Query.petition.trace', level: 'DANGEROUS', affected: [] },
    ]);
  });

  it('making an output field non-null is safe; making an argument non-null breaks calls of the field', async () => {
    const after = SDL.replace('legacyCode: String', 'legacyCode: String!');
    const argumentAfter = SDL.replace('status: PetitionStatus,', 'status: PetitionStatus!,');
    const list = usageOf(SDL, LIST);
    const filtered = usageOf(SDL, `query Recent { petitions(first: 5) { id } }`);

    const output = await changeReport(SDL, after, [list, filtered]);
    const argument = await changeReport(SDL, argumentAfter, [list, filtered]);

    expect(output.failed).toBe(false);
    expect(output.changes.map((c) => [c.type, c.path, c.level])).toEqual([
      ['FIELD_TYPE_CHANGED', 'Agency.legacyCode', 'NON_BREAKING'],
    ]);
    expect(argument.failed).toBe(true);
    expect(
      argument.changes.map(({ type, path, level, affected }) => ({ type, path, level, affected })),
    ).toEqual([
      {
        type: 'FIELD_ARGUMENT_TYPE_CHANGED',
        path: 'Query.petitions.status',
        level: 'BREAKING',
        affected: [list, filtered],
      },
    ]);
  });

  it('removing an input field fails for operations sending that input type, even through a variable', async () => {
    const after = SDL.replace('input Period { from: String to: String }', 'input Period { from: String }');
    const viaVariable = usageOf(
      SDL,
      `query Filtered($filter: PetitionFilter) { petitions(filter: $filter) { id } }`,
      'reports',
      '0.9.0',
      1,
    );
    const report = await changeReport(SDL, after, [usageOf(SDL, LIST), viaVariable]);
    expect(report.failed).toBe(true);
    expect(report.changes.map((c) => [c.type, c.path, c.affected])).toEqual([
      ['INPUT_FIELD_REMOVED', 'Period.to', [viaVariable]],
    ]);
    expect(formatChangeReport(report)).toContain('Filtered (reports 0.9.0, 1 request, last seen 2026-11-29)');
  });

  it('a changed argument default is dangerous for calls that leave the argument out, and does not fail', async () => {
    const after = SDL.replace('first: Int = 20', 'first: Int = 50');
    const relying = usageOf(SDL, LIST);
    const explicit = usageOf(SDL, `query Recent { petitions(first: 5) { id } }`);
    const report = await changeReport(SDL, after, [relying, explicit]);
    expect(report.failed).toBe(false);
    expect(
      report.changes.map(({ type, path, level, affected }) => ({ type, path, level, affected })),
    ).toEqual([
      {
        type: 'FIELD_ARGUMENT_DEFAULT_CHANGED',
        path: 'Query.petitions.first',
        level: 'DANGEROUS',
        affected: [relying],
      },
    ]);
  });

  it('removing a union member breaks operations selecting fields on it', async () => {
    const after = SDL.replace('union SearchResult = Petition | Agency', 'union SearchResult = Petition');
    const agencies = usageOf(SDL, `{ search(text: "x") { ... on Agency { name } } }`);
    const report = await changeReport(SDL, after, [usageOf(SDL, LIST), agencies]);
    expect(report.failed).toBe(true);
    expect(report.changes.map((c) => [c.type, c.path, c.affected])).toEqual([
      ['UNION_MEMBER_REMOVED', 'SearchResult', [agencies]],
    ]);
  });

  it('the report text lists what fails first, then unused breaking changes, dangerous and safe ones', async () => {
    const after = SDL.replace(' legacyCode: String', ' website: String')
      .replace('title: String!', '')
      .replace('first: Int = 20', 'first: Int = 50');
    const mobile = usageOf(SDL, LIST, 'mobile', '2.0.1', 1);
    const report = await changeReport(SDL, after, [usageOf(SDL, DETAIL), mobile]);
    expect(formatChangeReport(report)).toBe(
      [
        'Schema check failed: breaking changes affect operations clients send.',
        '',
        'Breaking changes that break recorded operations (1):',
        "  - Petition.title: Field 'title' was removed from object type 'Petition'",
        '      PetitionDetail (dashboard 1.4.0, 120 requests, last seen 2026-11-29)',
        '      OpenPetitions (mobile 2.0.1, 1 request, last seen 2026-11-29)',
        '',
        'Breaking changes no recorded operation uses (1):',
        "  - Agency.legacyCode: Field 'legacyCode' was removed from object type 'Agency'",
        '',
        'Dangerous changes (1):',
        "  - Query.petitions.first: Default value for argument 'first' on field 'Query.petitions' changed from '20' to '50'",
        '      OpenPetitions (mobile 2.0.1, 1 request, last seen 2026-11-29)',
        '',
        'Safe changes (1):',
        "  - Agency.website: Field 'website' was added to object type 'Agency'",
      ].join('\n'),
    );
  });
});
