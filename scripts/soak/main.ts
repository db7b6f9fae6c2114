/**
 * `npm run soak`: reliability under load and faults (see docs/SOAK.md). Starts the four subgraphs and the
 * gateway as separate processes on throw-away pakn_soak_* databases, runs each scenario, prints one
 * PASS/FAIL line per scenario with its figures on stdout (progress on stderr), drops the databases, and
 * exits non-zero when any scenario failed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLine } from '../bench/machine.ts';
import { concurrentSubmissions } from './concurrentSubmissions.ts';
import type { SoakContext } from './context.ts';
import { expensiveReads } from './expensiveReads.ts';
import { gatewayMemory } from './gatewayMemory.ts';
import { Hub } from './hub.ts';
import { countPetitions, openPetitions, soakInputs, submissionInputs } from './inputs.ts';
import { soakOptions } from './options.ts';
import { sigkillRecovery } from './sigkillRecovery.ts';
import { sigtermDrain } from './sigtermDrain.ts';
import { slowSubgraph } from './slowSubgraph.ts';
import { subgraphCrashScenario } from './subgraphCrash.ts';
import { log, type Verdict, verdictLine } from './verdict.ts';

const SCENARIOS: Record<number, (ctx: SoakContext) => Promise<Verdict>> = {
  1: concurrentSubmissions,
  2: sigkillRecovery,
  3: slowSubgraph,
  4: sigtermDrain,
  5: gatewayMemory,
  6: expensiveReads,
  7: subgraphCrashScenario,
};

const options = soakOptions();
const runDir = mkdtempSync(join(tmpdir(), 'pakn-soak-'));
// This process mints client tokens with the development key pair the gateway verifies, and signs direct
// subgraph calls with the hub's internal secret.
const hub = new Hub(options.serverUrl, runDir, options.embedded);
process.env.PAKN_DATA_DIR = runDir;
process.env.PAKN_INTERNAL_SECRET = hub.env.PAKN_INTERNAL_SECRET;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void hub.stopAll().finally(() => process.exit(130)));

const verdicts: Verdict[] = [];
let failedToRun = false;
try {
  const reused = await hub.createDatabases(options.keep);
  const databases = options.embedded
    ? 'PGlite in the run folder'
    : `databases ${reused ? 'reused' : 'created'}`;
  log(`${databases}; starting the hub (first start seeds sample data)…`);
  const started = Date.now();
  await hub.startAll();
  if (options.embedded) {
    // A PGlite folder has one owner, the subgraph: no petitions database beside it, so scenario 6 only.
    log(`hub ready on PGlite in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`soak on ${machineLine()}, subgraphs on PGlite`);
    const verdict = await expensiveReads({ hub, options });
    verdicts.push(verdict);
    console.log(verdictLine(verdict));
  } else {
    const petitionsDb = await openPetitions(options.serverUrl);
    try {
      log(
        `hub ready in ${((Date.now() - started) / 1000).toFixed(1)} s, ${await countPetitions(petitionsDb)} petitions`,
      );
      const inputs = await soakInputs(petitionsDb);
      const ctx: SoakContext = {
        hub,
        petitionsDb,
        inputs,
        submissionInputs: await submissionInputs(petitionsDb, inputs),
        options,
      };
      console.log(`soak on ${machineLine()}`);
      for (const scenario of options.scenarios) {
        const verdict = await SCENARIOS[scenario](ctx);
        verdicts.push(verdict);
        console.log(verdictLine(verdict));
      }
    } finally {
      await petitionsDb.destroy();
    }
  }
} catch (error) {
  failedToRun = true;
  console.error(`[soak] ${(error as Error).stack ?? error}`);
} finally {
  await hub.stopAll();
  if (!options.keep) await hub.dropDatabases();
  log(`${options.keep ? 'databases kept (pakn_soak_*); ' : ''}service logs and memory samples in ${runDir}`);
}
const failed = verdicts.filter((v) => !v.pass).length;
console.log(
  failedToRun
    ? 'soak: did not finish (see the error above)'
    : `soak: ${verdicts.length - failed} passed, ${failed} failed`,
);
process.exit(failedToRun || failed > 0 ? 1 : 0);
