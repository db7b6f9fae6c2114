/**
 * `npm run smoke`: what a new user does. Starts the hub with `npm start` on a fresh embedded database
 * (a temporary data folder and spare ports), asks the gateway the province scorecard, checks that 34
 * provinces come back with figures from all four subgraphs and that the dashboard is served, and stops the hub.
 *
 * `npm run smoke -- --running`: asks a hub already running instead (CI's production build), on the ports of
 * this environment (GATEWAY_PORT, PETITIONS_PORT) with the development keys of its PAKN_DATA_DIR.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { envInt, PROJECT_ROOT, SUBGRAPHS, subgraphSettings } from '../kit/config.ts';
import { dashboardServed } from './smoke/dashboard.ts';
import { scorecardAnswers } from './smoke/scorecard.ts';

const { values } = parseArgs({ options: { running: { type: 'boolean', default: false } } });

if (values.running) {
  const gateway = `http://localhost:${envInt('GATEWAY_PORT', 4000)}/graphql`;
  const ok =
    (await scorecardAnswers(gateway, `http://127.0.0.1:${subgraphSettings('petitions').port}/graphql`)) &&
    (await dashboardServed(gateway));
  console.log(
    ok
      ? `smoke: the scorecard answered for 34 provinces and the dashboard is served at ${gateway}`
      : 'smoke: FAILED',
  );
  process.exit(ok ? 0 : 1);
}

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
const ok =
  (await scorecardAnswers('http://localhost:4100/graphql', 'http://127.0.0.1:4102/graphql')) &&
  (await dashboardServed('http://localhost:4100/graphql'));
console.log(
  ok ? 'smoke: the scorecard answered for 34 provinces and the dashboard is served' : 'smoke: FAILED',
);
stop(ok ? 0 : 1);
