/**
 * `npm start`: the whole hub on this machine. Each subgraph runs as its own process on its own embedded
 * database under data/ (or the server named by <NAME>_DATABASE_URL), seeding sample data on first start;
 * then the gateway. Ctrl-C stops them all.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { envInt, PROJECT_ROOT, SUBGRAPHS, type SubgraphName, subgraphSettings } from '../kit/config.ts';

const children: ChildProcess[] = [];

function run(label: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, entry)], {
    stdio: 'inherit',
    env: process.env,
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${label} exited (${signal ?? code}); stopping the hub.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitReady(label: string, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${label} was not ready within ${timeoutMs / 1000} s (${url})`);
}

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

try {
  const names = Object.keys(SUBGRAPHS) as SubgraphName[];
  for (const name of names) run(name, `subgraphs/${name}/main.ts`);
  // The first start seeds sample data (tens of thousands of petitions): allow it time.
  await Promise.all(
    names.map((name) => waitReady(name, `http://127.0.0.1:${subgraphSettings(name).port}/ready`, 300_000)),
  );
  run('gateway', 'gateway/main.ts');
  const port = envInt('GATEWAY_PORT', 4000);
  await waitReady('gateway', `http://127.0.0.1:${port}/ready`, 60_000);
  console.log(`\nPAKN Hub is running: http://localhost:${port}/graphql\n`);
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  stop(1);
}
