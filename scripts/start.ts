/**
 * `npm start`: the whole hub on this machine. Each subgraph runs as its own process on its own embedded
 * database under data/ (or the server named by <NAME>_DATABASE_URL), seeding sample data on first start;
 * then the gateway. A service that exits is started again with a backoff (scripts/supervisor.ts) while the
 * others go on. Ctrl-C (or SIGTERM) stops them all, then this process.
 */
import { join } from 'node:path';
import {
  COMPILED,
  envInt,
  PROJECT_ROOT,
  SUBGRAPHS,
  type SubgraphName,
  subgraphSettings,
} from '../kit/config.ts';
import { Supervisor } from './supervisor.ts';

// Built (`npm run start:prod`), the children are dist/'s JavaScript on plain Node.js; else the sources through tsx.
const [loader, extension] = COMPILED ? [[], 'js'] : [['--import', 'tsx'], 'ts'];

const supervisor = new Supervisor();

function run(name: string, entry: string, readyUrl: string): void {
  supervisor.start({
    name,
    command: process.execPath,
    args: [...loader, join(PROJECT_ROOT, `${entry}.${extension}`)],
    env: process.env,
    readyUrl,
  });
}

/** Polls until the URL answers 200 (true) or timeoutMs passes (false); the service may restart meanwhile. */
async function waitReady(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return false;
}

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await supervisor.stop();
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

const names = Object.keys(SUBGRAPHS) as SubgraphName[];
const subgraphReady = (name: SubgraphName) => `http://127.0.0.1:${subgraphSettings(name).port}/ready`;
for (const name of names) run(name, `subgraphs/${name}/main`, subgraphReady(name));
// The first start seeds sample data (tens of thousands of petitions): allow it time. A subgraph that is still
// not ready then does not hold the hub back: the gateway answers without it, and it keeps being restarted.
const ready = await Promise.all(names.map((name) => waitReady(subgraphReady(name), 300_000)));
const late = names.filter((_, i) => !ready[i]);
if (late.length > 0 && !stopping)
  console.error(`[start] not ready after 300 s: ${late.join(', ')}; starting the gateway without them`);
const port = envInt('GATEWAY_PORT', 4000);
const gatewayReady = `http://127.0.0.1:${port}/ready`;
run('gateway', 'gateway/main', gatewayReady);
if (await waitReady(gatewayReady, Number.POSITIVE_INFINITY))
  console.log(
    `\nPAKN Hub is running: http://localhost:${port}/graphql\nDashboard: http://localhost:${port}/\n`,
  );
