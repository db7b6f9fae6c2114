/**
 * `npm run bench`: the national-scale benchmark (see docs/BENCHMARKS.md). Builds the dataset on the
 * PostgreSQL server, starts the four subgraphs, our gateway and Hive Gateway over the same subgraphs, drives
 * each workload at fixed concurrency for a fixed time, times the scorecard as one hand-written SQL
 * statement, and prints one table on stdout (progress goes to stderr).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBGRAPHS, type SubgraphName } from '../../kit/config.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import { buildAllDatabase } from './allDatabase.ts';
import { benchDatabase } from './databases.ts';
import { prepareDataset } from './dataset.ts';
import { timeDirectScorecard } from './directSql.ts';
import { gatewayScorecard } from './gatewayScorecard.ts';
import { workloadInputs } from './inputs.ts';
import { machineLine } from './machine.ts';
import { measure, type Target } from './measure.ts';
import { benchOptions } from './options.ts';
import {
  PORTS,
  type Service,
  sharedEnvironment,
  startService,
  stopServices,
  subgraphPort,
  waitReady,
} from './processes.ts';
import { log } from './progress.ts';
import { renderReport } from './report.ts';
import { medianRound, type Row } from './table.ts';
import { workloads } from './workloads.ts';

const options = benchOptions();
const runDir = mkdtempSync(join(tmpdir(), 'pakn-bench-'));
// This process mints the client tokens with the same development key pair the gateways verify.
process.env.PAKN_DATA_DIR = runDir;
const env = sharedEnvironment(
  options.serverUrl,
  runDir,
  randomBytes(32).toString('base64url'),
  options.pgOptions,
);
const names = Object.keys(SUBGRAPHS) as SubgraphName[];
const services: Service[] = [];
const stop = async () => stopServices(services);
process.once('SIGINT', () => void stop().finally(() => process.exit(130)));

try {
  const seedStarted = Date.now();
  log(`dataset: ${options.petitions} petitions${options.reuse ? ' (reusing the databases if present)' : ''}`);
  const dataset = await prepareDataset(options.serverUrl, options.petitions, options.reuse);
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  for (const name of names) services.push(startService(name, `subgraphs/${name}/main.ts`, env, runDir));
  await Promise.all(
    services.map((service) =>
      waitReady(service, `http://127.0.0.1:${subgraphPort(service.label as SubgraphName)}/ready`),
    ),
  );
  log('building the single database for the physical limit');
  const copyStarted = Date.now();
  await buildAllDatabase(options.serverUrl);
  const copySeconds = (Date.now() - copyStarted) / 1000;

  const ours = startService(
    'gateway',
    'gateway/main.ts',
    { ...env, GATEWAY_PORT: String(PORTS.ours), GATEWAY_HOST: '127.0.0.1' },
    runDir,
  );
  const hive = startService(
    'hive',
    'scripts/bench/hiveGateway.ts',
    { ...env, HIVE_PORT: String(PORTS.hive) },
    runDir,
  );
  services.push(ours, hive);
  await waitReady(ours, `http://127.0.0.1:${PORTS.ours}/ready`);
  await waitReady(hive, `http://127.0.0.1:${PORTS.hive}/readiness`);
  const targets: Target[] = [
    { gateway: 'ours' as const, url: `http://127.0.0.1:${PORTS.ours}/graphql`, pid: ours.pid },
    { gateway: 'hive' as const, url: `http://127.0.0.1:${PORTS.hive}/graphql`, pid: hive.pid },
  ].filter((target) => options.gateways.includes(target.gateway));

  const inputs = await workloadInputs(options.serverUrl, options.sameCaller);
  // Before any load (the submissions add petitions): both gateways' answers against the direct SQL.
  const direct = await timeDirectScorecard(
    options.serverUrl,
    inputs.scorecard,
    todayInVietnam(),
    options.sqlRuns,
  );
  const checks = [];
  for (const target of targets) checks.push(await gatewayScorecard(target, inputs, direct.nodes));

  const rows: Row[] = [];
  const settings = {
    serverUrl: options.serverUrl,
    databases: names.map(benchDatabase),
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
  };
  for (const workload of workloads(inputs).filter((w) => options.workloads.includes(w.key))) {
    // The scorecard's analysts, and the searches that miss the cache: a few at once, their own concurrency and window.
    const own = workload.fewAtOnce
      ? { connections: options.scorecardConnections, durationSeconds: options.scorecardDurationSeconds }
      : {};
    // Rounds alternate which gateway goes first, so a drift of the machine over the run favours neither.
    const rounds = new Map<Target, Row[]>(targets.map((target) => [target, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
        const row = await measure(workload.label, workload.request, target, { ...settings, ...own });
        rounds.get(target)?.push(row);
      }
    }
    for (const target of targets) rows.push(medianRound(rounds.get(target) ?? []));
  }
  console.log(
    renderReport({
      machine: machineLine(),
      options,
      dataset,
      seedSeconds,
      copySeconds,
      inboxAgencyId: inputs.inboxAgencyId,
      rows,
      direct,
      checks,
    }),
  );
  log(`service logs: ${runDir}`);
} catch (error) {
  console.error(`[bench] ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await stop();
}
