import { mkdirSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { SubgraphName } from '../../kit/config.ts';
import { processAlive as alive } from '../supervisor.ts';
import { type Answer, loop, SoakClient, sleep } from './client.ts';
import type { SoakContext } from './context.ts';
import { PORTS } from './hub.ts';
import { namesService } from './outage.ts';
import { SupervisedHub, supervisedEnv, supervisedPorts } from './supervisedHub.ts';
import { checks, seconds, type Verdict } from './verdict.ts';

export interface SubgraphCrashOptions {
  /** The environment of the hub's processes (databases, internal secret); ports and data folder are set here. */
  env: NodeJS.ProcessEnv;
  /** Its own data folder (development keys, embedded databases), and where supervisor.log goes. */
  dataDir: string;
  gatewayPort: number;
  /** How long the victim stays down after its SIGKILL, its restarts failing meanwhile. */
  downMs: number;
  clients?: number;
  /** How long to wait for `npm start` (the first start may seed sample data). */
  startTimeoutMs?: number;
}

const VICTIM: SubgraphName = 'procedures';
const OTHERS = ['agencies', 'petitions', 'reporting', 'gateway'];
// Anonymous reads: the agencies and reporting subgraphs only, and one that needs procedures too.
const NOT_TOUCHING = [
  '{ agency(id: "tinh-01") { name } }',
  '{ reportingRegimes(first: 2) { totalCount nodes { code } } }',
];
const TOUCHING = '{ agency(id: "tinh-01") { name procedureCount } }';
const OUTAGE_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT']);

/**
 * Holds a port: every connection is accepted and dropped at once. With it, the victim's restarts fail at
 * start (the port is taken) for as long as it is held, as a crash loop would, while the gateway finds
 * nothing there to answer.
 */
async function holdPort(port: number, deadline: number): Promise<() => Promise<void>> {
  const sockets = new Set<Socket>();
  for (;;) {
    const server: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.destroy();
    });
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      return async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => server.close(resolve));
      };
    }
    // The killed process's socket may take a moment to go.
    if (Date.now() > deadline) throw new Error(`port ${port} was not free to hold`);
    await sleep(10);
  }
}

const complete = (answer: Answer) => answer.status === 200 && !answer.body?.errors && answer.body?.data;

/**
 * Runs `npm start` (scripts/start.ts, the real supervisor) and loads its gateway with anonymous reads, some
 * touching procedures; SIGKILLs the procedures process and keeps it down for downMs (its port held, so each
 * restart fails at start), then lets the supervisor bring it back. Pass: the gateway's /ready answers 200
 * throughout; reads not touching procedures succeed throughout; reads touching it keep the agency's name
 * with an error coded and naming procedures while it is down, and are complete once it is back; the
 * supervisor says it restarted procedures (with backoff) and it is ready again; no other service restarted;
 * SIGTERM to the supervisor stops every process and it exits 0.
 */
export async function subgraphCrash(
  options: SubgraphCrashOptions,
): Promise<{ figures: string; failures: string[] }> {
  const ports = supervisedPorts(options.gatewayPort);
  const hub = new SupervisedHub(supervisedEnv(options.env, ports, options.dataDir), options.dataDir);
  const failures: string[] = [];
  try {
    const startedAt = Date.now();
    await hub.waitFor((line) => line.includes('PAKN Hub is running'), options.startTimeoutMs ?? 600_000);
    const startMs = Date.now() - startedAt;
    const firstPids = Object.fromEntries([VICTIM, ...OTHERS].map((name) => [name, hub.pids(name)[0]]));

    const graphql = `http://127.0.0.1:${ports.gateway}/graphql`;
    const client = new SoakClient(options.clients ?? 8);
    const reads: { touching: boolean; answer: Answer }[] = [];
    const load = loop(options.clients ?? 8, async (worker) => {
      const touching = worker % 3 === 0;
      const query = touching ? TOUCHING : NOT_TOUCHING[worker % NOT_TOUCHING.length];
      reads.push({ touching, answer: await client.post(graphql, JSON.stringify({ query }), {}, 15_000) });
      await sleep(20);
    });
    const readiness: Answer[] = [];
    const probes = loop(1, async () => {
      readiness.push(await client.get(`http://127.0.0.1:${ports.gateway}/ready`, 2_000));
      await sleep(200);
    });
    await sleep(3000);

    const victimPid = hub.pids(VICTIM).at(-1) as number;
    const killedAt = Date.now();
    process.kill(victimPid, 'SIGKILL');
    const release = await holdPort(ports[VICTIM], killedAt + 900);
    const heldAt = Date.now();
    await sleep(Math.max(0, killedAt + options.downMs - Date.now()) / 2);
    const health = await client.get(`http://127.0.0.1:${ports.gateway}/health/subgraphs`);
    await sleep(Math.max(0, killedAt + options.downMs - Date.now()));
    await release();
    const releasedAt = Date.now();
    const readyAt = await hub.waitFor(
      (line) => line.startsWith(`[start] ${VICTIM} is ready again`),
      120_000,
      releasedAt,
    );
    await sleep(3000);
    await Promise.all([load.stop(), probes.stop()]);
    client.close();

    const victimLines = hub.about(VICTIM, killedAt);
    const restarts = victimLines.filter((line) => / restart \d+ in /.test(line));
    const delays = restarts.map((line) => / in ([\d.]+ s)$/.exec(line)?.[1]);
    const otherStarts = OTHERS.map((name) => [name, hub.pids(name)] as const);
    const notReady = readiness.filter((answer) => answer.status !== 200);
    const others = reads.filter((read) => !read.touching).map((read) => read.answer);
    const othersFailed = others.filter((answer) => !complete(answer));
    const touching = reads.filter((read) => read.touching).map((read) => read.answer);
    const during = touching.filter(
      (answer) => answer.startedAt >= heldAt && answer.startedAt + answer.ms < releasedAt,
    );
    const partial = during.filter((answer) => {
      const agency = answer.body?.data?.agency as { name?: string; procedureCount?: unknown } | undefined;
      const errors = answer.body?.errors ?? [];
      return (
        answer.status === 200 &&
        agency?.name &&
        agency.procedureCount === null &&
        errors.length > 0 &&
        errors.every(
          (error) => OUTAGE_CODES.has(String(error.extensions?.code)) && namesService(error, VICTIM),
        )
      );
    });
    const before = touching.filter((answer) => answer.startedAt + answer.ms < killedAt);
    const after = touching.filter((answer) => answer.startedAt >= readyAt);
    const codes = new Set(during.flatMap((a) => (a.body?.errors ?? []).map((e) => e.extensions?.code)));
    const victimHealth = (
      health.body as unknown as { subgraphs?: { name: string; status: string; lastError: unknown }[] }
    )?.subgraphs?.find((subgraph) => subgraph.name === VICTIM);

    if (notReady.length > 0)
      failures.push(`gateway /ready not 200 on ${notReady.length}/${readiness.length} probes`);
    if (othersFailed.length > 0)
      failures.push(`${othersFailed.length}/${others.length} reads not touching ${VICTIM} failed`);
    if (during.length === 0) failures.push(`no read touching ${VICTIM} fell inside the outage`);
    if (partial.length !== during.length)
      failures.push(
        `${during.length - partial.length}/${during.length} reads touching ${VICTIM} during the outage were not a partial answer with a coded error naming it`,
      );
    if (before.length === 0 || !before.every(complete))
      failures.push('reads before the kill were not complete');
    if (after.length === 0 || !after.every(complete))
      failures.push(
        `${after.filter((a) => !complete(a)).length}/${after.length} reads touching ${VICTIM} after it was back were not complete`,
      );
    if (!victimLines.some((line) => line.includes(`(pid ${victimPid}) was killed by SIGKILL`)))
      failures.push(`the supervisor did not report the SIGKILL of ${VICTIM}`);
    for (const [name, pids] of otherStarts) {
      if (pids.length !== 1 || pids[0] !== firstPids[name] || !alive(pids[0]))
        failures.push(`${name} restarted or died (pids ${pids.join(', ')})`);
    }
    if (health.status !== 503 || victimHealth?.status !== 'down')
      failures.push(
        `/health/subgraphs during the outage: ${health.status}, ${VICTIM} ${victimHealth?.status}`,
      );

    const allPids = [VICTIM, ...OTHERS].map((name) => hub.pids(name).at(-1) as number);
    const exit = await hub.stop();
    await sleep(500);
    const left = allPids.filter(alive);
    if (exit.code !== 0) failures.push(`the supervisor exited with ${exit.signal ?? exit.code} on SIGTERM`);
    if (left.length > 0) failures.push(`processes left after the supervisor stopped: ${left.join(', ')}`);

    const sample = during.find((answer) => answer.body?.errors)?.body?.errors?.[0];
    const figures =
      `npm start up in ${seconds(startMs)}; ${VICTIM} SIGKILLed and held down ${seconds(releasedAt - killedAt)} under ` +
      `${options.clients ?? 8} clients: gateway /ready ${readiness.length - notReady.length}/${readiness.length} ` +
      `probes 200; reads not touching ${VICTIM} ${others.length - othersFailed.length}/${others.length} complete; ` +
      `touching it during the outage ${partial.length}/${during.length} partial with ${[...codes].join(', ')} ` +
      `(${JSON.stringify(sample ? { message: sample.message, ...sample.extensions } : null)}); ` +
      `/health/subgraphs then ${health.status} (${VICTIM} ${victimHealth?.status}); ` +
      `supervisor: ${VICTIM} restarted ${restarts.length}× (waits ${delays.join(', ')}), ready again ` +
      `${seconds(readyAt - releasedAt)} after the port was freed; after that ${after.filter(complete).length}/${after.length} ` +
      `complete; other services restarted: ${otherStarts.filter(([, pids]) => pids.length > 1).length}; ` +
      `SIGTERM to the supervisor: exit ${exit.signal ?? exit.code} after ${seconds(exit.ms)}, ${left.length} processes left`;
    return { figures, failures };
  } catch (error) {
    await hub.stop();
    throw error;
  }
}

/** Scenario 7: the above on the soak's databases (already seeded), procedures down for --down-seconds. */
export async function subgraphCrashScenario(ctx: SoakContext): Promise<Verdict> {
  const { check, verdict } = checks();
  const dataDir = join(ctx.hub.runDir, 'supervised');
  mkdirSync(dataDir, { recursive: true });
  const result = await subgraphCrash({
    env: { ...ctx.hub.env, PAKN_SEED: 'never' },
    dataDir,
    gatewayPort: PORTS.supervised,
    downMs: ctx.options.downSeconds * 1000,
    clients: 8,
  });
  for (const failure of result.failures) check(false, failure);
  return verdict('7. subgraph crash under npm start', result.figures);
}
