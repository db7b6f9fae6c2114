/**
 * The README's examples run: every shell block that asks the hub (`localhost:4000`) runs with bash against a
 * started hub, every GraphQL example goes through its gateway, and every other block is listed below with
 * where it is checked instead. A new block nobody classified fails here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { devKeys } from '../../gateway/identity.ts';
import { PROJECT_ROOT } from '../../kit/config.ts';
import { PROVINCE_SCORECARD } from '../../scripts/scorecardQuery.ts';
import { type Hub, startHub, TEST_TOKENS } from '../support/hub.ts';

interface Block {
  lang: string;
  text: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The first line that is neither blank nor a comment, its trailing comment cut: the block's name here. */
  key: string;
}

/**
 * Blocks not run here, by the start of their first command line, with the reason and where they are
 * checked. An entry no block matches fails too, so that the list stays the README's.
 */
const NOT_RUN: Record<string, string> = {
  'npm install && npm start':
    'the whole hub on the default ports and data/: CI runs it as `npm run smoke` (.ci/run), which starts it on a fresh data folder and asks it the scorecard',
  'PAKN_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test':
    'the whole suite on the server: CI itself runs it (.ci/run, "tests on the PostgreSQL server")',
  'npm ci && npm run build':
    'the production build, its start and the image: CI builds, installs the runtime dependencies and starts the hub from dist/ in a copy, then asks it the scorecard (.ci/run, "the production build runs the hub without dev dependencies"); docker is not on CI',
  'SCHEMA_REGISTRY=embedded npm start':
    'the whole hub on the default ports: tests/processes/schema-registry.test.ts runs a hub following a registry (startHub({ registry }))',
  "sed '/^  keywords":
    'edits a schema copy and runs `npm run schema -- check`: tests/processes/schema-registry.test.ts, "`schema check` fails when a field a client reads is removed, naming the operation and its client"',
  'npm run schema -- key create procedures':
    'writes keys into data/registry: tests/processes/schema-registry.test.ts, "a ministry’s key publishes its own subgraph only, and a revoked or unknown key nothing"',
  'npm run schema -- rollout':
    'tests/processes/schema-registry.test.ts, "publishing under load: the new field is served only once its subgraph serves it, no request fails, and a rollback returns the old schema"',
  'npm run schema -- rollback':
    'tests/processes/schema-registry.test.ts, the rollback tests and "`schema history` lists every supergraph version with who made it"',
  'npm run dev -- procedures --role officer --agency tinh-01':
    'tests/processes/dev-subgraph.test.ts, "`npm run dev -- procedures`: a ministry developer runs their subgraph alone"',
  'npm run test:browser':
    'the dashboard in chromium: CI runs it (.ci/run, "the dashboard in a real browser"), after installing chromium',
  'npm run new-subgraph -- inspections':
    'writes a subgraph into the tree: CI runs it in a copy and checks the copy (.ci/run, "npm run new-subgraph makes a fifth subgraph")',
  'for db in agencies petitions procedures reporting; do createdb':
    'creates fixed databases and starts the hub on the default ports; not on CI as written: every test hub on the server (PAKN_TEST_DATABASE_URL) runs the same per-subgraph databases',
  'gateway/              the gateway': 'the folder layout, not a command',
};

/** What fills a value in angle brackets, from the test hub's sample data. */
const PLACEHOLDERS: Record<string, (hub: Hub) => Promise<string>> = {
  '<tracking code>': async (hub) => {
    const { data } = await hub.asCentralOffice<{ petitions: { nodes: { trackingCode: string }[] } }>(
      '{ petitions(filter: { status: [PUBLISHED] }, first: 1) { nodes { trackingCode } } }',
    );
    return data?.petitions.nodes[0]?.trackingCode ?? '(no published petition in the sample data)';
  },
};

/** Named operations: the token and variables the README's own curl block sends them with. */
const NAMED: Record<string, { token: string; variables: Record<string, unknown> }> = {
  ProvinceScorecard: {
    token: 'npm run -s token -- --role central_office --agency bo-vpcp',
    variables: { on: '2026-01-01', from: '2026-01-01', to: '2026-06-30' },
  },
};

const SHELL = new Set(['sh', 'bash', 'shell']);

function fencedBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let open: { lang: string; line: number; lines: string[] } | undefined;
  markdown.split('\n').forEach((line, index) => {
    const fence = /^```\s*(\S*)\s*$/.exec(line);
    if (!open && fence) open = { lang: fence[1], line: index + 1, lines: [] };
    else if (open && line.startsWith('```')) {
      const text = open.lines.join('\n');
      const first = open.lines.find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
      blocks.push({ lang: open.lang, text, line: open.line, key: first.replace(/\s+#.*$/, '').trim() });
      open = undefined;
    } else open?.lines.push(line);
  });
  return blocks;
}

/** The operations of a GraphQL block, each with the comment lines written just before it. */
function operations(block: string): { comment: string; text: string }[] {
  const found: { comment: string; text: string }[] = [];
  let comment: string[] = [];
  let text: string[] = [];
  let depth = 0;
  for (const line of block.split('\n')) {
    if (depth === 0 && text.length === 0) {
      if (line.trim().startsWith('#')) comment.push(line.trim().slice(1).trim());
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
    }
    text.push(line);
    depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
    if (depth === 0) {
      found.push({ comment: comment.join(' '), text: text.join('\n') });
      comment = [];
      text = [];
    }
  }
  return found;
}

function notRunReason(block: Block): string | undefined {
  return Object.entries(NOT_RUN).find(([key]) => block.key.startsWith(key))?.[1];
}

function run(command: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd: PROJECT_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Every answer has data in each field asked, or exactly the errors the block's `# → CODE` comments name. */
function expectAnswers(answers: Answer[], expectedCodes: string[]): void {
  expect(answers.length).toBeGreaterThan(0);
  const refused = answers.filter((answer) => answer.errors);
  expect(refused.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(expectedCodes);
  for (const answer of answers.filter((one) => !one.errors)) {
    expect(answer.data).toBeTruthy();
    for (const [field, value] of Object.entries(answer.data ?? {})) {
      expect({ field, value }).not.toEqual({ field, value: null });
    }
  }
}

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const blocks = fencedBlocks(readme);
const hubBlocks = blocks.filter((block) => SHELL.has(block.lang) && block.text.includes('localhost:4000'));
const graphqlBlocks = blocks.filter((block) => block.lang === 'graphql');

describe('README.md: every example runs or says where it is checked', () => {
  test('every block is run here or listed with its reason, and every listed one is in the README', () => {
    const unclassified = blocks
      .filter((block) => !hubBlocks.includes(block) && !graphqlBlocks.includes(block))
      .filter((block) => !notRunReason(block))
      .map((block) => `line ${block.line} (${block.lang || 'no language'}): ${block.key}`);
    expect(unclassified).toEqual([]);
    const stale = Object.keys(NOT_RUN).filter((key) => !blocks.some((block) => block.key.startsWith(key)));
    expect(stale).toEqual([]);
  });

  test('the scorecard the README shows is the one the smoke check asks (scripts/scorecardQuery.ts)', () => {
    const shown = operations(graphqlBlocks[0]?.text ?? '').map((op) => op.text);
    expect(shown.map((text) => print(parse(text)))).toEqual([print(parse(PROVINCE_SCORECARD))]);
  });
});

describe('README.md examples against a started hub', () => {
  let hub: Hub;
  const dataDir = mkdtempSync(join(tmpdir(), 'pakn-readme-'));
  // `npm run token` signs with the development key set under PAKN_DATA_DIR; the test hub trusts that set.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAKN_DATA_DIR: dataDir,
    JWT_ISSUER: TEST_TOKENS.issuer,
    JWT_AUDIENCE: TEST_TOKENS.audience,
  };
  const filled = new Map<string, string>();

  function prepare(text: string): string {
    const port = new URL(hub.gateway.url).port;
    let out = text.replaceAll('localhost:4000', `127.0.0.1:${port}`);
    for (const [placeholder, value] of filled) out = out.replaceAll(placeholder, value);
    return out;
  }

  beforeAll(async () => {
    const previous = process.env.PAKN_DATA_DIR;
    process.env.PAKN_DATA_DIR = dataDir;
    const { jwks } = await devKeys();
    if (previous === undefined) delete process.env.PAKN_DATA_DIR;
    else process.env.PAKN_DATA_DIR = previous;
    hub = await startHub({ trustedKeys: jwks.keys });
    for (const [placeholder, fill] of Object.entries(PLACEHOLDERS)) filled.set(placeholder, await fill(hub));
  }, 300_000);

  afterAll(async () => {
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const block of graphqlBlocks) {
    for (const operation of operations(block.text)) {
      const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(operation.text)?.[1];
      const title = `line ${block.line}: ${operation.comment || name || operation.text.split('\n')[1]?.trim()}`;
      test(title, async () => {
        const named = name ? NAMED[name] : undefined;
        if (name) expect(named, `the token and variables of ${name}`).toBeDefined();
        const tokenCommand = named?.token ?? /\$\((npm run -s token -- [^)]*)\)/.exec(operation.comment)?.[1];
        const token = tokenCommand ? (await run(tokenCommand, env)).stdout.trim() : undefined;
        const text = prepare(operation.text);
        expect(text).not.toMatch(/<[a-z][a-z -]*>/);
        const answer = await hub.query(text, named?.variables, { token });
        expectAnswers([answer as Answer], []);
        if (name === 'ProvinceScorecard') {
          const nodes = (answer.data as { agencies: { nodes: { petitionStats: { received: number } }[] } })
            .agencies.nodes;
          // The period it cites is one the sample data covers.
          expect(nodes.reduce((sum, node) => sum + node.petitionStats.received, 0)).toBeGreaterThan(0);
        }
      }, 60_000);
    }
  }

  for (const block of hubBlocks) {
    test(`line ${block.line}: ${block.key.slice(0, 80)}`, async () => {
      const script = prepare(block.text);
      expect(script).not.toMatch(/<[a-z][a-z -]*>/);
      const { code, stdout, stderr } = await run(script, env);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const answers = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Answer);
      const expectedCodes = [...block.text.matchAll(/# → ([A-Z_]+)/g)].map((match) => match[1]);
      expectAnswers(answers, expectedCodes);
    }, 60_000);
  }
});
