import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SUBGRAPHS } from '../../kit/config.ts';
import { SUBGRAPH_DEFINITIONS, subgraphDefinitions } from '../../subgraphs/index.ts';

const PROCEDURES_QUERY = '{ procedures(first: 2) { totalCount nodes { code } } }';

/** The environment of a developer's machine: no secrets set, a data folder of its own. */
function developerEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAKN_DATA_DIR: dataDir,
    NODE_ENV: 'development',
    ...extra,
  };
  delete env.PAKN_INTERNAL_SECRET;
  delete env.PROCEDURES_DATABASE_URL;
  return env;
}

function tsx(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env,
  });
}

/** Output until the printed instructions end with the ready-to-use token. */
async function readyOutput(child: ChildProcess): Promise<string> {
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      if (/x-pakn-identity: ey\S+\n/.test(output)) resolve(output);
    });
    child.stderr?.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('exit', (code) => reject(new Error(`npm run dev exited (${code}):\n${output}`)));
  });
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('`npm run dev -- procedures`: a ministry developer runs their subgraph alone', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pakn-dev-'));
  let child: ChildProcess;
  let output: string;
  let url: string;

  beforeAll(async () => {
    child = tsx(
      'dev.ts',
      ['procedures', '--port', '0', '--role', 'officer', '--agency', 'tinh-01'],
      developerEnv(dataDir),
    );
    output = await readyOutput(child);
    url = /running alone at (http:\S+)/.exec(output)?.[1] ?? '';
  }, 120_000);

  afterAll(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });

  it('seeds its own embedded database and answers the identity it printed', async () => {
    const token = /x-pakn-identity: (ey\S+)/.exec(output)?.[1] ?? '';
    expect(output).toContain('npm run -s dev-identity -- --role officer --agency tinh-01');
    const answer = await post(url, PROCEDURES_QUERY, { 'x-pakn-identity': token });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const procedures = (answer.body.data as { procedures: { totalCount: number; nodes: { code: string }[] } })
      .procedures;
    expect(procedures.totalCount).toBeGreaterThan(0);
    expect(procedures.nodes).toHaveLength(2);
  });

  it('answers a token from `npm run dev-identity`, as the printed curl command signs one per request', async () => {
    const signed = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'scripts', 'devIdentity.ts'),
        '--role',
        'leader',
        '--agency',
        'tinh-01',
      ],
      { cwd: PROJECT_ROOT, env: developerEnv(dataDir), encoding: 'utf8' },
    );
    expect(signed.status).toBe(0);
    const answer = await post(url, PROCEDURES_QUERY, { 'x-pakn-identity': signed.stdout.trim() });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('without a signed identity it answers 401, as behind the gateway', async () => {
    const answer = await post(url, PROCEDURES_QUERY);
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});

describe('in production the development path does nothing', () => {
  it('`npm run dev` refuses to start a subgraph with NODE_ENV=production', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pakn-dev-prod-'));
    const secret = 'a-production-secret-of-at-least-32-characters';
    const child = tsx('dev.ts', ['procedures', '--port', '0'], {
      ...developerEnv(dataDir),
      NODE_ENV: 'production',
      PAKN_INTERNAL_SECRET: secret,
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output).toBe('npm run dev is for development only: it does nothing with NODE_ENV=production.\n');
  });

  it('`npm run dev-identity` signs nothing with NODE_ENV=production, even where the secret is set', () => {
    const signed = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'devIdentity.ts'), '--role', 'central_office'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...developerEnv(mkdtempSync(join(tmpdir(), 'pakn-dev-prod-'))),
          NODE_ENV: 'production',
          PAKN_INTERNAL_SECRET: 'a-production-secret-of-at-least-32-characters',
        },
        encoding: 'utf8',
      },
    );
    expect(signed.status).toBe(2);
    expect(signed.stdout).toBe('');
    expect(signed.stderr).toContain('for development only');
  });
});

describe('the subgraphs are listed once: kit/config.ts for ports, subgraphs/index.ts for definitions', () => {
  it('every configured subgraph has its definition, named and kept in its own folder', () => {
    expect(Object.keys(SUBGRAPH_DEFINITIONS)).toEqual(Object.keys(SUBGRAPHS));
    expect(subgraphDefinitions().map((definition) => [definition.name, definition.folder])).toEqual(
      Object.keys(SUBGRAPHS).map((name) => [name, join(PROJECT_ROOT, 'subgraphs', name)]),
    );
  });
});
