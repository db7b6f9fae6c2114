import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getIntrospectionQuery,
  getNamedType,
  type IntrospectionQuery,
  isLeafType,
  isObjectType,
  parse,
  validate,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '../gateway/createGateway.ts';
import { API_SCHEMA_PATH, PUBLIC_SCHEMA_PATH, printClientSchema } from '../scripts/clientSchemas.ts';
import { type Hub, sharedHub, startReplica } from './support/hub.ts';
import { petitionInput, SUBMIT } from './support/petitionCommands.ts';

/** The development hub (introspection on, default limits) and a production gateway over the same subgraphs. */
let hub: Hub;
let production: RunningGateway;
const apiSdl = readFileSync(API_SCHEMA_PATH, 'utf8');
const publicSdl = readFileSync(PUBLIC_SCHEMA_PATH, 'utf8');
const contract = buildSchema(publicSdl);

beforeAll(async () => {
  hub = await sharedHub();
  production = await startReplica(hub, {
    hardening: { production: true },
  });
});
afterAll(async () => {
  await production?.close();
  await hub?.close();
});

async function introspect(url: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  return {
    status: res.status,
    ...((await res.json()) as {
      data?: IntrospectionQuery;
      errors?: { message: string; extensions?: { code?: string } }[];
    }),
  };
}

/** Every coordinate (Type.field) of a schema's own object types. */
function fieldCoordinates(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));
}

/** A selection of every field of `type` in the contract that takes no argument, `depth` object levels down. */
function everyField(type: GraphQLObjectType, depth: number): string {
  const plain = (field: GraphQLField<unknown, unknown>) => field.args.length === 0;
  const parts = Object.values(type.getFields())
    .filter(plain)
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      if (depth === 0 || !isObjectType(named)) return [];
      return [`${field.name} { ${everyField(named, depth - 1)} }`];
    });
  return parts.join(' ');
}

const contractType = (name: string) => contract.getType(name) as GraphQLObjectType;

describe('schema/api.graphql: the schema clients see', () => {
  it('is exactly what the gateway serves to introspection', async () => {
    const answer = await introspect(hub.gateway.url);
    expect(answer.errors).toBeUndefined();
    const served = printClientSchema(buildClientSchema(answer.data as IntrospectionQuery));
    expect(served).toBe(apiSdl);
  });

  it('has no federation machinery and no inaccessible field', () => {
    for (const internal of [
      'join__',
      'link__',
      '_entities',
      '_service',
      '_Any',
      'lineageUnitIds',
      'procedureCodes',
    ])
      expect(apiSdl).not.toContain(internal);
  });
});

describe('schema/public.graphql: the anonymous contract', () => {
  it('is part of the API schema: every contract field exists there with the same type', () => {
    const api = buildSchema(apiSdl);
    const apiFields = new Set(fieldCoordinates(api));
    for (const coordinate of fieldCoordinates(contract)) expect(apiFields).toContain(coordinate);
    const everyPublishedField = `{ publishedPetitions(first: 1) { nodes { ${everyField(contractType('Petition'), 2)} } } }`;
    expect(validate(api, parse(everyPublishedField))).toEqual([]);
  });

  it('offers the public operations and nothing an anonymous caller is refused', () => {
    const query = Object.keys(contract.getQueryType()?.getFields() ?? {}).sort();
    const mutation = Object.keys(contract.getMutationType()?.getFields() ?? {}).sort();
    expect({ query, mutation }).toEqual({
      query: [
        'agencies',
        'agency',
        'agencyByCode',
        'fields',
        'petitionByTrackingCode',
        'petitionDeadlines',
        'procedure',
        'procedures',
        'publicHolidays',
        'publishedPetitions',
        'reportingRegime',
        'reportingRegimes',
      ],
      mutation: ['ratePetition', 'submitPetition'],
    });
    const fields = fieldCoordinates(contract);
    expect(
      fields.filter((coordinate) => /stats|compliance|petitionCount|Totals|overdueReports/i.test(coordinate)),
    ).toEqual([]);
    expect(
      fields.filter((coordinate) => coordinate.endsWith('.petitioner') || coordinate.endsWith('.petitions')),
    ).toEqual([]);
    expect(contract.getType('Petitioner')).toBeUndefined();
  });

  it('answers anonymously, every contract field of what it reaches, without FORBIDDEN', async () => {
    const samples = [
      `{ publishedPetitions(first: 2) { totalCount nodes { ${everyField(contractType('Petition'), 1)} } } }`,
      `{ agencies(first: 3) { nodes { ${everyField(contractType('Agency'), 1)} procedures(first: 2) { totalCount } } } }`,
      `{ procedures(first: 3) { nodes { ${everyField(contractType('AdministrativeProcedure'), 1)} } } }`,
      `{ fields(first: 3) { nodes { ${everyField(contractType('Field'), 0)} } } }`,
      `{ reportingRegimes(first: 3) { nodes { ${everyField(contractType('ReportingRegime'), 1)}
           periods(from: "2026-01-01", to: "2026-06-30") { ${everyField(contractType('ReportingPeriod'), 0)} } } } }`,
      `{ petitionDeadlines(receivedOn: "2026-03-02", category: ${contractEnumValue('PetitionCategory')}) {
           ${everyField(contractType('PetitionDeadlines'), 1)} } }`,
      `{ publicHolidays(year: 2026) { ${everyField(contractType('PublicHoliday'), 0)} } }`,
    ];
    for (const sample of samples) {
      expect(validate(contract, parse(sample))).toEqual([]);
      const answer = await hub.query(sample);
      expect({ sample, errors: answer.errors }).toEqual({ sample, errors: undefined });
      expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
    }
  });

  it('lets an anonymous citizen submit a petition and track it by its code, as the contract says', async () => {
    const submitted = await hub.query<{ submitPetition: { trackingCode: string } }>(SUBMIT, {
      input: petitionInput(),
    });
    expect(submitted.errors).toBeUndefined();
    const tracking = `query Track($code: String!) { petitionByTrackingCode(trackingCode: $code) {
      ${everyField(contractType('Petition'), 1)} } }`;
    expect(validate(contract, parse(tracking))).toEqual([]);
    const answer = await hub.query<{ petitionByTrackingCode: { trackingCode: string; status: string } }>(
      tracking,
      {
        code: submitted.data?.submitPetition.trackingCode,
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.petitionByTrackingCode).toMatchObject({
      trackingCode: submitted.data?.submitPetition.trackingCode,
      status: 'RECEIVED',
    });
  });
});

function contractEnumValue(name: string): string {
  const type = contract.getType(name);
  return type && 'getValues' in type ? type.getValues()[0].name : '';
}

describe('introspection at the default limits', () => {
  it('answers the standard introspection query (about 21 deep) in development, below the depth limit 12', async () => {
    const answer = await introspect(hub.gateway.url);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.__schema.queryType.name).toBe('Query');
  });

  it('still refuses it in production', async () => {
    const answer = await introspect(production.url);
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(/introspection is not allowed/i),
    );
  });

  it('still refuses a deep data query, and a deep introspection that also reads data', async () => {
    const nested = (levels: number) => `${'parent { '.repeat(levels)}id${' }'.repeat(levels)}`;
    const deepData = await hub.query(`{ agency(id: "tinh-01") { ${nested(13)} } }`);
    expect(deepData.errors?.map((error) => error.extensions?.code)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    const ofType = (levels: number) => `${'ofType { '.repeat(levels)}name${' }'.repeat(levels)}`;
    const mixed = await hub.query(
      `{ __type(name: "Agency") { fields { type { ${ofType(12)} } } } agency(id: "tinh-01") { id } }`,
    );
    expect(mixed.errors?.map((error) => error.extensions?.code)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    const spread = await hub.query(
      `{ __typename ...Deep } fragment Deep on Query { agency(id: "tinh-01") { ${nested(13)} } }`,
    );
    expect(spread.errors?.map((error) => error.extensions?.code)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });
});
