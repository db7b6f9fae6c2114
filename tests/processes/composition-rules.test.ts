import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SUBGRAPHS } from '../../kit/config.ts';
import { subgraphSdl } from '../../kit/subgraph.ts';
import { entityFieldViolations } from '../../scripts/compose/entityFieldRule.ts';
import { composeSupergraph } from '../../scripts/composeSupergraph.ts';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@shareable"])`;

/** The owner: resolves the agency's own fields. */
const agencies = `${LINK}
type Query { agency(id: ID!): Agency }
type Agency @key(fields: "id") { id: ID! name: String! kind: String! validFrom: String! }`;

function sample(contributor: string) {
  return [
    { name: 'agencies', typeDefs: parse(agencies) },
    { name: 'complaints', typeDefs: parse(`${LINK}\ntype Query { complaintCount: Int }\n${contributor}`) },
  ];
}

describe('composition rule: fields added to another subgraph’s entity are nullable', () => {
  it('a nullable field added to an entity another subgraph owns passes', () => {
    const subgraphs = sample(`type Agency @key(fields: "id") { id: ID! complaintCount: Int }`);
    expect(entityFieldViolations(subgraphs)).toEqual([]);
  });

  it('a non-null field added to an entity another subgraph owns fails, naming subgraph, type, field and why', () => {
    const subgraphs = sample(
      `type Agency @key(fields: "id") { id: ID! complaintCount: Int! complaintTotal: Int }`,
    );
    expect(entityFieldViolations(subgraphs)).toEqual([
      'Subgraph "complaints" adds Agency.complaintCount to entity Agency, owned by subgraph "agencies", as ' +
        'non-null (Int!): it must be nullable, or a failure of "complaints" (down, slow, an error) would fail ' +
        "the whole Agency for every query that asks for this field, the owner's data included.",
    ]);
  });

  it('key fields, @external fields and @shareable fields the owner also resolves are not contributions', () => {
    const subgraphs = sample(`type Agency @key(fields: "id") {
      id: ID!
      kind: String! @external
      name: String! @shareable
      complaintCount: Int @requires(fields: "kind")
    }`);
    expect(entityFieldViolations(subgraphs)).toEqual([]);
  });

  it('the owner is the subgraph resolving most of the entity’s own fields, whichever is listed first', () => {
    const [owner, contributor] = sample(`type Agency @key(fields: "id") { id: ID! complaintCount: [Int!]! }`);
    const messages = entityFieldViolations([contributor, owner]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Subgraph "complaints" adds Agency.complaintCount to entity Agency');
    expect(messages[0]).toContain('owned by subgraph "agencies", as non-null ([Int!]!)');
  });

  it('the hub’s subgraphs follow the rule', () => {
    const subgraphs = Object.keys(SUBGRAPHS).map((name) => ({
      name,
      typeDefs: parse(subgraphSdl(join(PROJECT_ROOT, 'subgraphs', name))),
    }));
    expect(subgraphs.length).toBeGreaterThanOrEqual(4);
    expect(entityFieldViolations(subgraphs)).toEqual([]);
    expect(composeSupergraph().errors).toEqual([]);
  });

  it('`npm run compose -- --check` refuses a subgraph adding a non-null field to an agency', () => {
    const copy = mkdtempSync(join(tmpdir(), 'pakn-subgraphs-'));
    cpSync(join(PROJECT_ROOT, 'subgraphs'), copy, { recursive: true });
    const sdlPath = join(copy, 'reporting', 'schema.graphql');
    const sdl = readFileSync(sdlPath, 'utf8');
    writeFileSync(
      sdlPath,
      sdl.replace(
        /(\ntype Agency @key\(fields: "id"\) \{\n {2}id: ID!\n)/,
        '$1  "Regimes this agency reports under."\n  regimeCount: Int!\n',
      ),
    );
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'compose.ts'), '--check'],
      { cwd: PROJECT_ROOT, env: { ...process.env, PAKN_SUBGRAPHS_DIR: copy }, encoding: 'utf8' },
    );
    expect(run.stderr).toContain(
      'Subgraph "reporting" adds Agency.regimeCount to entity Agency, owned by subgraph "agencies", as non-null (Int!)',
    );
    expect(run.status).toBe(1);
  });
});
