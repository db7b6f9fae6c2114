import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS, type SubgraphName } from '../../kit/config.ts';
import { openDatabase } from '../../kit/db.ts';
import { prepareDatabase } from '../../kit/subgraph.ts';
import { subgraphCrash } from '../../scripts/soak/subgraphCrash.ts';
import { processAlive as alive, nextDelay, Supervisor } from '../../scripts/supervisor.ts';
import { SUBGRAPH_DEFINITIONS } from '../../subgraphs/index.ts';
import { type ThrowAwayDatabase, throwAwayDatabase } from '../support/databases.ts';

const node = (code: string) => ({ command: process.execPath, args: ['-e', code] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(probe: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}

/** The supervisor's lines about one service, with the run times (which vary) left out. */
const linesOf = (lines: string[], name: string) =>
  lines
    .filter((line) => line.startsWith(`[start] ${name} `))
    .map((line) =>
      line
        .replace(/pid \d+/, 'pid N')
        .replace(/after [\d.]+ s/, 'after T s')
        .replace(/[\d.]+ s after/, 'T s after'),
    );

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    }),
  );
}

describe('backoff', () => {
  it('doubles from the first delay up to the cap, and starts over after a long run', () => {
    const backoff = { initialMs: 1000, maxMs: 30_000, resetAfterMs: 60_000 };
    const delays: number[] = [];
    let previous: number | null = null;
    for (let crash = 0; crash < 7; crash++) {
      previous = nextDelay(previous, 2_000, backoff);
      delays.push(previous);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(nextDelay(30_000, 60_000, backoff)).toBe(1000);
  });
});

describe('the supervisor, on real processes', () => {
  it('restarts a crashing process with backoff, saying so, while the others run on; stop() ends them all', async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor({
      backoff: { initialMs: 100, maxMs: 400, resetAfterMs: 60_000 },
      log: (line) => lines.push(line),
      stdio: 'ignore',
    });
    supervisor.start({ name: 'steady', ...node('setInterval(() => {}, 1000)') });
    supervisor.start({ name: 'crashing', ...node('process.exit(3)') });
    await until(() => supervisor.pid('steady') !== undefined);
    const steadyPid = supervisor.pid('steady') as number;
    const started = Date.now();
    await until(() => linesOf(lines, 'crashing').filter((line) => line.includes('restart 5 ')).length > 0);
    // 0.1 + 0.2 + 0.4 + 0.4 s of waits before the fifth exit.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(linesOf(lines, 'crashing')).toEqual([
      '[start] crashing started, pid N',
      '[start] crashing (pid N) exited with code 3 after T s; restart 1 in 0.1 s',
      '[start] crashing started, pid N',
      '[start] crashing (pid N) exited with code 3 after T s; restart 2 in 0.2 s',
      '[start] crashing started, pid N',
      '[start] crashing (pid N) exited with code 3 after T s; restart 3 in 0.4 s',
      '[start] crashing started, pid N',
      '[start] crashing (pid N) exited with code 3 after T s; restart 4 in 0.4 s',
      '[start] crashing started, pid N',
      '[start] crashing (pid N) exited with code 3 after T s; restart 5 in 0.4 s',
    ]);
    expect(supervisor.pid('steady')).toBe(steadyPid);
    expect(linesOf(lines, 'steady')).toEqual(['[start] steady started, pid N']);

    await supervisor.stop();
    expect(alive(steadyPid)).toBe(false);
    const count = lines.length;
    await sleep(600);
    expect(lines.length).toBe(count); // No restart after stop().
  });

  it('names the signal that killed a process, starts over after a long run, and says when it is ready again', async () => {
    const lines: string[] = [];
    const supervisor = new Supervisor({
      backoff: { initialMs: 100, maxMs: 400, resetAfterMs: 1000 },
      log: (line) => lines.push(line),
      stdio: 'ignore',
    });
    const port = await freePort();
    const server = `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1');
      setTimeout(() => process.exit(1), 1500);`;
    // Each run lasts 1.5 s, longer than resetAfterMs: every restart waits the first delay again.
    supervisor.start({ name: 'served', ...node(server), readyUrl: `http://127.0.0.1:${port}/` });
    supervisor.start({ name: 'killed', ...node('setInterval(() => {}, 1000)') });
    await until(() => supervisor.pid('killed') !== undefined);
    process.kill(supervisor.pid('killed') as number, 'SIGKILL');
    await until(() => linesOf(lines, 'served').filter((line) => line.includes('restart 3 ')).length > 0);
    await until(() => linesOf(lines, 'killed').length >= 3);
    await supervisor.stop();
    expect(linesOf(lines, 'killed')).toEqual([
      '[start] killed started, pid N',
      '[start] killed (pid N) was killed by SIGKILL after T s; restart 1 in 0.1 s',
      '[start] killed started, pid N',
    ]);
    expect(linesOf(lines, 'served').slice(0, 8)).toEqual([
      '[start] served started, pid N',
      '[start] served (pid N) exited with code 1 after T s; restart 1 in 0.1 s',
      '[start] served started, pid N',
      '[start] served is ready again (pid N, T s after its restart)',
      '[start] served (pid N) exited with code 1 after T s; restart 2 in 0.1 s',
      '[start] served started, pid N',
      '[start] served is ready again (pid N, T s after its restart)',
      '[start] served (pid N) exited with code 1 after T s; restart 3 in 0.1 s',
    ]);
  });
});

/**
 * The hub's databases: PGlite folders under dataDir (the services' own), or throw-away databases on the
 * server. Only the agency directory is seeded (what the scenario's reads need: an agency with its
 * procedure count, which is 0 without procedures); the others start empty, which keeps this test short.
 */
async function seededHub(dataDir: string): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAKN_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
    PAKN_SEED: 'never',
  };
  const onServer: ThrowAwayDatabase[] = [];
  for (const name of Object.keys(SUBGRAPHS) as SubgraphName[]) {
    const prefix = SUBGRAPHS[name].env;
    delete env[`${prefix}_DATABASE_URL`];
    if (process.env.PAKN_TEST_DATABASE_URL) {
      const server = await throwAwayDatabase(name);
      onServer.push(server);
      env[`${prefix}_DATABASE_URL`] = server.url;
    }
  }
  const agencies = onServer[0]?.db ?? (await openDatabase({ dataDir: join(dataDir, 'agencies') }));
  await prepareDatabase(SUBGRAPH_DEFINITIONS.agencies, agencies);
  await SUBGRAPH_DEFINITIONS.agencies.seed(agencies, {});
  if (onServer.length === 0) await agencies.destroy(); // The folder is the agencies process's from now on.
  return { env, drop: async () => void (await Promise.all(onServer.map((db) => db.drop()))) };
}

describe('npm start when a subgraph crashes (the soak scenario 7, short)', () => {
  it('keeps the gateway ready and answering, restarts the subgraph alone, and stops cleanly', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pakn-supervised-'));
    const hub = await seededHub(dataDir);
    try {
      // Ports 4160–4164 (and 4169 for a registry): clear of npm start, the smoke test, the soak and the bench.
      const result = await subgraphCrash({
        env: hub.env,
        dataDir,
        gatewayPort: 4160,
        downMs: 4_000,
        clients: 4,
        startTimeoutMs: 200_000,
      });
      console.log(result.figures);
      expect(result.failures).toEqual([]);
      expect(result.figures).toMatch(/other services restarted: 0; SIGTERM to the supervisor: exit 0/);
    } finally {
      await hub.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
