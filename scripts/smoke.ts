/**
 * `npm run smoke`: what a new user does. Starts the hub with `npm start` on a fresh embedded database
 * (a temporary data folder and spare ports), asks the gateway the province scorecard, checks that 34
 * provinces come back with figures from all four subgraphs, and stops the hub.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devKeys, signToken } from '../gateway/identity.ts';
import { PROJECT_ROOT, SUBGRAPHS } from '../kit/config.ts';
import { PROVINCE_SCORECARD } from './scorecardQuery.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'pakn-smoke-'));
// Spare ports: the gateway on 4100, each subgraph 100 above its `npm start` port (petitions on 4102).
const env: NodeJS.ProcessEnv = { ...process.env, GATEWAY_PORT: '4100', PAKN_DATA_DIR: dataDir };
for (const { port, env: prefix } of Object.values(SUBGRAPHS)) {
  env[`${prefix}_PORT`] = String(port + 100);
  env[`${prefix}_URL`] = `http://127.0.0.1:${port + 100}/graphql`;
}
const hub = spawn('npm', ['start'], {
  cwd: PROJECT_ROOT,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
let output = '';
hub.stdout.on('data', (chunk: Buffer) => {
  output += chunk;
  process.stdout.write(chunk);
});

function stop(code: number): never {
  try {
    process.kill(-(hub.pid as number), 'SIGTERM');
  } catch {}
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}

const started = Date.now();
while (!output.includes('PAKN Hub is running: http://localhost:4100/graphql')) {
  if (hub.exitCode !== null || Date.now() - started > 600_000) {
    console.error('smoke: the hub did not start');
    stop(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.log(`smoke: the hub started in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// The scorecard is the central office's: a development token from the keys the gateway made in dataDir.
process.env.PAKN_DATA_DIR = dataDir;
const token = await signToken((await devKeys()).privateJwk, {
  subject: 'smoke.vpcp',
  role: 'CENTRAL_OFFICE',
  agencyId: 'bo-vpcp',
});
const response = await fetch('http://localhost:4100/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({
    query: PROVINCE_SCORECARD,
    variables: { on: '2026-01-01', from: '2026-01-01', to: '2026-06-30' },
  }),
});
const body = (await response.json()) as {
  data?: {
    agencies: { totalCount: number; nodes: Record<string, Record<string, number> | number | string>[] };
  };
  errors?: unknown[];
};
const nodes = body.data?.agencies.nodes ?? [];
const received = nodes.reduce(
  (sum, node) => sum + ((node.petitionStats as Record<string, number>)?.received ?? 0),
  0,
);
// On time means published by the due date (Decree 20/2008 Art. 19): the figures must add up that way.
const petitionFigures = nodes.map((node) => node.petitionStats as Record<string, number | null>);
const published = petitionFigures.reduce((sum, s) => sum + Number(s?.published ?? 0), 0);
const publishedLate = petitionFigures.reduce((sum, s) => sum + Number(s?.publishedLate ?? 0), 0);
const figuresConsistent = petitionFigures.every(
  (s) =>
    s != null &&
    Number(s.publishedOnTime) + Number(s.publishedLate) === Number(s.published) &&
    Number(s.overdue) >= Number(s.publishedLate) &&
    (s.onTimeRate === null || (Number(s.onTimeRate) >= 0 && Number(s.onTimeRate) <= 1)),
);
const due = nodes.reduce(
  (sum, node) => sum + ((node.reportingCompliance as Record<string, number>)?.due ?? 0),
  0,
);
// A subgraph asked directly, without the gateway's signature, must refuse.
const direct = await fetch('http://127.0.0.1:4102/graphql', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ _service { sdl } }' }),
});
console.log(`smoke: a direct unsigned call to the petitions subgraph got HTTP ${direct.status}`);
const ok =
  direct.status === 401 &&
  response.status === 200 &&
  !body.errors &&
  body.data?.agencies.totalCount === 34 &&
  nodes.length === 34 &&
  nodes.every((node) => typeof node.procedureCount === 'number' && (node.procedureCount as number) > 0) &&
  received > 0 &&
  published > 0 &&
  publishedLate > 0 &&
  figuresConsistent &&
  due > 0;
console.log(
  `smoke: ${nodes.length} provinces, ${received} petitions received, ${published} published (${publishedLate} late), ${due} reports due, errors: ${JSON.stringify(body.errors ?? [])}`,
);
console.log(ok ? 'smoke: the scorecard answered for 34 provinces' : 'smoke: FAILED');
stop(ok ? 0 : 1);
