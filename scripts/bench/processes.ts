import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SUBGRAPHS, type SubgraphName } from '../../kit/config.ts';
import { benchDatabase, databaseUrl } from './databases.ts';

/**
 * Ports of the benchmark's own processes, clear of `npm start` (4000s) and the smoke test (4100s): the
 * gateways on 4300 (ours) and 4390 (Hive), each subgraph 300 above its `npm start` port (4301, 4302, …).
 */
export const PORTS = { ours: 4300, hive: 4390 };
export const subgraphPort = (name: SubgraphName) => SUBGRAPHS[name].port + 300;
export const subgraphUrl = (name: SubgraphName) => `http://127.0.0.1:${subgraphPort(name)}/graphql`;

export interface Service {
  label: string;
  child: ChildProcess;
  pid: number;
}

/** The environment every process shares: one internal secret, one key folder, no seeding, no rate limits. */
export function sharedEnvironment(
  serverUrl: string,
  dataDir: string,
  secret: string,
  pgOptions: string | null,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PAKN_DATA_DIR: dataDir,
    PAKN_INTERNAL_SECRET: secret,
    PAKN_SEED: 'never',
    // The submission workload sends thousands of petitions a second from one address.
    PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR: '100000000',
    PETITIONS_SUBMISSIONS_PER_PHONE_HOUR: '100000000',
    // Anonymous callers are told apart by X-Forwarded-For, as behind the load balancer (gateway/clientKey.ts).
    GATEWAY_TRUST_PROXY: '1',
    // The search workload is 32 anonymous searches in flight at once, which our gateway's default bound on
    // priced anonymous reads (one at a time) would refuse; Hive has no such bound to compare with.
    GATEWAY_ANONYMOUS_EXPENSIVE_PER_CLIENT: '1000',
    GATEWAY_ANONYMOUS_EXPENSIVE_TOTAL: '1000',
  };
  for (const [name, { env: prefix }] of Object.entries(SUBGRAPHS)) {
    const url = new URL(databaseUrl(serverUrl, benchDatabase(name as SubgraphName)));
    if (pgOptions) url.searchParams.set('options', pgOptions);
    env[`${prefix}_DATABASE_URL`] = url.toString();
    env[`${prefix}_PORT`] = String(subgraphPort(name as SubgraphName));
    env[`${prefix}_URL`] = subgraphUrl(name as SubgraphName);
  }
  return env;
}

/** Starts `node --import tsx <entry>`; its output goes to <logDir>/<label>.log, not to the table. */
export function startService(label: string, entry: string, env: NodeJS.ProcessEnv, logDir: string): Service {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, entry)], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(logDir, `${label}.log`));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  if (child.pid === undefined) throw new Error(`${label} did not start`);
  return { label, child, pid: child.pid };
}

export async function waitReady(service: Service, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null)
      throw new Error(`${service.label} exited (${service.child.exitCode})`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${service.label} was not ready within ${timeoutMs / 1000} s (${url})`);
}

/** SIGTERM to each process we started (by its pid), SIGKILL after a grace period. */
export async function stopServices(services: Service[]): Promise<void> {
  const exits = services.map(
    (service) =>
      new Promise<void>((resolve) => {
        if (service.child.exitCode !== null || service.child.signalCode !== null) return resolve();
        const timer = setTimeout(() => {
          service.child.kill('SIGKILL');
          resolve();
        }, 5000);
        service.child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        service.child.kill('SIGTERM');
      }),
  );
  await Promise.all(exits);
}
