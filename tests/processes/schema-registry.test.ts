import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentHash } from '../../gateway/trustedDocuments.ts';
import { PROJECT_ROOT } from '../../kit/config.ts';
import { type RunningSubgraph, serveSubgraph, withCommonTypes } from '../../kit/subgraph.ts';
import { checkSubgraph } from '../../registry/check.ts';
import { publishSubgraph, rollbackSupergraph } from '../../registry/publish.ts';
import { createPublishKey, identifyPublisher, PublishRefused } from '../../registry/publishKeys.ts';
import { rollOut } from '../../registry/rollout.ts';
import { servedSdl, servesAtLeast } from '../../registry/servedSdl.ts';
import { liveSupergraphId, type SupergraphVersionRow } from '../../registry/store.ts';
import { recentUsage } from '../../registry/usage.ts';
import { definitions, type Hub, startHub } from '../support/hub.ts';
import { freePort, startTestRegistry, type TestRegistry } from '../support/registry.ts';

const run = promisify(execFile);
const PROCEDURES_SCHEMA = readFileSync(
  join(PROJECT_ROOT, 'subgraphs', 'procedures', 'schema.graphql'),
  'utf8',
);
const KEYWORDS_LINE = '  keywords: [String!]! @tag(name: "public")\n';
const NAME_LINE = '  name: String! @tag(name: "public")\n';

/** The procedures schema with one optional field more, as the ministry's next release has it. */
const WITH_NAME_LENGTH = PROCEDURES_SCHEMA.replace(
  NAME_LINE,
  `${NAME_LINE}  "Số ký tự của tên thủ tục."\n  nameLength: Int @tag(name: "public")\n`,
);
const WITHOUT_KEYWORDS = PROCEDURES_SCHEMA.replace(KEYWORDS_LINE, '');

const DASHBOARD = 'query DashboardKeywords { procedures(first: 2) { nodes { code keywords } } }';
const CATALOG = 'query Catalog { procedures(first: 3) { nodes { code name } } }';
const NAME_LENGTH = 'query NameLength { procedures(first: 1) { nodes { name nameLength } } }';
const DASHBOARD_CLIENT = {
  'apollographql-client-name': 'dashboard',
  'apollographql-client-version': '1.4.0',
};

/** `npm run schema -- …` as a ministry developer runs it, against this test's registry. */
async function schemaCommand(registry: TestRegistry, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/schema.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...registry.env },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: `${failed.stdout}${failed.stderr}` };
  }
}

/** Clients reading the catalog the whole time; every answer must be whole. */
function catalogLoad(hub: Hub, workers = 4) {
  let running = true;
  let requests = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (running) {
      const answer = await hub.query<{ procedures: { nodes: unknown[] } }>(CATALOG).catch((error: Error) => ({
        status: 0,
        errors: [{ message: error.message }],
        data: null,
      }));
      requests += 1;
      if (answer.status !== 200 || answer.errors || answer.data?.procedures.nodes.length !== 3) {
        failures.push(JSON.stringify(answer).slice(0, 300));
      }
    }
  };
  const all = Array.from({ length: workers }, worker);
  return {
    async stop() {
      running = false;
      await Promise.all(all);
      return { requests, failures };
    },
  };
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the schema registry: each ministry checks and publishes its own subgraph', () => {
  let registry: TestRegistry;
  let hub: Hub;
  let release: RunningSubgraph | undefined;
  let folder: string;
  const keys = { central: '', procedures: '', petitions: '' };

  beforeAll(async () => {
    registry = await startTestRegistry();
    hub = await startHub({ registry: registry.db, petitions: 200 });
    keys.central = await createPublishKey(registry.db, '*', 'Văn phòng Chính phủ');
    keys.procedures = await createPublishKey(registry.db, 'procedures', 'Cục Kiểm soát TTHC');
    keys.petitions = await createPublishKey(registry.db, 'petitions', 'Bộ phận PAKN');
    folder = mkdtempSync(join(tmpdir(), 'pakn-schemas-'));
    writeFileSync(join(folder, 'without-keywords.graphql'), WITHOUT_KEYWORDS);
    writeFileSync(join(folder, 'schema.graphql'), WITH_NAME_LENGTH);
  }, 240_000);

  afterAll(async () => {
    await release?.close();
    await hub?.close();
    await registry?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('the gateway records which schema fields each client’s operations use, by client name and version', async () => {
    for (let i = 0; i < 2; i++)
      expect((await hub.query(DASHBOARD, {}, { headers: DASHBOARD_CLIENT })).errors).toBeUndefined();
    // A name no client would send is not stored as given; past the day's quota of distinct clients (3 in
    // the test hub), a new name counts as "other", so made-up names cannot grow the usage table.
    await hub.query(DASHBOARD, {}, { headers: { 'apollographql-client-name': '<script>alert(1)</script>' } });
    await hub.query(DASHBOARD, {}, { headers: { 'apollographql-client-name': 'mobile' } });
    for (const name of ['made-up-1', 'made-up-2']) {
      await hub.query(DASHBOARD, {}, { headers: { 'apollographql-client-name': name } });
    }
    await hub.query('{ __schema { queryType { name } } }');
    await hub.gateway.flushUsage();

    const usage = await recentUsage(registry.db, 30);
    const coordinates = [
      'AdministrativeProcedure.code',
      'AdministrativeProcedure.keywords',
      'ProcedureConnection.nodes',
      'Query.procedures',
      'Query.procedures.first',
    ];
    expect(usage.map(({ lastSeen, ...rest }) => ({ ...rest, seen: Boolean(lastSeen) }))).toEqual([
      {
        operation: 'DashboardKeywords',
        client: 'dashboard',
        clientVersion: '1.4.0',
        coordinates,
        count: 2,
        seen: true,
      },
      {
        operation: 'DashboardKeywords',
        client: 'invalid',
        clientVersion: '',
        coordinates,
        count: 1,
        seen: true,
      },
      {
        operation: 'DashboardKeywords',
        client: 'mobile',
        clientVersion: '',
        coordinates,
        count: 1,
        seen: true,
      },
      {
        operation: 'DashboardKeywords',
        client: 'other',
        clientVersion: '',
        coordinates,
        count: 2,
        seen: true,
      },
    ]);
  });

  test('`schema check` fails when a field a client reads is removed, naming the operation and its client', async () => {
    const check = await schemaCommand(
      registry,
      'check',
      'procedures',
      '--schema',
      join(folder, 'without-keywords.graphql'),
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(check).toEqual({
      code: 1,
      stdout: [
        'Schema check failed: breaking changes affect operations clients send.',
        '',
        'Breaking changes that break recorded operations (1):',
        "  - AdministrativeProcedure.keywords: Field 'keywords' was removed from object type 'AdministrativeProcedure'",
        `      DashboardKeywords (dashboard 1.4.0, 2 requests, last seen ${today})`,
        `      DashboardKeywords (other, 2 requests, last seen ${today})`,
        `      DashboardKeywords (invalid, 1 request, last seen ${today})`,
        `      DashboardKeywords (mobile, 1 request, last seen ${today})`,
        '✗ procedures: the check fails.',
        '',
      ].join('\n'),
    });
  }, 60_000);

  test('`schema check` passes a new optional field', async () => {
    const check = await schemaCommand(
      registry,
      'check',
      'procedures',
      '--schema',
      join(folder, 'schema.graphql'),
    );
    expect(check.stdout).toContain('AdministrativeProcedure.nameLength');
    expect(check.stdout).toContain('✓ procedures: the check passes.');
    expect(check.code).toBe(0);
  }, 60_000);

  test('an operation in the trusted-documents manifest counts as used before any request carries it', async () => {
    const manifest = join(folder, 'trusted-documents.json');
    const kiosk = 'query KioskKeywords { procedures(first: 5) { nodes { name keywords } } }';
    writeFileSync(manifest, JSON.stringify({ [documentHash(kiosk)]: kiosk }));
    const result = await checkSubgraph(
      registry.db,
      { subgraph: 'procedures', sdl: withCommonTypes(WITHOUT_KEYWORDS) },
      { days: 30, trustedDocumentsPath: manifest },
    );
    const removed = result.changes?.changes.find(
      (change) => change.path === 'AdministrativeProcedure.keywords',
    );
    expect(result.passed).toBe(false);
    expect(removed?.affected.filter((usage) => usage.client === 'trusted-documents')).toEqual([
      {
        operation: 'KioskKeywords',
        client: 'trusted-documents',
        clientVersion: manifest,
        coordinates: [
          'AdministrativeProcedure.keywords',
          'AdministrativeProcedure.name',
          'ProcedureConnection.nodes',
          'Query.procedures',
          'Query.procedures.first',
        ],
        count: 0,
        lastSeen: '',
      },
    ]);
  });

  test('a ministry’s key publishes its own subgraph only, and a revoked or unknown key nothing', async () => {
    const petitionsTeam = await identifyPublisher(registry.db, keys.petitions);
    const before = await liveSupergraphId(registry.db);
    await expect(
      publishSubgraph(
        registry.db,
        { subgraph: 'procedures', sdl: withCommonTypes(WITH_NAME_LENGTH) },
        petitionsTeam,
        {
          days: 30,
        },
      ),
    ).rejects.toThrow(new PublishRefused('the key "Bộ phận PAKN" publishes petitions only, not procedures'));
    await expect(identifyPublisher(registry.db, 'pakn_pub_guessed')).rejects.toThrow(PublishRefused);
    const command = await schemaCommand(registry, 'publish', 'procedures', '--key', keys.petitions);
    expect(command).toEqual({
      code: 1,
      stdout: 'Refused: the key "Bộ phận PAKN" publishes petitions only, not procedures\n',
    });
    expect(await liveSupergraphId(registry.db)).toBe(before);
  }, 60_000);

  test('a schema that does not compose is stored nowhere and never reaches a gateway', async () => {
    const versions = async () => (await registry.db('supergraph_versions').count('* as n'))[0]?.n;
    const before = { live: await liveSupergraphId(registry.db), versions: await versions() };
    const nonNullOnAgency = PROCEDURES_SCHEMA.replace(
      'type Agency @key(fields: "id") {\n  id: ID!\n',
      'type Agency @key(fields: "id") {\n  id: ID!\n  procedureBudget: Int!\n',
    );
    const outcome = await publishSubgraph(
      registry.db,
      { subgraph: 'procedures', sdl: withCommonTypes(nonNullOnAgency) },
      await identifyPublisher(registry.db, keys.procedures),
      { days: 30 },
    );
    expect(outcome.kind).toBe('refused');
    expect(outcome.check.compositionErrors).toEqual([expect.stringContaining('Agency.procedureBudget')]);
    expect({ live: await liveSupergraphId(registry.db), versions: await versions() }).toEqual(before);
  });

  test('publishing under load: the new field is served only once its subgraph serves it, no request fails, and a rollback returns the old schema', async () => {
    const load = catalogLoad(hub);
    const ministry = await identifyPublisher(registry.db, keys.procedures);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;

    // The ministry publishes first and deploys after (blue-green: the release runs beside the old one).
    const outcome = await publishSubgraph(
      registry.db,
      { subgraph: 'procedures', sdl: withCommonTypes(WITH_NAME_LENGTH), routingUrl: url },
      ministry,
      { days: 30 },
    );
    expect(outcome.kind).toBe('stored');
    const stored = outcome as { version: number; supergraph: SupergraphVersionRow };
    expect({ version: stored.version, state: stored.supergraph.state }).toEqual({
      version: 2,
      state: 'pending',
    });
    const rollout = rollOut(registry.db, stored.supergraph.id, { timeoutMs: 60_000, intervalMs: 100 });

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const early = await hub.query(NAME_LENGTH);
    expect(early.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    release = await serveSubgraph(
      {
        ...definitions.procedures,
        folder,
        resolvers: {
          ...definitions.procedures.resolvers,
          AdministrativeProcedure: {
            ...(definitions.procedures.resolvers.AdministrativeProcedure as object),
            nameLength: (procedure: { name: string }) => procedure.name.length,
          },
        },
      },
      hub.db.procedures,
      { port, host: '127.0.0.1' },
    );
    expect(await rollout).toBe('live');
    const served = await eventually(
      () => hub.query<{ procedures: { nodes: { name: string; nameLength: number }[] } }>(NAME_LENGTH),
      (answer) => !answer.errors,
    );
    expect(served.errors).toBeUndefined();
    const [first] = served.data?.procedures.nodes ?? [];
    expect(first?.nameLength).toBe(first?.name.length);

    const central = await identifyPublisher(registry.db, keys.central);
    const rollback = await rollbackSupergraph(registry.db, central);
    expect({ changed: rollback.changed, reason: rollback.supergraph.reason }).toEqual({
      changed: ['procedures'],
      reason: `rollback to version ${stored.supergraph.id - 1}`,
    });
    expect(await rollOut(registry.db, rollback.supergraph.id, { timeoutMs: 10_000, intervalMs: 100 })).toBe(
      'live',
    );
    const after = await eventually(
      () => hub.query(NAME_LENGTH),
      (answer) => Boolean(answer.errors),
    );
    expect(after.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const { requests, failures } = await load.stop();
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(50);
  }, 120_000);

  test('after a rollback the same release can be published again, and goes live at once since it still runs', async () => {
    const outcome = await publishSubgraph(
      registry.db,
      { subgraph: 'procedures', sdl: withCommonTypes(WITH_NAME_LENGTH), routingUrl: release?.http.url },
      await identifyPublisher(registry.db, keys.procedures),
      { days: 30 },
    );
    expect(outcome.kind).toBe('stored');
    const { version, supergraph } = outcome as { version: number; supergraph: SupergraphVersionRow };
    expect(version).toBe(3);
    expect(await rollOut(registry.db, supergraph.id, { timeoutMs: 5_000, intervalMs: 100 })).toBe('live');
    const served = await eventually(
      () => hub.query(NAME_LENGTH),
      (answer) => !answer.errors,
    );
    expect(served.errors).toBeUndefined();
  });

  test('a rollback may go live while the newer release still runs; a publish waits for exactly its schema', async () => {
    const older = withCommonTypes(PROCEDURES_SCHEMA);
    const newer = withCommonTypes(WITH_NAME_LENGTH);
    expect(await servesAtLeast(await servedSdl(newer), older)).toBe(true);
    expect(await servesAtLeast(await servedSdl(older), newer)).toBe(false);
    expect(await servesAtLeast(await servedSdl(withCommonTypes(WITHOUT_KEYWORDS)), older)).toBe(false);
  });

  test('`schema history` lists every supergraph version with who made it', async () => {
    const history = await schemaCommand(registry, 'history');
    expect(history.code).toBe(0);
    const lines = history.stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+\S+Z\s+/, ' <time> '));
    expect(lines).toEqual([
      expect.stringMatching(/^supergraph v4 +live <time> Cục Kiểm soát TTHC +publish procedures version 3$/),
      expect.stringMatching(/^supergraph v3 +was live <time> Văn phòng Chính phủ +rollback to version 1$/),
      expect.stringMatching(
        /^supergraph v2 +was live <time> Cục Kiểm soát TTHC +publish procedures version 2$/,
      ),
      expect.stringMatching(/^supergraph v1 +was live <time> repository +the repository's subgraphs$/),
    ]);
  }, 60_000);
});
