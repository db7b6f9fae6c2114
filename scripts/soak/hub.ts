import { randomBytes } from 'node:crypto';
import { SUBGRAPHS, type SubgraphName } from '../../kit/config.ts';
import { databaseExists, databaseUrl, onServer } from '../bench/databases.ts';
import { type Service, startService, stopServices, waitReady } from '../bench/processes.ts';

export type ServiceName = SubgraphName | 'gateway';
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[];

/**
 * Ports of the soak's processes, clear of `npm start` (4000s), the smoke test (4100s) and the bench (4300s):
 * each subgraph 200 above its `npm start` port (4201, 4202, …), the gateways and the proxy from 4290.
 */
export const PORTS = {
  gateway: 4200,
  ...(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, SUBGRAPHS[name].port + 200])) as Record<
    SubgraphName,
    number
  >),
  /** Scenario 3's second gateway, which reaches one subgraph through the delaying proxy. */
  slowGateway: 4290,
  proxy: 4291,
  /** Scenario 5's gateway inspector, through which the soak collects garbage and reads the live heap. */
  gatewayInspector: 4292,
  /** Scenario 6's gateway, which trusts X-Forwarded-For so that each attacker is its own client. */
  expensiveGateway: 4293,
  /** Scenario 7's hub under `npm start`: its gateway; its subgraphs 4211–4214, its registry port 4219. */
  supervised: 4210,
};

export const soakDatabase = (name: SubgraphName) => `pakn_soak_${name.replace(/-/g, '_')}`;
export const graphqlUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;
export const readyUrl = (port: number) => `http://127.0.0.1:${port}/ready`;

/** How a process ended: the signal or code, and how long after the signal we sent. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

/**
 * The hub under test: four subgraphs and a gateway as separate processes on throw-away databases, one
 * internal secret, one data folder (keys), no submission limits. Any process can be signalled and restarted.
 */
export class Hub {
  readonly env: NodeJS.ProcessEnv;
  private readonly running = new Map<string, Service>();
  private starts = 0;

  /** `embedded`: each subgraph on PGlite in runDir/<name> instead of a database on the server. */
  constructor(
    readonly serverUrl: string,
    readonly runDir: string,
    readonly embedded = false,
  ) {
    this.env = {
      ...process.env,
      PAKN_DATA_DIR: runDir,
      PAKN_INTERNAL_SECRET: randomBytes(32).toString('base64url'),
      // 0 turns a limit off: thousands of submissions come from one address here.
      PETITIONS_SUBMISSIONS_PER_CLIENT_HOUR: '0',
      PETITIONS_SUBMISSIONS_PER_PHONE_HOUR: '0',
      GATEWAY_PORT: String(PORTS.gateway),
      GATEWAY_HOST: '127.0.0.1',
    };
    for (const name of SUBGRAPH_NAMES) {
      const prefix = SUBGRAPHS[name].env;
      if (embedded) delete this.env[`${prefix}_DATABASE_URL`];
      else this.env[`${prefix}_DATABASE_URL`] = databaseUrl(serverUrl, soakDatabase(name));
      this.env[`${prefix}_PORT`] = String(PORTS[name]);
      this.env[`${prefix}_URL`] = graphqlUrl(PORTS[name]);
    }
    delete this.env.PAKN_SEED; // The subgraphs seed their sample data on first start.
  }

  /** Creates the databases (dropping leftovers unless `reuse`); true when they were already there. */
  async createDatabases(reuse: boolean): Promise<boolean> {
    if (this.embedded) return false; // PGlite creates its own in runDir
    const present = await Promise.all(
      SUBGRAPH_NAMES.map((name) => databaseExists(this.serverUrl, soakDatabase(name))),
    );
    if (reuse && present.every(Boolean)) return true;
    await this.dropDatabases();
    await onServer(this.serverUrl, async (client) => {
      for (const name of SUBGRAPH_NAMES) await client.query(`create database ${soakDatabase(name)}`);
    });
    return false;
  }

  async dropDatabases(): Promise<void> {
    if (this.embedded) return;
    await onServer(this.serverUrl, async (client) => {
      for (const name of SUBGRAPH_NAMES)
        await client.query(`drop database if exists ${soakDatabase(name)} with (force)`);
    });
  }

  port(name: ServiceName): number {
    return PORTS[name];
  }

  pid(name: ServiceName): number {
    const service = this.running.get(name);
    if (!service) throw new Error(`${name} is not running`);
    return service.pid;
  }

  /** Starts a process (logs in runDir/<name>-<n>.log) and waits for its /ready. */
  async start(name: ServiceName, extraEnv: NodeJS.ProcessEnv = {}, port = PORTS[name]): Promise<Service> {
    this.starts += 1;
    const entry = name === 'gateway' ? 'gateway/main.ts' : `subgraphs/${name}/main.ts`;
    const label = `${name}-${this.starts}`;
    const service = startService(label, entry, { ...this.env, ...extraEnv }, this.runDir);
    const key = port === PORTS[name] ? name : `${name}@${port}`;
    this.running.set(key, service);
    // First start seeds the sample data: allow it time.
    await waitReady(service, readyUrl(port), 600_000);
    return service;
  }

  async startAll(): Promise<void> {
    await Promise.all(SUBGRAPH_NAMES.map((name) => this.start(name)));
    await this.start('gateway');
  }

  /** Sends a signal and resolves when the process has exited, with the time it took. */
  signal(name: string, signal: NodeJS.Signals): Promise<Exit> {
    const service = this.running.get(name);
    if (!service) throw new Error(`${name} is not running`);
    const sent = Date.now();
    const exited = new Promise<Exit>((resolve) => {
      if (service.child.exitCode !== null || service.child.signalCode !== null) {
        resolve({ code: service.child.exitCode, signal: service.child.signalCode, ms: 0 });
        return;
      }
      service.child.once('exit', (code, sig) => resolve({ code, signal: sig, ms: Date.now() - sent }));
    });
    service.child.kill(signal);
    return exited.finally(() => this.running.delete(name));
  }

  async stopAll(): Promise<void> {
    await stopServices([...this.running.values()]);
    this.running.clear();
  }
}
